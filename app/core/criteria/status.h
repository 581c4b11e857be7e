// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace spinereview {

// A determination, and the three values of the engine's Kleene logic: not met ≙ false, met ≙ true,
// incomplete ≙ unknown (the documentation to decide is missing).
enum class Status { NotMet, Incomplete, Met };

namespace Kleene {

// `all`: not met if any is not met, else incomplete if any is incomplete, else met.
constexpr Status conjunction(Status a, Status b)
{
    return a < b ? a : b;
}

// `any`: met if any is met, else incomplete if any is incomplete, else not met.
constexpr Status disjunction(Status a, Status b)
{
    return a > b ? a : b;
}

constexpr Status negation(Status a)
{
    return a == Status::Met ? Status::NotMet : (a == Status::NotMet ? Status::Met : Status::Incomplete);
}

} // namespace Kleene

// "met", "not_met", "incomplete" — the result format's spelling.
QString statusName(Status status);
std::optional<Status> statusFromName(QStringView name);
// "met", "not met", "incomplete" — the words a reader sees in plain text and printed reports.
QString statusWord(Status status);
// "✔ met", "✖ not met", "? incomplete": a symbol beside the word, never colour alone.
QString statusMark(Status status);

} // namespace spinereview
