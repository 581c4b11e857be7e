// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/therapyepisodesmodel.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "models/cellchoices.h"
#include "models/cellroles.h"
#include "models/cellvalue.h"
#include "models/indexedpath.h"

namespace spinereview {

using namespace Qt::StringLiterals;
using Column = TherapyEpisodesModel::Column;

namespace {

CellChoices choicesFor(Column column)
{
    switch (column) {
    case Column::Type:
        return CellChoices::ofEnum<TherapyType>(CaseLabels::therapyTypes(), false); // required by the format
    case Column::Response:
        return CellChoices::ofEnum<TherapyResponse>(CaseLabels::therapyResponses());
    case Column::Contraindicated:
        return CellChoices::ofBool();
    case Column::Delivery:
        return CellChoices::ofEnum<Delivery>(CaseLabels::deliveries());
    case Column::Start:
    case Column::End:
    case Column::Sessions:
        break;
    }
    return {};
}

QString columnTitle(Column column)
{
    switch (column) {
    case Column::Type:
        return TherapyEpisodesModel::tr("Type");
    case Column::Start:
        return TherapyEpisodesModel::tr("Start");
    case Column::End:
        return TherapyEpisodesModel::tr("End");
    case Column::Sessions:
        return TherapyEpisodesModel::tr("Sessions");
    case Column::Response:
        return TherapyEpisodesModel::tr("Response");
    case Column::Contraindicated:
        return TherapyEpisodesModel::tr("Contraindicated");
    case Column::Delivery:
        return TherapyEpisodesModel::tr("Delivery");
    }
    return {};
}

QVariant readField(const TherapyEpisode& e, Column column)
{
    switch (column) {
    case Column::Type:
        return enumToString(e.type);
    case Column::Start:
        return CellValue::of(e.start);
    case Column::End:
        return CellValue::of(e.end);
    case Column::Sessions:
        return CellValue::of(e.sessions);
    case Column::Response:
        return CellValue::ofEnum(e.response);
    case Column::Contraindicated:
        return CellValue::of(e.contraindicated);
    case Column::Delivery:
        return CellValue::ofEnum(e.delivery);
    }
    return {};
}

bool writeField(TherapyEpisode& e, Column column, const QVariant& value)
{
    switch (column) {
    case Column::Type: {
        std::optional<TherapyType> type;
        if (!CellValue::toEnum(value, type) || !type)
            return false;
        e.type = *type;
        return true;
    }
    case Column::Start:
        return CellValue::toDate(value, e.start);
    case Column::End:
        return CellValue::toDate(value, e.end);
    case Column::Sessions:
        return CellValue::toInteger(value, e.sessions, 0, 100000);
    case Column::Response:
        return CellValue::toEnum(value, e.response);
    case Column::Contraindicated:
        return CellValue::toBool(value, e.contraindicated);
    case Column::Delivery:
        return CellValue::toEnum(value, e.delivery);
    }
    return false;
}

QString displayText(const TherapyEpisode& e, Column column)
{
    const QVariant value = readField(e, column);
    switch (column) {
    case Column::Start:
        return e.start ? e.start->toString(Qt::ISODate) : QString();
    case Column::End:
        // The format reads a missing end as care still going on at the review date.
        return e.end ? e.end->toString(Qt::ISODate) : TherapyEpisodesModel::tr("ongoing");
    case Column::Sessions:
        return CellValue::numberText(value);
    default:
        return choicesFor(column).labelOf(value);
    }
}

} // namespace

TherapyEpisodesModel::TherapyEpisodesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TherapyEpisodesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_episodes.size());
}

int TherapyEpisodesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant TherapyEpisodesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const auto column = static_cast<Column>(index.column());
    const TherapyEpisode& episode = m_episodes[index.row()];
    const QString text = displayText(episode, column);
    QString spoken = tr("Episode %1, %2: %3")
                         .arg(index.row() + 1)
                         .arg(columnTitle(column), text.isEmpty() ? tr("not documented") : text);
    if (column == Column::End && !episode.end)
        spoken = tr("Episode %1, end: no end date, counted as ongoing at the review date").arg(index.row() + 1);
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
        return readField(episode, column);
    case ChoiceLabelsRole:
        return choicesFor(column).isEmpty() ? QVariant() : QVariant(choicesFor(column).labels);
    case ChoiceValuesRole:
        return choicesFor(column).isEmpty() ? QVariant() : QVariant(choicesFor(column).values);
    default:
        return {};
    }
}

QVariant TherapyEpisodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < kColumnCount ? QVariant(columnTitle(static_cast<Column>(section)))
                                                      : QVariant();
    if (section < 0 || section >= m_episodes.size())
        return {};
    return role == Qt::DisplayRole ? QString::number(section + 1) : tr("Episode %1").arg(section + 1);
}

Qt::ItemFlags TherapyEpisodesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TherapyEpisodesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    const auto column = static_cast<Column>(index.column());
    TherapyEpisode updated = m_episodes[index.row()];
    if (!writeField(updated, column, value))
        return false;
    if (readField(updated, column) == readField(m_episodes[index.row()], column))
        return true;
    m_episodes[index.row()] = updated;
    emit dataChanged(index, index);
    emit episodesEdited(u"[%1].%2"_s.arg(index.row()).arg(fieldName(column)));
    return true;
}

bool TherapyEpisodesModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_episodes.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_episodes.insert(row, count, TherapyEpisode{});
    endInsertRows();
    emit episodesEdited({});
    return true;
}

bool TherapyEpisodesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_episodes.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_episodes.remove(row, count);
    endRemoveRows();
    emit episodesEdited({});
    return true;
}

void TherapyEpisodesModel::setEpisodes(const QList<TherapyEpisode>& episodes)
{
    beginResetModel();
    m_episodes = episodes;
    m_issues.clear();
    endResetModel();
}

QStringList TherapyEpisodesModel::setIssues(const ValidationIssues& issues, const QString& basePath)
{
    CellIssues marks;
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        const std::optional<IndexedPath> path = IndexedPath::parse(issue.path, basePath);
        if (!path || path->index >= m_episodes.size()) {
            if (IndexedPath::within(issue.path, basePath))
                lines.append(ResultTexts::phrase(issue.message));
            continue;
        }
        const Column column = columnOf(path->rest).value_or(Column::Type);
        marks.add(static_cast<int>(path->index), static_cast<int>(column), ResultTexts::phrase(issue.message));
        // The core's messages mostly start with the member they are about ("end … is before start …").
        const bool named = path->rest.isEmpty() || issue.message.startsWith(path->rest);
        lines.append(tr("Episode %1: %2")
                         .arg(path->index + 1)
                         .arg(named ? ResultTexts::phrase(issue.message)
                                    : path->rest + u": "_s + ResultTexts::phrase(issue.message)));
    }
    if (marks != m_issues) {
        m_issues = marks;
        if (!m_episodes.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
    }
    return lines;
}

QString TherapyEpisodesModel::fieldName(Column column)
{
    switch (column) {
    case Column::Type:
        return u"type"_s;
    case Column::Start:
        return u"start"_s;
    case Column::End:
        return u"end"_s;
    case Column::Sessions:
        return u"sessions"_s;
    case Column::Response:
        return u"response"_s;
    case Column::Contraindicated:
        return u"contraindicated"_s;
    case Column::Delivery:
        return u"delivery"_s;
    }
    return {};
}

std::optional<Column> TherapyEpisodesModel::columnOf(const QString& fieldPath)
{
    const QString member = fieldPath.section(QLatin1Char('.'), 0, 0);
    for (int c = 0; c < kColumnCount; ++c) {
        if (fieldName(static_cast<Column>(c)) == member)
            return static_cast<Column>(c);
    }
    return std::nullopt;
}

} // namespace spinereview
