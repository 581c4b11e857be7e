# SPDX-License-Identifier: GPL-3.0-or-later
# ctest's jsonlogic_crosscheck: export, then replay under json-logic-js. Fails — never skips — when node or
# the pinned npm packages are missing, so a machine without them cannot report the check as passed.

if(NOT NODE OR NODE MATCHES "NOTFOUND$")
    message(FATAL_ERROR "jsonlogic_crosscheck: node was not found when CMake configured the build; install "
                        "Node.js (18 or later), reconfigure, then run: npm ci --prefix tests/crosscheck")
endif()
foreach(package json-logic-js ajv)
    if(NOT EXISTS "${CROSSCHECK_DIR}/node_modules/${package}/package.json")
        message(FATAL_ERROR "jsonlogic_crosscheck: ${CROSSCHECK_DIR}/node_modules/${package} is missing. "
                            "From the repository root run: npm ci --prefix tests/crosscheck")
    endif()
endforeach()

execute_process(
    COMMAND "${EXPORT_TOOL}" --criteria "${SOURCE_DIR}/criteria" --extra "${CROSSCHECK_DIR}/operators-set.json"
            --out "${OUTPUT}"
    RESULT_VARIABLE exported)
if(NOT exported EQUAL 0)
    message(FATAL_ERROR "jsonlogic_crosscheck: crosscheck_export failed (${exported})")
endif()

execute_process(
    COMMAND "${NODE}" "${CROSSCHECK_DIR}/crosscheck.mjs" --export "${OUTPUT}" --root "${SOURCE_DIR}"
    RESULT_VARIABLE checked)
if(NOT checked EQUAL 0)
    message(FATAL_ERROR "jsonlogic_crosscheck: crosscheck.mjs reported problems (exit ${checked})")
endif()
