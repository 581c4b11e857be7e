// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QCoreApplication>
#include <QStringList>

namespace spinereview {

// What a person reads for each value of the case format's enumerations, in the order of the enum
// (so labels parallel enumAllNames<E>()), translated.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    static QStringList stenosisGrades();
    static QStringList sides();
    static QStringList legPain();
    static QStringList modalities();
    static QStringList slipTypes();
    static QStringList discHeightLoss();
    static QStringList discHerniation();
    static QStringList acuity();
    static QStringList therapyTypes();
    static QStringList therapyResponses();
    static QStringList deliveries();
    static QStringList procedures();
    static QStringList components();
    static QStringList approaches();
    static QStringList autograftSources();
    static QStringList settings();
    static QStringList inpatientRiskFactors();
    static QStringList urgencies();
    static QStringList planTypes();
    static QStringList sexes();
    static QStringList nicotine();
    static QStringList testResults();
    static QStringList psychologicalScreening();
    static QStringList reflexes();
    static QStringList straightLegRaise();

    static QString component(Component component);
};

} // namespace spinereview
