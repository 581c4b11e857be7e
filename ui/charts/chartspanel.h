// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace spinereview {

class CaseDocument;
class EvaluationController;
class OutcomeTrendChart;
class OutcomeTrendModel;
class StatusSummaryChart;
class StatusSummaryModel;
class TherapyTimelineChart;
class TherapyTimelineModel;

// The case's charts in tabs — conservative-care timeline, pain and ODI trend, status summary — kept up to date
// with the open case and its evaluation.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    ChartsPanel(const CaseDocument& document, const EvaluationController& evaluation, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    TherapyTimelineModel* timelineModel() const { return m_timelineModel; }
    OutcomeTrendModel* outcomeModel() const { return m_outcomeModel; }
    StatusSummaryModel* statusModel() const { return m_statusModel; }
    TherapyTimelineChart* timelineChart() const { return m_timelineChart; }
    OutcomeTrendChart* outcomeChart() const { return m_outcomeChart; }
    StatusSummaryChart* statusChart() const { return m_statusChart; }

private:
    void refreshCase();
    void refreshEvaluation();

    const CaseDocument& m_document;
    const EvaluationController& m_evaluation;
    TherapyTimelineModel* m_timelineModel;
    OutcomeTrendModel* m_outcomeModel;
    StatusSummaryModel* m_statusModel;
    QTabWidget* m_tabs;
    TherapyTimelineChart* m_timelineChart;
    OutcomeTrendChart* m_outcomeChart;
    StatusSummaryChart* m_statusChart;
};

} // namespace spinereview
