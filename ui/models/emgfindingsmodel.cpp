// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/emgfindingsmodel.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "models/cellchoices.h"
#include "models/cellroles.h"
#include "models/cellvalue.h"
#include "models/indexedpath.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

CellChoices cellChoices()
{
    CellChoices choices{{EmgFindingsModel::tr("—")}, {QVariant()}};
    choices.labels.append(EmgFindingsModel::tr("Finding, acuity not documented"));
    choices.values.append(EmgFindingsModel::unspecifiedAcuity());
    const CellChoices acuities = CellChoices::ofEnum<Acuity>(CaseLabels::acuity(), false);
    choices.labels.append(acuities.labels);
    choices.values.append(acuities.values);
    return choices;
}

QString sideName(int column)
{
    return column == 0 ? EmgFindingsModel::tr("Left") : EmgFindingsModel::tr("Right");
}

} // namespace

QString EmgFindingsModel::unspecifiedAcuity()
{
    return u"finding"_s;
}

EmgFindingsModel::EmgFindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int EmgFindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kRootCount;
}

int EmgFindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant EmgFindingsModel::editValue(const Cell& cell) const
{
    if (!cell.finding)
        return {};
    return cell.acuity ? QVariant(enumToString(*cell.acuity)) : QVariant(unspecifiedAcuity());
}

QVariant EmgFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Cell& cell = m_cells[index.row()][index.column()];
    const QVariant value = editValue(cell);
    const QString text = value.isValid() ? cellChoices().labelOf(value) : tr("—");
    const QString spoken =
        tr("%1 %2: %3")
            .arg(enumToString(rootAt(index.row())), sideName(index.column()), cell.finding ? text : tr("no finding"));
    const QVariant plain = role == Qt::DisplayRole                                     ? QVariant(text)
                           : role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ? QVariant(spoken)
                                                                                       : QVariant();
    if (const auto marked = m_issues.decorate(index.row(), index.column(), role, plain))
        return *marked;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return plain;
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case ChoiceLabelsRole:
        return cellChoices().labels;
    case ChoiceValuesRole:
        return cellChoices().values;
    default:
        return {};
    }
}

QVariant EmgFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < kColumnCount ? QVariant(sideName(section)) : QVariant();
    if (section < 0 || section >= kRootCount)
        return {};
    const QString name = enumToString(rootAt(section));
    return role == Qt::DisplayRole ? name : tr("Root %1").arg(name);
}

Qt::ItemFlags EmgFindingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool EmgFindingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    Cell updated = m_cells[index.row()][index.column()];
    if (CellValue::isNotDocumented(value)) {
        updated = Cell{};
    } else if (value.toString() == unspecifiedAcuity()) {
        updated.finding = true;
        updated.acuity.reset();
    } else {
        std::optional<Acuity> acuity;
        if (!CellValue::toEnum(value, acuity))
            return false;
        updated.finding = true;
        updated.acuity = acuity;
    }
    Cell& cell = m_cells[index.row()][index.column()];
    if (editValue(updated) == editValue(cell))
        return true;
    cell = updated;
    emit dataChanged(index, index);
    emit findingEdited(index);
    return true;
}

void EmgFindingsModel::setFindings(const QList<EmgFinding>& findings)
{
    beginResetModel();
    m_cells = {};
    m_unplaced.clear();
    m_issues.clear();
    for (const EmgFinding& finding : findings) {
        const QList<QModelIndex> cells = cellsOf(finding);
        // A finding the grid cannot place, or a second one for a filled cell, is kept as read.
        const bool filled = std::any_of(cells.cbegin(), cells.cend(), [this](const QModelIndex& index) {
            return m_cells[index.row()][index.column()].finding;
        });
        if (cells.isEmpty() || filled) {
            m_unplaced.append(finding);
            continue;
        }
        for (const QModelIndex& index : cells)
            m_cells[index.row()][index.column()] = Cell{true, finding.acuity, finding.extra};
    }
    endResetModel();
}

QList<EmgFinding> EmgFindingsModel::findings() const
{
    QList<EmgFinding> out;
    for (int row = 0; row < kRootCount; ++row) {
        const Cell& left = m_cells[row][0];
        const Cell& right = m_cells[row][1];
        const Root root = rootAt(row);
        if (left.finding && right.finding && left.acuity == right.acuity) {
            out.append(EmgFinding{root, Side::Bilateral, left.acuity, left.extra.isEmpty() ? right.extra : left.extra});
            continue;
        }
        if (left.finding)
            out.append(EmgFinding{root, Side::Left, left.acuity, left.extra});
        if (right.finding)
            out.append(EmgFinding{root, Side::Right, right.acuity, right.extra});
    }
    return out + m_unplaced;
}

void EmgFindingsModel::setIssues(const ValidationIssues& issues, const QString& findingsPath)
{
    // Issue paths index the array as findings() writes it.
    const QList<EmgFinding> written = findings();
    CellIssues marks;
    for (const ValidationIssue& issue : issues) {
        const std::optional<IndexedPath> path = IndexedPath::parse(issue.path, findingsPath);
        if (!path || path->index >= written.size())
            continue;
        for (const QModelIndex& index : cellsOf(written[path->index]))
            marks.add(index.row(), index.column(), ResultTexts::phrase(issue.message));
    }
    if (marks == m_issues)
        return;
    m_issues = marks;
    emit dataChanged(index(0, 0), index(kRootCount - 1, kColumnCount - 1));
}

QModelIndex EmgFindingsModel::indexOf(Root root, Side side) const
{
    return index(static_cast<int>(root), side == Side::Right ? 1 : 0);
}

QList<QModelIndex> EmgFindingsModel::cellsOf(const EmgFinding& finding) const
{
    if (!finding.root || !finding.side)
        return {};
    if (*finding.side == Side::Bilateral)
        return {indexOf(*finding.root, Side::Left), indexOf(*finding.root, Side::Right)};
    return {indexOf(*finding.root, *finding.side)};
}

} // namespace spinereview
