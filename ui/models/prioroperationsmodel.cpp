// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/prioroperationsmodel.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "models/cellchoices.h"
#include "models/cellroles.h"
#include "models/cellvalue.h"
#include "models/indexedpath.h"

namespace spinereview {

using namespace Qt::StringLiterals;
using Column = PriorOperationsModel::Column;

namespace {

CellChoices choicesFor(Column column)
{
    switch (column) {
    case Column::Procedure:
        return CellChoices::ofEnum<PriorProcedure>(CaseLabels::procedures(), false); // required by the format
    case Column::Instrumented:
    case Column::SolidFusion:
        return CellChoices::ofBool();
    case Column::Levels:
    case Column::Date:
    case Column::FacetLeftPercent:
    case Column::FacetRightPercent:
        break;
    }
    return {};
}

QString columnTitle(Column column)
{
    switch (column) {
    case Column::Procedure:
        return PriorOperationsModel::tr("Procedure");
    case Column::Levels:
        return PriorOperationsModel::tr("Levels");
    case Column::Date:
        return PriorOperationsModel::tr("Date");
    case Column::Instrumented:
        return PriorOperationsModel::tr("Instrumented");
    case Column::SolidFusion:
        return PriorOperationsModel::tr("Solid fusion");
    case Column::FacetLeftPercent:
        return PriorOperationsModel::tr("Facet removed L %");
    case Column::FacetRightPercent:
        return PriorOperationsModel::tr("Facet removed R %");
    }
    return {};
}

QString columnToolTip(Column column)
{
    switch (column) {
    case Column::SolidFusion:
        return PriorOperationsModel::tr("Whether the fusion is solid; No = documented pseudarthrosis (non-union)");
    case Column::FacetLeftPercent:
    case Column::FacetRightPercent:
        return PriorOperationsModel::tr("Share of the facet removed in that operation, from its operative note or CT");
    default:
        return columnTitle(column);
    }
}

QStringList levelNames(const QList<Level>& levels)
{
    QStringList names;
    for (const Level level : levels)
        names.append(enumToString(level));
    return names;
}

QVariant readField(const PriorOperation& p, Column column)
{
    const Facets facets = p.facetResection.value_or(Facets{});
    switch (column) {
    case Column::Procedure:
        return enumToString(p.procedure);
    case Column::Levels:
        return levelNames(p.levels);
    case Column::Date:
        return CellValue::of(p.date);
    case Column::Instrumented:
        return CellValue::of(p.instrumented);
    case Column::SolidFusion:
        return CellValue::of(p.solidFusion);
    case Column::FacetLeftPercent:
        return CellValue::of(facets.leftPercent);
    case Column::FacetRightPercent:
        return CellValue::of(facets.rightPercent);
    }
    return {};
}

bool writeLevels(QList<Level>& levels, const QVariant& value)
{
    QList<Level> parsed;
    for (const QString& name : value.toStringList()) {
        const std::optional<Level> level = enumFromString<Level>(name);
        if (!level)
            return false;
        if (!parsed.contains(*level))
            parsed.append(*level);
    }
    std::sort(parsed.begin(), parsed.end());
    levels = parsed;
    return true;
}

bool writeFacet(std::optional<Facets>& slot, bool left, const QVariant& value)
{
    Facets facets = slot.value_or(Facets{});
    if (!CellValue::toNumber(value, left ? facets.leftPercent : facets.rightPercent, 0.0, 100.0))
        return false;
    const bool empty = !facets.leftPercent && !facets.rightPercent && facets.extra.isEmpty();
    slot = empty ? std::nullopt : std::optional<Facets>(facets);
    return true;
}

bool writeField(PriorOperation& p, Column column, const QVariant& value)
{
    switch (column) {
    case Column::Procedure: {
        std::optional<PriorProcedure> procedure;
        if (!CellValue::toEnum(value, procedure) || !procedure)
            return false;
        p.procedure = *procedure;
        return true;
    }
    case Column::Levels:
        return writeLevels(p.levels, value);
    case Column::Date:
        return CellValue::toDate(value, p.date);
    case Column::Instrumented:
        return CellValue::toBool(value, p.instrumented);
    case Column::SolidFusion:
        return CellValue::toBool(value, p.solidFusion);
    case Column::FacetLeftPercent:
    case Column::FacetRightPercent:
        return writeFacet(p.facetResection, column == Column::FacetLeftPercent, value);
    }
    return false;
}

QString displayText(const PriorOperation& p, Column column)
{
    const QVariant value = readField(p, column);
    switch (column) {
    case Column::Levels:
        return value.toStringList().join(u", "_s);
    case Column::Date:
        return p.date ? p.date->toString(Qt::ISODate) : QString();
    case Column::FacetLeftPercent:
    case Column::FacetRightPercent:
        return CellValue::numberText(value);
    default:
        return choicesFor(column).labelOf(value);
    }
}

} // namespace

PriorOperationsModel::PriorOperationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PriorOperationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operations.size());
}

int PriorOperationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PriorOperationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const auto column = static_cast<Column>(index.column());
    const PriorOperation& operation = m_operations[index.row()];
    const QString text = displayText(operation, column);
    const QString missing = column == Column::Levels ? tr("no levels listed") : tr("not documented");
    const QString spoken =
        tr("Operation %1, %2: %3").arg(index.row() + 1).arg(columnTitle(column), text.isEmpty() ? missing : text);
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
        return readField(operation, column);
    case ChoiceLabelsRole:
        return choicesFor(column).isEmpty() ? QVariant() : QVariant(choicesFor(column).labels);
    case ChoiceValuesRole:
        return choicesFor(column).isEmpty() ? QVariant() : QVariant(choicesFor(column).values);
    default:
        return {};
    }
}

QVariant PriorOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kColumnCount)
            return {};
        const auto column = static_cast<Column>(section);
        return role == Qt::DisplayRole ? columnTitle(column) : columnToolTip(column);
    }
    if (section < 0 || section >= m_operations.size())
        return {};
    return role == Qt::DisplayRole ? QString::number(section + 1) : tr("Operation %1").arg(section + 1);
}

Qt::ItemFlags PriorOperationsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool PriorOperationsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    const auto column = static_cast<Column>(index.column());
    PriorOperation updated = m_operations[index.row()];
    if (!writeField(updated, column, value))
        return false;
    if (readField(updated, column) == readField(m_operations[index.row()], column))
        return true;
    m_operations[index.row()] = updated;
    emit dataChanged(index, index);
    emit operationsEdited(u"[%1].%2"_s.arg(index.row()).arg(fieldName(column)));
    return true;
}

bool PriorOperationsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_operations.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_operations.insert(row, count, PriorOperation{});
    endInsertRows();
    emit operationsEdited({});
    return true;
}

bool PriorOperationsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_operations.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_operations.remove(row, count);
    endRemoveRows();
    emit operationsEdited({});
    return true;
}

void PriorOperationsModel::setOperations(const QList<PriorOperation>& operations)
{
    beginResetModel();
    m_operations = operations;
    m_issues.clear();
    endResetModel();
}

QStringList PriorOperationsModel::setIssues(const ValidationIssues& issues, const QString& basePath)
{
    CellIssues marks;
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        const std::optional<IndexedPath> path = IndexedPath::parse(issue.path, basePath);
        if (!path || path->index >= m_operations.size()) {
            if (IndexedPath::within(issue.path, basePath))
                lines.append(ResultTexts::phrase(issue.message));
            continue;
        }
        const Column column = columnOf(path->rest).value_or(Column::Procedure);
        marks.add(static_cast<int>(path->index), static_cast<int>(column), ResultTexts::phrase(issue.message));
        const bool named = path->rest.isEmpty() || issue.message.startsWith(path->rest);
        lines.append(tr("Operation %1: %2")
                         .arg(path->index + 1)
                         .arg(named ? ResultTexts::phrase(issue.message)
                                    : path->rest + u": "_s + ResultTexts::phrase(issue.message)));
    }
    if (marks != m_issues) {
        m_issues = marks;
        if (!m_operations.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
    }
    return lines;
}

QString PriorOperationsModel::fieldName(Column column)
{
    switch (column) {
    case Column::Procedure:
        return u"procedure"_s;
    case Column::Levels:
        return u"levels"_s;
    case Column::Date:
        return u"date"_s;
    case Column::Instrumented:
        return u"instrumented"_s;
    case Column::SolidFusion:
        return u"solidFusion"_s;
    case Column::FacetLeftPercent:
        return u"facetResection.leftPercent"_s;
    case Column::FacetRightPercent:
        return u"facetResection.rightPercent"_s;
    }
    return {};
}

std::optional<Column> PriorOperationsModel::columnOf(const QString& fieldPath)
{
    // "levels[1]" is in the levels cell; "facetResection" alone is its left column.
    QString member = fieldPath.section(QLatin1Char('['), 0, 0);
    if (member == u"facetResection"_s)
        return Column::FacetLeftPercent;
    for (int c = 0; c < kColumnCount; ++c) {
        const QString name = fieldName(static_cast<Column>(c));
        if (name == member || member.startsWith(name + QLatin1Char('.')))
            return static_cast<Column>(c);
    }
    return std::nullopt;
}

} // namespace spinereview
