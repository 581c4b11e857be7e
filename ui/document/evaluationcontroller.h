// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluationresult.h"

#include <QDate>
#include <QObject>

namespace spinereview {

class CaseDocument;

// Re-evaluates the open case whenever it changes — under the selected criteria set, and under every set
// for the comparison view — and hands the results to the screens. The engine is a pure function, so this
// runs synchronously on each edit (it takes microseconds).
class EvaluationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationController)

public:
    EvaluationController(const CaseDocument& document, CriteriaCatalog catalog, QDate today, QObject* parent = nullptr);

    const CriteriaCatalog& catalog() const { return m_catalog; }
    CriteriaSetPtr currentSet() const { return m_current; }
    void setCurrentSet(const QString& id);

    const EvaluationResult& result() const { return m_result; }
    const QList<EvaluationResult>& comparison() const { return m_comparison; }
    // The review date in force: the case's reviewDate, else today.
    QDate reviewDate() const;
    // How long the last evaluation of the current set took, in microseconds.
    qint64 lastEvaluationMicros() const { return m_lastMicros; }

public slots:
    void evaluate();

signals:
    void evaluated();
    void currentSetChanged(const QString& id);

private:
    const CaseDocument& m_document;
    CriteriaCatalog m_catalog;
    QDate m_today;
    CriteriaSetPtr m_current;
    EvaluationResult m_result;
    QList<EvaluationResult> m_comparison;
    qint64 m_lastMicros = 0;
};

} // namespace spinereview
