// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

namespace spinereview {

// The documents that leave the desk: the review summary for the file and the payer, the letter of medical
// necessity for the surgeon's office to sign, and the request for information to the requesting provider.
enum class ReportKind { Summary, Letter, RequestForInformation };

// As the command line spells them (`--kind summary|letter|rfi`).
template <> struct EnumNames<ReportKind>
{
    static constexpr std::array names{"summary", "letter", "rfi"};
};

} // namespace spinereview
