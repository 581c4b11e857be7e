// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace spinereview {

class ComparisonModel;

// Components × criteria sets: where the shipped sets agree on the case and where they do not, each set
// named with its version in the header. Activating a cell asks to see that component under that set.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void setResults(const QList<EvaluationResult>& results);
    ComparisonModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void cellActivated(const QString& setId, Component component);

private:
    ComparisonModel* m_model;
    QLabel* m_heading;
    QTableView* m_table;
    QLabel* m_sets;
};

} // namespace spinereview
