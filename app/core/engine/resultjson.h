// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/evaluationresult.h"

#include <QJsonObject>

namespace spinereview {

// spinereview-result/1 and spinereview-comparison/1, as case-format.md specifies them.
namespace ResultJson {

inline constexpr QLatin1StringView engineVersion{SPINEREVIEW_VERSION};

QJsonObject toJson(const EvaluationResult& result);
QJsonObject comparison(const QList<EvaluationResult>& results);

} // namespace ResultJson

} // namespace spinereview
