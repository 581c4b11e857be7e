# SPDX-License-Identifier: GPL-3.0-or-later
# Imports into the desk: File → Import FHIR bundle…, its mapping report as a table.
target_sources(spinereview_ui PRIVATE
    interop/mappingreportmodel.h interop/mappingreportmodel.cpp
    interop/fhirimportdialog.h interop/fhirimportdialog.cpp
    interop/fhirimportaction.h interop/fhirimportaction.cpp
)
target_link_libraries(spinereview_ui PUBLIC spinereview_interop)
