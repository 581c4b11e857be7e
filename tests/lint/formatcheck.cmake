# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-format in dry-run mode over every C++ source of the project; fails listing what is unformatted.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/packaging/*.cpp")
list(FILTER sources EXCLUDE REGEX "node_modules/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format found unformatted code (run clang-format-14 -i on these files):\n${errors}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files are clang-format clean")
