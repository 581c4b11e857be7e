// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <functional>
#include <optional>
#include <vector>

namespace spinereview {

// The records that would settle a result's incomplete determinations, by the component and level each
// settles: what the desk's request for information and the printed one list.
namespace MissingDocumentation {

// The records one component needs at one level (no level: the case, or records no level's tree claims).
struct Group
{
    Component component = Component::Fusion;
    std::optional<Level> level;
    QStringList records;
};

// A group as a request writes it. The components that follow fusion ask for fusion's records again: a group
// whose level an earlier section already asked every record of names that section's component instead.
struct Section
{
    Component component = Component::Fusion;
    std::optional<Level> level;
    std::optional<Component> recordsOf; // the records asked for this earlier component are needed here too
    QStringList records;                // the records to list, besides those
};

// The engine lists a component's records for all its levels together; each level's tree is asked again so
// that a request can say which level a record settles. Records no tree claims keep the component alone.
std::vector<Group> groups(const EvaluationResult& result);

// The sections of a request for the records `outstanding` keeps (all of them without it), in the groups'
// order; a group with nothing outstanding is left out.
std::vector<Section> sections(const std::vector<Group>& groups,
                              const std::function<bool(const QString&)>& outstanding = {});

} // namespace MissingDocumentation

} // namespace spinereview
