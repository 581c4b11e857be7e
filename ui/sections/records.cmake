# SPDX-License-Identifier: GPL-3.0-or-later
# The record sections of the case form (imaging, electrodiagnostics, conservative therapy, surgical history),
# the item models of their tables and the delegates that edit those tables' cells.
target_sources(spinereview_ui PRIVATE
    sections/imagingsection.h sections/imagingsection.cpp
    sections/emgsection.h sections/emgsection.cpp
    sections/therapysection.h sections/therapysection.cpp
    sections/historysection.h sections/historysection.cpp
    models/cellroles.h
    models/cellchoices.h models/cellchoices.cpp
    models/cellvalue.h models/cellvalue.cpp
    models/cellissues.h models/cellissues.cpp
    models/indexedpath.h models/indexedpath.cpp
    models/imaginglevelsmodel.h models/imaginglevelsmodel.cpp
    models/emgfindingsmodel.h models/emgfindingsmodel.cpp
    models/therapyepisodesmodel.h models/therapyepisodesmodel.cpp
    models/prioroperationsmodel.h models/prioroperationsmodel.cpp
    models/enumdelegate.h models/enumdelegate.cpp
    models/datedelegate.h models/datedelegate.cpp
    models/numberdelegate.h models/numberdelegate.cpp
    models/levelsdelegate.h models/levelsdelegate.cpp
)
