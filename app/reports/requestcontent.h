// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportinput.h"

#include <QCoreApplication>

namespace spinereview {

// The request for information to the requesting provider: the case's identifiers, when the determination is
// due where the case has a turnaround clock, and the records that would settle each incomplete component and
// level, in the engine's words. It asks for documentation and is not a determination.
class RequestContent
{
    Q_DECLARE_TR_FUNCTIONS(RequestContent)

public:
    static QString title();
    static QString html(const ReportInput& input);
};

} // namespace spinereview
