// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/missingdocumentation.h"

#include "core/engine/outcomesummary.h"

#include <algorithm>

namespace spinereview {

namespace MissingDocumentation {

std::vector<Group> groups(const EvaluationResult& result)
{
    const auto missingOf = [&result](Component component) {
        const ComponentOutcome* outcome = result.component(component);
        return outcome ? outcome->missing : QStringList();
    };
    std::vector<Group> out;
    for (const ComponentOutcome& outcome : result.components) {
        QStringList claimed;
        for (const CriterionOutcome& tree : outcome.criteria) {
            QStringList records;
            OutcomeSummary::collectMissing(tree, missingOf, records);
            if (!records.isEmpty())
                out.push_back({outcome.component, tree.level, records});
            claimed += records;
        }
        QStringList rest;
        for (const QString& record : outcome.missing) {
            if (!claimed.contains(record))
                rest.append(record);
        }
        if (!rest.isEmpty())
            out.push_back({outcome.component, std::nullopt, rest});
    }
    return out;
}

std::vector<Section> sections(const std::vector<Group>& groups, const std::function<bool(const QString&)>& outstanding)
{
    struct Written
    {
        const Group* group;
        QStringList records;
    };
    std::vector<Written> written;
    std::vector<Section> out;
    for (const Group& group : groups) {
        QStringList records;
        for (const QString& record : group.records) {
            if (!outstanding || outstanding(record))
                records.append(record);
        }
        if (records.isEmpty())
            continue;
        const auto covers = [&group, &records](const Written& earlier) {
            return earlier.group->level == group.level &&
                   std::all_of(earlier.records.cbegin(), earlier.records.cend(),
                               [&records](const QString& record) { return records.contains(record); });
        };
        const auto earlier = std::find_if(written.cbegin(), written.cend(), covers);
        Section section{group.component, group.level, std::nullopt, {}};
        if (earlier == written.cend()) {
            section.records = records;
        } else {
            section.recordsOf = earlier->group->component;
            for (const QString& record : records) {
                if (!earlier->records.contains(record))
                    section.records.append(record);
            }
        }
        out.push_back(std::move(section));
        written.push_back({&group, records});
    }
    return out;
}

} // namespace MissingDocumentation

} // namespace spinereview
