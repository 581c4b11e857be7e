// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole desk on a database, as main() assembles it: the desk of testing::DeskFixture with the
// stored-review workflow attached.
#include "deskfixture.h"
#include "review/reviewworkflow.h"
#include "storage/database.h"

namespace testing {

struct StoredDesk : DeskFixture
{
    explicit StoredDesk(const spinereview::Database& database)
        : workflow(
              new spinereview::ReviewWorkflow(document, evaluation, database, settings, *window.fileActions(), &window))
    {
        window.attachReviews(*workflow);
    }

    spinereview::ReviewWorkflow* workflow; // the window's child
};

} // namespace testing
