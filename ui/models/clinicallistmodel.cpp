// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/clinicallistmodel.h"

#include "document/casedocument.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace spinereview {

using namespace Qt::StringLiterals;

ClinicalListModel::ClinicalListModel(CaseDocument& document, const QString& path, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_path(path)
{}

ClinicalListModel::ColumnSpec ClinicalListModel::choice(const QString& key, const QString& title,
                                                        const QStringList& names, const QStringList& labels)
{
    ColumnSpec spec;
    spec.kind = ColumnSpec::Kind::Choice;
    spec.key = key;
    spec.title = title;
    spec.names = names;
    spec.labels = labels;
    return spec;
}

ClinicalListModel::ColumnSpec ClinicalListModel::range(ColumnSpec::Kind kind, const QString& key, const QString& title,
                                                       double minimum, double maximum, int decimals)
{
    ColumnSpec spec;
    spec.kind = kind;
    spec.key = key;
    spec.title = title;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.decimals = decimals;
    return spec;
}

void ClinicalListModel::setDocumented(bool documented)
{
    if (documented == m_documented)
        return;
    const bool removingRows = !documented && m_rowCount > 0;
    if (removingRows)
        beginRemoveRows(QModelIndex(), 0, m_rowCount - 1);
    m_documented = documented;
    m_rowCount = 0;
    m_document.edit([&](SpineCase& c) { setListPresent(c, documented); }, m_path);
    if (removingRows)
        endRemoveRows();
    emit documentedChanged(m_documented);
}

void ClinicalListModel::reload()
{
    const qsizetype count = entryCount(m_document.spineCase());
    const bool documented = count >= 0;
    beginResetModel();
    m_rowCount = static_cast<int>(std::max<qsizetype>(count, 0));
    endResetModel();
    if (documented != m_documented) {
        m_documented = documented;
        emit documentedChanged(m_documented);
    }
}

int ClinicalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ClinicalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ClinicalListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SpineCase& c = m_document.spineCase();
    // Rows are counted when the list last changed here; a case swapped underneath is about to be reloaded.
    if (index.row() >= entryCount(c))
        return {};
    const QVariant value = entryValue(c, index.row(), index.column());
    switch (role) {
    case Qt::EditRole:
        return value;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(index.column(), value);
    case Qt::ForegroundRole:
        // "Not documented" is written out as words; the muted colour only sets it apart from values.
        return value.isValid() ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    default:
        return {};
    }
}

bool ClinicalListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    if (row >= entryCount(m_document.spineCase()) || !isAcceptable(column, value))
        return false;
    const QVariant current = entryValue(m_document.spineCase(), row, column);
    if (current == value && current.isValid() == value.isValid())
        return true;
    const QString origin = m_path + u'[' + QString::number(row) + u"]."_s + m_columns.at(column).key;
    m_document.edit([&](SpineCase& c) { setEntryValue(c, row, column, value); }, origin);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole, Qt::ForegroundRole});
    return true;
}

Qt::ItemFlags ClinicalListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ClinicalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::UserRole)
        return m_columns.at(section).key;
    return {};
}

bool ClinicalListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rowCount || count < 1)
        return false;
    const bool wasDocumented = m_documented;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    m_rowCount += count;
    m_documented = true;
    m_document.edit(
        [&](SpineCase& c) {
            setListPresent(c, true);
            insertEntries(c, row, count);
        },
        m_path);
    endInsertRows();
    if (!wasDocumented)
        emit documentedChanged(true);
    return true;
}

bool ClinicalListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rowCount)
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_rowCount -= count;
    m_document.edit([&](SpineCase& c) { removeEntries(c, row, count); }, m_path);
    endRemoveRows();
    return true;
}

QString ClinicalListModel::displayText(int column, const QVariant& value) const
{
    if (!value.isValid())
        return tr("Not documented");
    const ColumnSpec& spec = m_columns.at(column);
    switch (spec.kind) {
    case ColumnSpec::Kind::Choice: {
        const qsizetype at = spec.names.indexOf(value.toString());
        return at >= 0 ? spec.labels.value(at, spec.names.at(at)) : value.toString();
    }
    case ColumnSpec::Kind::Integer:
        return QString::number(value.toInt());
    case ColumnSpec::Kind::Number:
        return QLocale::c().toString(value.toDouble(), 'g', 10);
    case ColumnSpec::Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

bool ClinicalListModel::isAcceptable(int column, const QVariant& value) const
{
    if (!value.isValid())
        return true;
    const ColumnSpec& spec = m_columns.at(column);
    switch (spec.kind) {
    case ColumnSpec::Kind::Choice:
        return spec.names.contains(value.toString());
    case ColumnSpec::Kind::Integer:
    case ColumnSpec::Kind::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        const bool whole = spec.kind == ColumnSpec::Kind::Number || std::floor(number) == number;
        return ok && whole && number >= spec.minimum && number <= spec.maximum;
    }
    case ColumnSpec::Kind::Date:
        return value.toDate().isValid();
    }
    return false;
}

} // namespace spinereview
