# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt's strictness macros; every target
# of the project links it, so no directory-wide flags exist anywhere.

set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(spinereview_build_policy INTERFACE)
target_compile_features(spinereview_build_policy INTERFACE cxx_std_17)
target_compile_options(spinereview_build_policy INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${SPINEREVIEW_WERROR}>:-Werror>)
target_compile_definitions(spinereview_build_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPINEREVIEW_VERSION="${PROJECT_VERSION}")
# Include paths are rooted at the layer folders so every include line names its layer.
target_include_directories(spinereview_build_policy INTERFACE "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}")

if(SPINEREVIEW_FUZZ)
    target_compile_options(spinereview_build_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -g)
    target_link_options(spinereview_build_policy INTERFACE -fsanitize=address,undefined)
endif()

# The hardening Debian's own packages get (dpkg-buildflags with hardening=+all): the program reads files from
# outside — case files, FHIR bundles, criteria — so an overflow must stop it rather than run. Fortified libc
# calls need an optimised build; the fuzzing build above has its sanitizers instead.
if(NOT SPINEREVIEW_FUZZ)
    target_compile_options(spinereview_build_policy INTERFACE
        -fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security)
    target_compile_definitions(spinereview_build_policy INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_link_options(spinereview_build_policy INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
