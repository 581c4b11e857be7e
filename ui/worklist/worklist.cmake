# SPDX-License-Identifier: GPL-3.0-or-later
# The worklist window: stored reviews filtered, sorted and paged in the database, with the dashboard tab
# (charts/dashboardview).
target_sources(spinereview_ui PRIVATE
    worklist/reviewlabels.h worklist/reviewlabels.cpp
    worklist/choicebox.h worklist/choicebox.cpp
    worklist/worklistmodel.h worklist/worklistmodel.cpp
    worklist/worklistfilterbar.h worklist/worklistfilterbar.cpp
    worklist/worklistwindow.h worklist/worklistwindow.cpp
)
