// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartspanel.h"

#include "charts/outcometrendchart.h"
#include "charts/statussummarychart.h"
#include "charts/therapytimelinechart.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "models/outcometrendmodel.h"
#include "models/statussummarymodel.h"
#include "models/therapytimelinemodel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace spinereview {

ChartsPanel::ChartsPanel(const CaseDocument& document, const EvaluationController& evaluation, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_evaluation(evaluation)
    , m_timelineModel(new TherapyTimelineModel(this))
    , m_outcomeModel(new OutcomeTrendModel(this))
    , m_statusModel(new StatusSummaryModel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"chartsPanel"_s);
    m_tabs->setObjectName(u"chartsTabs"_s);
    // The models are filled before the charts exist, so each chart draws real data from its first paint.
    refreshCase();
    refreshEvaluation();
    m_timelineChart = new TherapyTimelineChart(m_timelineModel, m_tabs);
    m_outcomeChart = new OutcomeTrendChart(m_outcomeModel, m_tabs);
    m_statusChart = new StatusSummaryChart(m_statusModel, m_tabs);
    m_tabs->addTab(m_timelineChart, tr("Therapy timeline"));
    m_tabs->addTab(m_outcomeChart, tr("Pain and ODI"));
    m_tabs->addTab(m_statusChart, tr("Status summary"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&document, &CaseDocument::caseReplaced, this, &ChartsPanel::refreshCase);
    connect(&document, &CaseDocument::caseEdited, this, &ChartsPanel::refreshCase);
    connect(&evaluation, &EvaluationController::evaluated, this, &ChartsPanel::refreshEvaluation);
}

void ChartsPanel::refreshCase()
{
    m_timelineModel->setCase(m_document.spineCase(), m_evaluation.reviewDate());
    m_outcomeModel->setCase(m_document.spineCase());
}

void ChartsPanel::refreshEvaluation()
{
    m_statusModel->setResult(m_evaluation.result());
}

} // namespace spinereview
