// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace spinereview {

// The cautions the criteria attach to the selected component: shown whatever its status, never changing it.
class CautionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CautionsPanel)

public:
    explicit CautionsPanel(QWidget* parent = nullptr);

    // Shows `component`'s cautions from `result` (none when it is not in the result).
    void setComponent(const EvaluationResult& result, Component component);
    void clear();
    QStringList cautions() const { return m_cautions; }

private:
    void display(const QString& componentName, const QStringList& cautions);

    QLabel* m_heading;
    QListWidget* m_list;
    QStringList m_cautions;
    QString m_componentName;
    bool m_shown = false;
};

} // namespace spinereview
