// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/comparisonmodel.h"

#include "core/i18n/criteriatexts.h"
#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "results/statuspresentation.h"
#include "theme/palettecolours.h"

#include <QBrush>
#include <QGuiApplication>
#include <QSet>

#include <algorithm>
#include <utility>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Purple, the agreement icon's colour: no status uses it, so the tint cannot be read as one.
const QColor disagreementAccent(0x8e, 0x24, 0xaa);

} // namespace

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString ComparisonModel::shortTitle(const CriteriaSetInfo& info)
{
    QString title = CriteriaTexts::title(info);
    for (const QString& cut : {u" — "_s, u" ("_s, u" - "_s}) {
        const qsizetype at = title.indexOf(cut);
        if (at > 0)
            title.truncate(at);
    }
    // A column header, not a citation: the full title is in the tooltip and under the table.
    constexpr qsizetype longest = 32;
    if (title.size() > longest) {
        const qsizetype space = title.lastIndexOf(u' ', longest);
        title = title.left(space > 0 ? space : longest) + u'…';
    }
    return title.isEmpty() ? info.id : title;
}

void ComparisonModel::setResults(const QList<EvaluationResult>& results)
{
    // A result without a set names no column.
    QList<EvaluationResult> kept;
    for (const EvaluationResult& result : results) {
        if (result.criteriaSet)
            kept.append(result);
    }
    std::vector<Component> rows;
    if (!kept.isEmpty()) {
        for (const ComponentOutcome& outcome : kept.first().components)
            rows.push_back(outcome.component);
    }
    std::vector<bool> disagree;
    for (Component component : rows) {
        QSet<int> statuses;
        bool missing = false;
        for (const EvaluationResult& result : kept) {
            const ComponentOutcome* outcome = result.component(component);
            missing |= outcome == nullptr;
            if (outcome)
                statuses.insert(static_cast<int>(outcome->status));
        }
        disagree.push_back(missing || statuses.size() > 1);
    }
    const auto setIds = [](const QList<EvaluationResult>& list) {
        QStringList ids;
        for (const EvaluationResult& result : list)
            ids.append(result.criteriaSet->info.id);
        return ids;
    };
    // Re-evaluation runs on every keystroke: the same rows and columns change in place, keeping the view's
    // current cell. Only the cells whose status or explanation changed are announced, because the view sizes
    // its columns to their contents and would measure every cell again for each one announced.
    const bool sameShape = rows == m_rows && setIds(kept) == setIds(m_results);
    if (!sameShape) {
        beginResetModel();
        m_results = std::move(kept);
        m_rows = std::move(rows);
        m_disagree = std::move(disagree);
        endResetModel();
        return;
    }
    const QList<EvaluationResult> previous = std::exchange(m_results, std::move(kept));
    const std::vector<bool> previousDisagree = std::exchange(m_disagree, std::move(disagree));
    for (int row = 0; row < rowCount(); ++row) {
        const Component component = m_rows[static_cast<std::size_t>(row)];
        for (int column = 0; column < agreementColumn(); ++column) {
            const ComponentOutcome* before = previous.at(column).component(component);
            const ComponentOutcome* after = m_results.at(column).component(component);
            const bool same = (before == nullptr) == (after == nullptr) &&
                              (!before || (before->status == after->status && before->summary == after->summary));
            if (!same)
                emit dataChanged(index(row, column), index(row, column));
        }
        if (previousDisagree[static_cast<std::size_t>(row)] != m_disagree[static_cast<std::size_t>(row)])
            emit dataChanged(index(row, 0), index(row, agreementColumn()));
    }
    const auto sameSet = [](const EvaluationResult& a, const EvaluationResult& b) {
        return a.criteriaSet->info.sha256 == b.criteriaSet->info.sha256 &&
               a.criteriaSet->info.title == b.criteriaSet->info.title &&
               a.criteriaSet->info.version == b.criteriaSet->info.version;
    };
    if (!std::equal(previous.cbegin(), previous.cend(), m_results.cbegin(), m_results.cend(), sameSet))
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

bool ComparisonModel::disagrees(int row) const
{
    return row >= 0 && row < rowCount() && m_disagree[static_cast<std::size_t>(row)];
}

std::optional<Component> ComparisonModel::component(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)];
}

CriteriaSetPtr ComparisonModel::set(int column) const
{
    return column >= 0 && column < agreementColumn() ? m_results.at(column).criteriaSet : nullptr;
}

const ComponentOutcome* ComparisonModel::outcome(int row, int column) const
{
    return m_results.at(column).component(m_rows[static_cast<std::size_t>(row)]);
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    // No sets, no agreement to state: an empty comparison has no columns.
    return parent.isValid() || m_results.isEmpty() ? 0 : agreementColumn() + 1;
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::BackgroundRole:
        // Derived from the palette, so the row's ordinary text stays legible on light and dark themes.
        return disagrees(row)
                   ? QVariant(QBrush(PaletteColours::accentBackground(QGuiApplication::palette(), disagreementAccent)))
                   : QVariant();
    case DisagreementRole:
        return disagrees(row);
    case ComponentRole:
        return static_cast<int>(m_rows[static_cast<std::size_t>(row)]);
    default:
        break;
    }
    return index.column() == agreementColumn() ? agreementCell(row, role) : setCell(row, index.column(), role);
}

QVariant ComparisonModel::setCell(int row, int column, int role) const
{
    const ComponentOutcome* found = outcome(row, column);
    const CriteriaSetInfo& info = m_results.at(column).criteriaSet->info;
    const QString name = CaseLabels::component(m_rows[static_cast<std::size_t>(row)]);
    switch (role) {
    case Qt::DisplayRole:
        return found ? StatusPresentation::word(found->status) : tr("Not evaluated");
    case Qt::DecorationRole:
        return found ? QVariant(StatusPresentation::icon(found->status)) : QVariant();
    case Qt::ToolTipRole:
        return found ? ResultTexts::summary(*found, m_results.at(column).criteriaSet.get())
                     : tr("This set did not evaluate %1.").arg(name);
    case Qt::AccessibleTextRole:
        return tr("%1 under %2: %3")
            .arg(name, shortTitle(info), found ? StatusPresentation::word(found->status) : tr("Not evaluated"));
    case Qt::AccessibleDescriptionRole:
        return found ? ResultTexts::summary(*found, m_results.at(column).criteriaSet.get()) : QString();
    case StatusRole:
        return found ? QVariant(static_cast<int>(found->status)) : QVariant();
    case SetIdRole:
        return info.id;
    default:
        return {};
    }
}

QVariant ComparisonModel::agreementCell(int row, int role) const
{
    const bool disagree = disagrees(row);
    switch (role) {
    case Qt::DisplayRole:
        return disagree ? tr("Sets disagree") : tr("All sets agree");
    case Qt::DecorationRole:
        return StatusPresentation::agreementIcon(!disagree);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return disagree ? tr("%1: the criteria sets disagree").arg(CaseLabels::component(m_rows[std::size_t(row)]))
                        : tr("%1: all criteria sets agree").arg(CaseLabels::component(m_rows[std::size_t(row)]));
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return CaseLabels::component(m_rows[static_cast<std::size_t>(section)]);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == agreementColumn())
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(tr("Agreement")) : QVariant();
    const CriteriaSetInfo& info = m_results.at(section).criteriaSet->info;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\nversion %2").arg(info.id, info.version); // narrow columns; the title is in the tooltip
    case Qt::AccessibleTextRole:
        return tr("%1, version %2").arg(shortTitle(info), info.version);
    case Qt::ToolTipRole:
        return tr("%1, version %2\n%3\nsha256 %4")
            .arg(CriteriaTexts::title(info), info.version, CriteriaTexts::label(info), info.sha256);
    case SetIdRole:
        return info.id;
    default:
        return {};
    }
}

} // namespace spinereview
