// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criterionnode.h"

#include <QHash>
#include <QTreeView>

namespace spinereview {

class RationaleModel;

// The "why" of the selected component: the rationale tree with the branches that decide a non-met
// status open and the rest closed. A fact row leads to the case field it came from.
class RationaleView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RationaleView)

public:
    explicit RationaleView(RationaleModel* model, QWidget* parent = nullptr);

    RationaleModel* rationaleModel() const { return m_model; }
    // The criterion of the current row and the level it was evaluated at (-1 when none).
    const CriterionNode* currentNode() const;
    int currentLevel() const;

signals:
    // The reviewer clicked a fact row, or pressed Enter on it: its first case JSON path.
    void factActivated(const QString& jsonPath);
    // The current row's criterion changed (nullptr: none). A fact row selects the criterion that read it.
    void criterionSelected(const CriterionNode* node);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void aboutToReset();
    void restoreAfterReset();
    void applyExpansion(const QModelIndex& parent);
    void rememberExpansion(const QModelIndex& index, bool expanded);
    void activateFact(const QModelIndex& index);

    RationaleModel* m_model;
    // What the reviewer opened or closed by hand, by row key: re-evaluation on each keystroke must not
    // undo it.
    QHash<QString, bool> m_userExpansion;
    QString m_currentKey;
    bool m_restoring = false;
};

} // namespace spinereview
