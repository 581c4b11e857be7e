// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"
#include "core/criteria/status.h"
#include "storage/reviewenums.h"

#include <QCoreApplication>
#include <QString>

namespace spinereview {

// The values a storage message names inside a sentence — a component, a determination, a review's status — in
// the installed language. Their English is the case format's spelling ("bone_marrow_aspirate", "not_met",
// "in_review"), which the command line has always printed and scripts may match; the desk, which installs a
// translation, shows a word of its language instead of the id.
class StorageWords
{
    Q_DECLARE_TR_FUNCTIONS(StorageWords)

public:
    static QString component(Component component);
    static QString status(Status status);
    static QString reviewStatus(ReviewStatus status);
};

} // namespace spinereview
