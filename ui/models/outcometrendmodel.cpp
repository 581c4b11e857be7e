// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outcometrendmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spinereview {

OutcomeTrendModel::OutcomeTrendModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int OutcomeTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int OutcomeTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant OutcomeTrendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const OutcomeScore& score = m_scores.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Column::Date:
        return score.date.toString(Qt::ISODate);
    case Column::Time:
        return qreal(score.date.startOfDay().toMSecsSinceEpoch());
    case Column::Pain:
        return score.painScore ? QVariant(*score.painScore) : QVariant();
    case Column::Odi:
        return score.odi ? QVariant(*score.odi) : QVariant();
    }
    return {};
}

QVariant OutcomeTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<Column>(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Time:
        return tr("Time (ms)");
    case Column::Pain:
        return tr("Pain (0–10)");
    case Column::Odi:
        return tr("ODI (0–100)");
    }
    return {};
}

void OutcomeTrendModel::setCase(const SpineCase& spineCase)
{
    QList<OutcomeScore> scores;
    if (spineCase.symptoms && spineCase.symptoms->outcomeScores) {
        for (const OutcomeScore& score : *spineCase.symptoms->outcomeScores) {
            if (score.date.isValid())
                scores.append(score);
        }
    }
    std::stable_sort(scores.begin(), scores.end(),
                     [](const OutcomeScore& a, const OutcomeScore& b) { return a.date < b.date; });
    // Every keystroke anywhere in the case arrives here; the chart is laid out again only when a point moved.
    const auto samePoint = [](const OutcomeScore& a, const OutcomeScore& b) {
        return a.date == b.date && a.painScore == b.painScore && a.odi == b.odi;
    };
    if (std::equal(scores.cbegin(), scores.cend(), m_scores.cbegin(), m_scores.cend(), samePoint))
        return;
    beginResetModel();
    m_scores = scores;
    endResetModel();
}

} // namespace spinereview
