# SPDX-License-Identifier: GPL-3.0-or-later
# The results column: determinations, reasons, cautions, missing records, evidence and the comparison of sets.
target_sources(spinereview_ui PRIVATE
    results/statuspresentation.h results/statuspresentation.cpp
    results/determinationcard.h results/determinationcard.cpp
    results/determinationcards.h results/determinationcards.cpp
    results/rationaleview.h results/rationaleview.cpp
    results/missingdocumentspanel.h results/missingdocumentspanel.cpp
    results/cautionspanel.h results/cautionspanel.cpp
    results/evidencehtml.h results/evidencehtml.cpp
    results/evidencepanel.h results/evidencepanel.cpp
    results/criteriasetbar.h results/criteriasetbar.cpp
    results/comparisonview.h results/comparisonview.cpp
    results/resultspanel.h results/resultspanel.cpp
    models/rationalemodel.h models/rationalemodel.cpp
    models/missingdocumentsmodel.h models/missingdocumentsmodel.cpp
    models/comparisonmodel.h models/comparisonmodel.cpp
)
