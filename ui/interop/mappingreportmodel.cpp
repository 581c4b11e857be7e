// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/mappingreportmodel.h"

#include <QApplication>
#include <QStyle>

namespace spinereview {

MappingReportModel::MappingReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MappingReportModel::setReport(const MappingReport& report)
{
    beginResetModel();
    m_report = report;
    m_entries = report.entriesInFileOrder();
    endResetModel();
}

int MappingReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MappingReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingReportModel::outcomeText(const MappingEntry& entry)
{
    switch (entry.outcome) {
    case MappingEntry::Outcome::Mapped:
        return tr("Mapped");
    case MappingEntry::Outcome::MappedByText:
        return tr("Mapped by text");
    case MappingEntry::Outcome::NotMapped:
        break;
    }
    return tr("Not mapped: %1").arg(notMappedReasonLabel(entry.reason));
}

QVariant MappingReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return entry.toString(m_report.fileName());
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn) {
        // An icon beside the word, for scanning a long report.
        const QStyle::StandardPixmap icon =
            entry.outcome == MappingEntry::Outcome::Mapped         ? QStyle::SP_DialogApplyButton
            : entry.outcome == MappingEntry::Outcome::MappedByText ? QStyle::SP_MessageBoxInformation
                                                                   : QStyle::SP_MessageBoxWarning;
        return QApplication::style()->standardIcon(icon);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OutcomeColumn:
        return outcomeText(entry);
    case SourceColumn:
        return entry.source;
    case CaseFieldColumn:
        return entry.casePath;
    case DetailColumn:
        return entry.resource.isEmpty()
                   ? entry.detail
                   : entry.resource + (entry.detail.isEmpty() ? QString() : QStringLiteral(", ")) + entry.detail;
    default:
        return {};
    }
}

QVariant MappingReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case SourceColumn:
        return tr("In the bundle");
    case CaseFieldColumn:
        return tr("Case field");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace spinereview
