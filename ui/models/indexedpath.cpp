// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indexedpath.h"

namespace spinereview {

std::optional<IndexedPath> IndexedPath::parse(const QString& path, const QString& base)
{
    if (!path.startsWith(base) || path.size() <= base.size() || path.at(base.size()) != QLatin1Char('['))
        return std::nullopt;
    const qsizetype close = path.indexOf(QLatin1Char(']'), base.size() + 1);
    if (close < 0)
        return std::nullopt;
    bool ok = false;
    const qsizetype index = QStringView(path).mid(base.size() + 1, close - base.size() - 1).toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    if (close + 1 == path.size())
        return IndexedPath{index, {}};
    if (path.at(close + 1) != QLatin1Char('.'))
        return std::nullopt;
    return IndexedPath{index, path.mid(close + 2)};
}

bool IndexedPath::within(const QString& path, const QString& base)
{
    if (!path.startsWith(base))
        return false;
    if (path.size() == base.size())
        return true;
    const QChar next = path.at(base.size());
    return next == QLatin1Char('[') || next == QLatin1Char('.');
}

} // namespace spinereview
