# SPDX-License-Identifier: GPL-3.0-or-later
# The desk's languages: choosing and installing a translation (the texts the engine and the criteria files
# write in English are translated by app/core/i18n), the criteria texts offered to lupdate, and the .ts files
# compiled to .qm and embedded in this library under :/i18n, so the executable and every test that links the
# desk has them.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

target_sources(spinereview_ui PRIVATE
    i18n/languageloader.h i18n/languageloader.cpp
    i18n/languagemenu.h i18n/languagemenu.cpp
)

# lupdate cannot read JSON: the criteria texts become QT_TRANSLATE_NOOP3 entries in a generated source, in the
# build tree. It is scanned, never compiled.
file(GLOB spinereview_criteria_json CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/criteria/*.json")
set(SPINEREVIEW_CRITERIA_STRINGS "${CMAKE_CURRENT_BINARY_DIR}/i18n/criteria_strings.cpp")
add_custom_command(OUTPUT "${SPINEREVIEW_CRITERIA_STRINGS}"
    COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${SPINEREVIEW_CRITERIA_STRINGS}" "-DINPUTS=${spinereview_criteria_json}"
            -P "${PROJECT_SOURCE_DIR}/cmake/GenerateCriteriaStrings.cmake"
    DEPENDS ${spinereview_criteria_json} "${PROJECT_SOURCE_DIR}/cmake/GenerateCriteriaStrings.cmake"
    COMMENT "Criteria texts for lupdate"
    VERBATIM)
add_custom_target(spinereview_criteria_strings DEPENDS "${SPINEREVIEW_CRITERIA_STRINGS}")

# Every layer that shows text: the desk, the core's labels, the composition root, the reports, the storage
# layer's messages and the FHIR import's mapping report. The command line is not scanned: its output stays English
# (translations/README.md); the messages it shares with the desk are English there because it installs no
# translator.
set(spinereview_lupdate_globs
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h" "${PROJECT_SOURCE_DIR}/ui/*.ui"
    "${PROJECT_SOURCE_DIR}/app/core/*.cpp" "${PROJECT_SOURCE_DIR}/app/core/*.h"
    "${PROJECT_SOURCE_DIR}/app/reports/*.cpp" "${PROJECT_SOURCE_DIR}/app/reports/*.h"
    "${PROJECT_SOURCE_DIR}/app/storage/*.cpp" "${PROJECT_SOURCE_DIR}/app/storage/*.h"
    "${PROJECT_SOURCE_DIR}/app/interop/*.cpp" "${PROJECT_SOURCE_DIR}/app/interop/*.h")
file(GLOB_RECURSE spinereview_lupdate_sources CONFIGURE_DEPENDS ${spinereview_lupdate_globs})
list(APPEND spinereview_lupdate_sources "${PROJECT_SOURCE_DIR}/app/main.cpp" "${SPINEREVIEW_CRITERIA_STRINGS}")

set(SPINEREVIEW_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/spinereview_es.ts"
    "${PROJECT_SOURCE_DIR}/translations/spinereview_fr.ts")
qt_add_translations(spinereview_ui
    TS_FILES ${SPINEREVIEW_TS_FILES}
    SOURCES ${spinereview_lupdate_sources}
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -no-obsolete -locations none)
# Without the generated file lupdate would drop every criteria translation as obsolete.
add_dependencies(spinereview_ui_lupdate spinereview_criteria_strings)
# For tests/i18n, which runs lupdate on the same project into copies of the .ts files.
set(SPINEREVIEW_LUPDATE_PROJECT "${CMAKE_CURRENT_BINARY_DIR}/.lupdate/spinereview_ui_project.cmake"
    CACHE INTERNAL "lupdate project of spinereview_ui")
