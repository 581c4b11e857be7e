# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the criteria sets' reviewer-facing texts as QT_TRANSLATE_NOOP3 entries, so lupdate can offer them to
# translators (it cannot read JSON). Script mode:
#   cmake -DOUTPUT=…/criteria_strings.cpp -DINPUTS="a.json;b.json" -P GenerateCriteriaStrings.cmake
# Context "criteria"; source text the English of the file; disambiguation "<criterion id>|<field>" (text, ask,
# note) or "set:<set id>|<field>" (title, label). The window looks a text up by the same three values
# (CriteriaTexts), so a translation applies only while its English is still what the file says. The files
# themselves are left as they are: a set's hash stays the hash of the untranslated file.

if(NOT OUTPUT OR NOT INPUTS)
    message(FATAL_ERROR "GenerateCriteriaStrings: OUTPUT and INPUTS are required")
endif()

set(_entries "")
set(_seen "")

# Escapes a text for a C++ string literal; the file stays UTF-8, as lupdate reads it.
function(_criteria_c_string text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    string(REPLACE "\n" "\\n" text "${text}")
    string(REPLACE "\t" "\\t" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Appends one entry unless the same key and English were written already (a definition shared by sets).
function(_criteria_entry key english what file)
    if(english STREQUAL "")
        return()
    endif()
    string(SHA1 _hash "${key}\n${english}")
    list(FIND _seen "${_hash}" _found)
    if(NOT _found EQUAL -1)
        return()
    endif()
    list(APPEND _seen "${_hash}")
    _criteria_c_string("${english}" _source)
    string(APPEND _entries "    //: ${what} (${file}, ${key})\n")
    string(APPEND _entries "    QT_TRANSLATE_NOOP3(\"criteria\", \"${_source}\", \"${key}\"),\n")
    set(_seen "${_seen}" PARENT_SCOPE)
    set(_entries "${_entries}" PARENT_SCOPE)
endfunction()

# Walks a JSON value: every object with an "id" gives its text, ask and note.
function(_criteria_walk json file)
    string(JSON _type ERROR_VARIABLE _error TYPE "${json}")
    if(_type STREQUAL "OBJECT")
        string(JSON _id ERROR_VARIABLE _noId GET "${json}" id)
        if(NOT _noId AND NOT _id STREQUAL "")
            foreach(_field text ask note)
                string(JSON _value ERROR_VARIABLE _noValue GET "${json}" ${_field})
                if(NOT _noValue)
                    if(_field STREQUAL "text")
                        set(_what "Criterion or caution statement; keep {level} and {levels}")
                    elseif(_field STREQUAL "ask")
                        set(_what "Documentation to request when the criterion is incomplete; keep {level}")
                    else()
                        set(_what "Note on the criterion: why this side was taken")
                    endif()
                    _criteria_entry("${_id}|${_field}" "${_value}" "${_what}" "${file}")
                endif()
            endforeach()
        endif()
        string(JSON _count LENGTH "${json}")
        if(_count GREATER 0)
            math(EXPR _last "${_count} - 1")
            foreach(_i RANGE ${_last})
                string(JSON _member MEMBER "${json}" ${_i})
                if(_member STREQUAL "condition")
                    continue() # JsonLogic: no texts, and the largest part of a set
                endif()
                string(JSON _child GET "${json}" "${_member}")
                string(JSON _childType TYPE "${json}" "${_member}")
                if(_childType STREQUAL "OBJECT" OR _childType STREQUAL "ARRAY")
                    _criteria_walk("${_child}" "${file}")
                endif()
            endforeach()
        endif()
    elseif(_type STREQUAL "ARRAY")
        string(JSON _count LENGTH "${json}")
        if(_count GREATER 0)
            math(EXPR _last "${_count} - 1")
            foreach(_i RANGE ${_last})
                string(JSON _childType TYPE "${json}" ${_i})
                if(_childType STREQUAL "OBJECT" OR _childType STREQUAL "ARRAY")
                    string(JSON _child GET "${json}" ${_i})
                    _criteria_walk("${_child}" "${file}")
                endif()
            endforeach()
        endif()
    endif()
    set(_seen "${_seen}" PARENT_SCOPE)
    set(_entries "${_entries}" PARENT_SCOPE)
endfunction()

list(SORT INPUTS)
foreach(_input IN LISTS INPUTS)
    file(READ "${_input}" _json)
    get_filename_component(_name "${_input}" NAME)
    string(JSON _format ERROR_VARIABLE _noFormat GET "${_json}" format)
    if(_noFormat OR NOT _format STREQUAL "spinereview-criteria/1")
        continue() # the evidence library and schema files: citations stay as published
    endif()
    string(JSON _setId GET "${_json}" id)
    foreach(_field title label)
        string(JSON _value ERROR_VARIABLE _noValue GET "${_json}" ${_field})
        if(NOT _noValue)
            _criteria_entry("set:${_setId}|${_field}" "${_value}" "Criteria set ${_field}" "${_name}")
        endif()
    endforeach()
    foreach(_part definitions components cautions)
        string(JSON _value ERROR_VARIABLE _noValue GET "${_json}" ${_part})
        if(NOT _noValue)
            _criteria_walk("${_value}" "${_name}")
        endif()
    endforeach()
endforeach()

set(_content "// Generated by cmake/GenerateCriteriaStrings.cmake from the criteria files: do not edit.
// lupdate reads this file; it is not compiled. See translations/README.md.
#include <QtGlobal>

[[maybe_unused]] static const char* const criteriaStrings[][2] = {
${_entries}};
")
# Written only when it changes, so lupdate and its dependants do not run again for nothing.
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" _old)
    if(_old STREQUAL _content)
        return()
    endif()
endif()
file(WRITE "${OUTPUT}" "${_content}")
