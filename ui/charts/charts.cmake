# SPDX-License-Identifier: GPL-3.0-or-later
# The charts (the one place that includes Qt Charts) and the item models that feed them through model mappers.
target_sources(spinereview_ui PRIVATE
    models/therapytimelinemodel.h models/therapytimelinemodel.cpp
    models/outcometrendmodel.h models/outcometrendmodel.cpp
    models/statussummarymodel.h models/statussummarymodel.cpp
    charts/themedchartview.h charts/themedchartview.cpp
    charts/therapytimelinechart.h charts/therapytimelinechart.cpp
    charts/outcometrendchart.h charts/outcometrendchart.cpp
    charts/statussummarychart.h charts/statussummarychart.cpp
    charts/chartspanel.h charts/chartspanel.cpp
    charts/countaxis.h charts/countaxis.cpp
    charts/modelseries.h charts/modelseries.cpp
    charts/determinationsmodel.h charts/determinationsmodel.cpp
    charts/determinationschart.h charts/determinationschart.cpp
    charts/turnaroundmodel.h charts/turnaroundmodel.cpp
    charts/turnaroundchart.h charts/turnaroundchart.cpp
    charts/openreviewsmodel.h charts/openreviewsmodel.cpp
    charts/dashboardview.h charts/dashboardview.cpp
)
