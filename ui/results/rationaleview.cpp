// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/rationaleview.h"

#include "models/rationalemodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace spinereview {

using namespace Qt::StringLiterals;

RationaleView::RationaleView(RationaleModel* model, QWidget* parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(u"rationaleView"_s);
    setAccessibleName(tr("Reasons for the selected determination"));
    setAccessibleDescription(tr("Each criterion with its status and the facts it read. Press Enter on a fact to go "
                                "to its field in the case."));
    setModel(model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(RationaleModel::CriterionColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(RationaleModel::StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(RationaleModel::FactsColumn, QHeaderView::Interactive);
    header()->resizeSection(RationaleModel::FactsColumn, 150);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RationaleView::aboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &RationaleView::restoreAfterReset);
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex& index) { rememberExpansion(index, true); });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex& index) { rememberExpansion(index, false); });
    connect(this, &QAbstractItemView::clicked, this, &RationaleView::activateFact);
}

const CriterionNode* RationaleView::currentNode() const
{
    const QModelIndex current = currentIndex();
    return current.isValid()
               ? reinterpret_cast<const CriterionNode*>(current.data(RationaleModel::NodeRole).value<quintptr>())
               : nullptr;
}

int RationaleView::currentLevel() const
{
    const QVariant level = currentIndex().data(RationaleModel::LevelRole);
    return level.isValid() ? level.toInt() : -1;
}

void RationaleView::aboutToReset()
{
    m_currentKey = currentIndex().data(RationaleModel::KeyRole).toString();
}

void RationaleView::restoreAfterReset()
{
    m_restoring = true;
    applyExpansion({});
    m_restoring = false;

    QModelIndex restored;
    if (!m_currentKey.isEmpty()) {
        const QModelIndexList found = m_model->match(m_model->index(0, 0), RationaleModel::KeyRole, m_currentKey, 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        restored = found.value(0);
    }
    if (restored.isValid())
        setCurrentIndex(restored); // emits criterionSelected through currentChanged
    else
        emit criterionSelected(nullptr);
}

void RationaleView::applyExpansion(const QModelIndex& parent)
{
    const QVariant parentStatus = parent.data(RationaleModel::StatusRole);
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_model->rowCount(index) == 0)
            continue;
        const auto status = static_cast<Status>(index.data(RationaleModel::StatusRole).toInt());
        // Open what decides a non-met status, as the text report does: under an incomplete criterion its
        // incomplete parts (a failed alternative of an open `any` settles nothing), under a not-met one its
        // not-met parts. Everything else stays one line until the reviewer opens it.
        const bool decides =
            status != Status::Met && (!parentStatus.isValid() || parentStatus.toInt() == static_cast<int>(status));
        const bool open = m_userExpansion.value(index.data(RationaleModel::KeyRole).toString(), decides);
        setExpanded(index, open);
        applyExpansion(index);
    }
}

void RationaleView::rememberExpansion(const QModelIndex& index, bool expanded)
{
    if (!m_restoring)
        m_userExpansion.insert(index.data(RationaleModel::KeyRole).toString(), expanded);
}

void RationaleView::activateFact(const QModelIndex& index)
{
    const QString path = index.data(RationaleModel::FactPathRole).toString();
    if (index.data(RationaleModel::IsFactRole).toBool() && !path.isEmpty())
        emit factActivated(path);
}

void RationaleView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() &&
        currentIndex().data(RationaleModel::IsFactRole).toBool()) {
        activateFact(currentIndex());
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void RationaleView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTreeView::currentChanged(current, previous);
    const auto node = [](const QModelIndex& index) { return index.data(RationaleModel::NodeRole).value<quintptr>(); };
    // Moving between a criterion and its own facts keeps the same criterion (and evidence) in view.
    if (!current.isValid() || !previous.isValid() || node(current) != node(previous) ||
        current.model() != previous.model())
        emit criterionSelected(currentNode());
}

} // namespace spinereview
