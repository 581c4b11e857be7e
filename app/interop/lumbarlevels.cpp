// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/lumbarlevels.h"

#include <QRegularExpression>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// L1 … L5 are 0 … 4, S1 is 5: a level is a pair of neighbours, named by its upper vertebra.
int vertebra(QStringView name)
{
    if (name.compare(u"S1", Qt::CaseInsensitive) == 0)
        return 5;
    return name.right(1).toInt() - 1;
}

} // namespace

LumbarLevelsInText LumbarLevels::find(const QString& text)
{
    // "L4-L5", "L4–5", "L4/L5", "L5-S1", "L5 S1": an upper lumbar vertebra, a separator, the one below.
    static const QRegularExpression pair(u"\\b(L[1-5])\\s*(?:-|\u2013|/|\\s|to)\\s*(L?[1-5]|S1)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    LumbarLevelsInText out;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int upper = vertebra(match.capturedView(1));
        const int lower = vertebra(match.capturedView(2));
        if (lower == upper + 1) {
            const auto level = static_cast<Level>(upper);
            if (!out.levels.contains(level))
                out.levels.append(level);
        } else if (lower > upper + 1) {
            out.ambiguous.append(match.captured(0));
        }
    }
    return out;
}

} // namespace spinereview
