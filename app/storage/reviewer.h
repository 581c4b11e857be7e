// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewenums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace spinereview {

// A person who reads or decides reviews.
struct Reviewer
{
    qint64 ref = 0;
    QString name;
    ReviewerRole role = ReviewerRole::NurseReviewer;
    QDateTime createdAt;
};

// Who makes a change, as the audit log records it and the review rules judge it: a reviewer, or a program
// acting for the user who started it (`spinereview db import`), which has no role.
struct Actor
{
    QString name;
    std::optional<ReviewerRole> role;
    std::optional<qint64> reviewerRef;

    static Actor of(const Reviewer& reviewer) { return {reviewer.name, reviewer.role, reviewer.ref}; }
    static Actor program(const QString& name) { return {name, std::nullopt, std::nullopt}; }
};

} // namespace spinereview
