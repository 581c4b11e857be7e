// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spinereview {

// The exit statuses of every command (case-format.md).
enum class ExitStatus : int {
    Done = 0,           // whatever the determinations
    Usage = 1,          // unknown option, unknown criteria id
    BadInput = 2,       // a case file (or other input) that cannot be read or does not follow its format
    CriteriaFailed = 3, // criteria that cannot be loaded
    VerifyFailed = 4,   // a verification that failed (criteria check, audit verify, db check)
    DatabaseFailed = 5, // a database that cannot be opened, read or written: damaged, from a newer version,
                        // not SpineReview's, a server that does not answer, a conflicting save
};

} // namespace spinereview
