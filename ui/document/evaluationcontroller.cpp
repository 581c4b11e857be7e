// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/evaluationcontroller.h"

#include "core/engine/evaluator.h"
#include "document/casedocument.h"

#include <QElapsedTimer>

namespace spinereview {

EvaluationController::EvaluationController(const CaseDocument& document, CriteriaCatalog catalog, QDate today,
                                           QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_catalog(std::move(catalog))
    , m_today(today)
    , m_current(m_catalog.defaultSet())
{
    connect(&document, &CaseDocument::caseEdited, this, &EvaluationController::evaluate);
    connect(&document, &CaseDocument::caseReplaced, this, &EvaluationController::evaluate);
}

void EvaluationController::setCurrentSet(const QString& id)
{
    CriteriaSetPtr set = m_catalog.find(id);
    if (!set || set == m_current)
        return;
    m_current = set;
    emit currentSetChanged(id);
    evaluate();
}

QDate EvaluationController::reviewDate() const
{
    return m_document.spineCase().reviewDate.value_or(m_today);
}

void EvaluationController::evaluate()
{
    if (!m_current)
        return;
    const SpineCase& spineCase = m_document.spineCase();
    const QDate date = reviewDate();
    QElapsedTimer timer;
    timer.start();
    m_result = Evaluator::evaluate(spineCase, m_current, date);
    m_lastMicros = timer.nsecsElapsed() / 1000;
    m_comparison.clear();
    for (const CriteriaSetPtr& set : m_catalog.sets())
        m_comparison.append(set == m_current ? m_result : Evaluator::evaluate(spineCase, set, date));
    emit evaluated();
}

} // namespace spinereview
