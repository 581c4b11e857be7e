// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dashboardrepository.h"

#include <QAbstractTableModel>

namespace spinereview {

// The open reviews at each status that is not final — draft, in review, physician advisor, in that order,
// each listed even with none — and how many of them are past their due time.
class OpenReviewsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenReviewsModel)

public:
    enum class Column { Status, Open, Overdue };
    static constexpr int kColumnCount = static_cast<int>(Column::Overdue) + 1;

    explicit OpenReviewsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCounts(const QList<StatusCount>& counts);
    const StatusCount& counts(int row) const { return m_rows.at(row); }

private:
    QList<StatusCount> m_rows;
};

} // namespace spinereview
