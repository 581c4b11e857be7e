// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <QAbstractTableModel>

namespace spinereview {

// The dated outcome scores of symptoms.outcomeScores, one row each, sorted by date (a stable sort, so scores of
// one day keep the case's order). Column Time is the x value a QVXYModelMapper reads (msecs since the epoch at
// the start of the local day); Pain (0–10) and Odi (0–100) are the y values, and are an invalid QVariant where a
// score does not document that measure, so a chart can filter those rows out instead of drawing a false 0.
// Scores without a valid date are left out: they cannot be placed on a trend.
class OutcomeTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeTrendModel)

public:
    enum class Column { Date, Time, Pain, Odi };
    static constexpr int kColumnCount = static_cast<int>(Column::Odi) + 1;

    explicit OutcomeTrendModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rebuilds the rows from the case (a model reset).
    void setCase(const SpineCase& spineCase);
    const QList<OutcomeScore>& scores() const { return m_scores; }

private:
    QList<OutcomeScore> m_scores;
};

} // namespace spinereview
