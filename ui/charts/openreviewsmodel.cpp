// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/openreviewsmodel.h"

#include "results/statuspresentation.h"
#include "worklist/reviewlabels.h"

namespace spinereview {

OpenReviewsModel::OpenReviewsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setCounts({});
}

int OpenReviewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpenReviewsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant OpenReviewsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusCount& row = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Column::Status:
        return role == Qt::DisplayRole ? ReviewLabels::status(row.status) : QVariant();
    case Column::Open:
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return role == Qt::DisplayRole ? row.count : QVariant();
    case Column::Overdue:
        // A number alone would not say what it counts to someone who hears the cell without its header.
        if (role == Qt::DisplayRole)
            return row.overdue > 0 ? tr("%1 overdue").arg(row.overdue) : tr("none overdue");
        if (role == Qt::DecorationRole && row.overdue > 0)
            return StatusPresentation::cautionIcon();
        return {};
    }
    return {};
}

QVariant OpenReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Status:
        return tr("Status");
    case Column::Open:
        return tr("Open");
    case Column::Overdue:
        return tr("Overdue");
    }
    return {};
}

void OpenReviewsModel::setCounts(const QList<StatusCount>& counts)
{
    QList<StatusCount> rows;
    for (ReviewStatus status : {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor}) {
        StatusCount row;
        row.status = status;
        for (const StatusCount& each : counts) {
            if (each.status == status)
                row = each;
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace spinereview
