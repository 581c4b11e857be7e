// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/missingdocumentsmodel.h"

#include "core/engine/outcomesummary.h"
#include "editors/caselabels.h"

#include <QFont>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

MissingDocumentsModel::MissingDocumentsModel(QObject* parent)
    : QAbstractListModel(parent)
{}

QString MissingDocumentsModel::where(Component component, const std::optional<Level>& level)
{
    return level ? tr("%1 at %2").arg(CaseLabels::component(component), enumToString(*level))
                 : CaseLabels::component(component);
}

void MissingDocumentsModel::setResult(const EvaluationResult& result)
{
    // The engine lists a component's records for all its levels together; each level's tree is asked
    // again so the request can say which level a record settles. Records no tree claims keep the
    // component without a level.
    const auto missingOf = [&result](Component component) {
        const ComponentOutcome* outcome = result.component(component);
        return outcome ? outcome->missing : QStringList();
    };
    std::vector<Group> groups;
    for (const ComponentOutcome& outcome : result.components) {
        QStringList claimed;
        for (const CriterionOutcome& tree : outcome.criteria) {
            QStringList records;
            OutcomeSummary::collectMissing(tree, missingOf, records);
            if (!records.isEmpty())
                groups.push_back({outcome.component, tree.level, records});
            claimed += records;
        }
        QStringList rest;
        for (const QString& record : outcome.missing) {
            if (!claimed.contains(record))
                rest.append(record);
        }
        if (!rest.isEmpty())
            groups.push_back({outcome.component, std::nullopt, rest});
    }
    std::vector<Request> requests;
    for (const Group& group : groups) {
        for (const QString& record : group.records) {
            auto found = std::find_if(requests.begin(), requests.end(),
                                      [&record](const Request& request) { return request.record == record; });
            if (found == requests.end())
                found = requests.insert(requests.end(), Request{record, {}});
            found->settles.append(where(group.component, group.level));
        }
    }

    const bool sameCase = result.caseId == m_caseId;
    const bool sameRows = std::equal(requests.cbegin(), requests.cend(), m_requests.cbegin(), m_requests.cend(),
                                     [](const Request& a, const Request& b) { return a.record == b.record; });
    // Re-evaluation runs on every keystroke; a reset only when the rows change keeps the view's place.
    if (!sameRows)
        beginResetModel();
    if (!sameCase)
        m_ticked.clear();
    m_caseId = result.caseId;
    m_reviewDate = result.reviewDate;
    m_set = result.criteriaSet;
    m_groups = std::move(groups);
    m_requests = std::move(requests);
    if (!sameRows)
        endResetModel();
    else if (!m_requests.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

QStringList MissingDocumentsModel::outstandingRecords() const
{
    QStringList out;
    for (const Request& request : m_requests) {
        if (!m_ticked.contains(request.record))
            out.append(request.record);
    }
    return out;
}

QString MissingDocumentsModel::requestForInformation() const
{
    QStringList lines;
    lines << tr("Request for additional information") << QString();
    lines << tr("Case: %1").arg(m_caseId.isEmpty() ? tr("(no case id)") : m_caseId);
    lines << tr("Review date: %1").arg(m_reviewDate.isValid() ? m_reviewDate.toString(Qt::ISODate) : tr("(none)"));
    if (m_set) {
        const CriteriaSetInfo& info = m_set->info;
        lines << tr("Criteria: %1, version %2 (sha256 %3…)").arg(info.title, info.version, info.sha256.left(12));
    }
    lines << QString();

    // The components that follow fusion ask for fusion's records again; say so rather than repeat them.
    std::vector<std::pair<const Group*, QStringList>> written;
    for (const Group& group : m_groups) {
        QStringList records;
        for (const QString& record : group.records) {
            if (!m_ticked.contains(record))
                records.append(record);
        }
        if (records.isEmpty())
            continue;
        const auto covers = [&group, &records](const std::pair<const Group*, QStringList>& earlier) {
            return earlier.first->level == group.level &&
                   std::all_of(earlier.second.cbegin(), earlier.second.cend(),
                               [&records](const QString& record) { return records.contains(record); });
        };
        const auto earlier = std::find_if(written.cbegin(), written.cend(), covers);
        const QString heading = tr("To settle %1:").arg(where(group.component, group.level));
        if (earlier == written.cend()) {
            lines << heading;
            for (const QString& record : records)
                lines << u"  - "_s + record;
        } else if (earlier->second.size() == records.size()) {
            lines << heading + u' ' +
                         tr("the same records as for %1.").arg(CaseLabels::component(earlier->first->component));
        } else {
            lines << heading + u' ' +
                         tr("the records for %1, and").arg(CaseLabels::component(earlier->first->component));
            for (const QString& record : records) {
                if (!earlier->second.contains(record))
                    lines << u"  - "_s + record;
            }
        }
        lines << QString();
        written.emplace_back(&group, records);
    }
    const bool any = !written.empty();
    if (!any)
        lines << tr("No records are outstanding.") << QString();
    lines << tr("Generated by SpineReview decision support for a qualified reviewer, who decides. It asks for "
                "documentation and is not a determination.");
    return lines.join(u'\n') + u'\n';
}

int MissingDocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

QVariant MissingDocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Request& request = m_requests[static_cast<std::size_t>(index.row())];
    const bool ticked = m_ticked.contains(request.record);
    switch (role) {
    case Qt::DisplayRole:
    case RecordRole:
        return request.record;
    case Qt::CheckStateRole:
        return ticked ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return QString(tr("Settles: %1").arg(request.settles.join(u"; "_s)) + u'\n' +
                       (ticked ? tr("Ticked off: left out of the request for information.")
                               : tr("Tick it off once requested or received.")));
    case Qt::AccessibleTextRole:
        return ticked ? tr("%1 (ticked off)").arg(request.record) : request.record;
    case Qt::AccessibleDescriptionRole:
        return tr("Settles: %1").arg(request.settles.join(u"; "_s));
    case Qt::FontRole: {
        QFont font;
        font.setStrikeOut(ticked);
        return font;
    }
    case SettlesRole:
        return request.settles;
    default:
        return {};
    }
}

bool MissingDocumentsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString& record = m_requests[static_cast<std::size_t>(index.row())].record;
    if (static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked)
        m_ticked.insert(record);
    else
        m_ticked.remove(record);
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MissingDocumentsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace spinereview
