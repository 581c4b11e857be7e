# SPDX-License-Identifier: GPL-3.0-or-later
# Printed documents from the desk: print preview (Qt Print Support, which links Widgets — so it lives here,
# never in app/reports) and PDF export through spinereview_reports.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
target_sources(spinereview_ui PRIVATE
    reports/reportactions.h reports/reportactions.cpp
)
target_link_libraries(spinereview_ui PUBLIC spinereview_reports Qt6::PrintSupport)
