# SPDX-License-Identifier: GPL-3.0-or-later
# spinereview_add_test(NAME SOURCES … LIBRARIES …): one Qt Test executable per class, run offscreen.

set(SPINEREVIEW_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")

function(spinereview_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBRARIES")
    qt_add_executable(${name} ${arg_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE spinereview_build_policy Qt6::Test ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        SPINEREVIEW_TEST_DATA="${SPINEREVIEW_TEST_DATA_DIR}"
        SPINEREVIEW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SPINEREVIEW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endfunction()
