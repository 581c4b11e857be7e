# SPDX-License-Identifier: GPL-3.0-or-later
# Stored reviews in the desk: the open review and its decisions, autosaved drafts, the reviewer at the
# workstation, and the workflow that connects them to the worklist.
target_sources(spinereview_ui PRIVATE
    document/casestore.h
    review/reviewstatejson.h review/reviewstatejson.cpp
    review/reviewsession.h review/reviewsession.cpp
    review/draftkeeper.h review/draftkeeper.cpp
    review/componentdecisionsmodel.h review/componentdecisionsmodel.cpp
    review/criterionnotesmodel.h review/criterionnotesmodel.cpp
    review/reviewerpicker.h review/reviewerpicker.cpp
    review/reviewpanel.h review/reviewpanel.cpp
    review/reviewworkflow.h review/reviewworkflow.cpp
)
