// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/status.h"

namespace spinereview {

QString statusName(Status status)
{
    switch (status) {
    case Status::Met:
        return QStringLiteral("met");
    case Status::NotMet:
        return QStringLiteral("not_met");
    case Status::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

QString statusWord(Status status)
{
    return status == Status::NotMet ? QStringLiteral("not met") : statusName(status);
}

QString statusMark(Status status)
{
    const char16_t symbol = status == Status::Met ? u'✔' : (status == Status::NotMet ? u'✖' : u'?');
    return QChar(symbol) + QStringLiteral(" ") + statusWord(status);
}

std::optional<Status> statusFromName(QStringView name)
{
    for (Status status : {Status::Met, Status::NotMet, Status::Incomplete}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace spinereview
