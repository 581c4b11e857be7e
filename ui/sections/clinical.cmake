# SPDX-License-Identifier: GPL-3.0-or-later
# The clinical sections of the case form (request, symptoms and exam, patient factors), their shared form
# helpers and the item models of their tables.
target_sources(spinereview_ui PRIVATE
    sections/clinicalform.h sections/clinicalform.cpp
    sections/clinicalbindings.h
    sections/clinicallisteditor.h sections/clinicallisteditor.cpp
    sections/requestsection.h sections/requestsection.cpp
    sections/requestscopepanel.h sections/requestscopepanel.cpp
    sections/requestplanpanel.h sections/requestplanpanel.cpp
    sections/receivedatfield.h sections/receivedatfield.cpp
    sections/symptomssection.h sections/symptomssection.cpp
    sections/exampanel.h sections/exampanel.cpp
    sections/patientsection.h sections/patientsection.cpp
    models/clinicallistmodel.h models/clinicallistmodel.cpp
    models/clinicalitemdelegate.h models/clinicalitemdelegate.cpp
    models/outcomescoresmodel.h models/outcomescoresmodel.cpp
    models/motordeficitmodel.h models/motordeficitmodel.cpp
    models/reflexchangesmodel.h models/reflexchangesmodel.cpp
    models/sensorydeficitmodel.h models/sensorydeficitmodel.cpp
)
