// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace testing {

// What ../shared/criteria-reference.md says the seed case (tests/data/cases/seed-l5s1-revision.json) must
// get under each bundled set: "component=status" in request order, status as the result format spells it.
// Written out here, never computed, so every test that checks the seed checks it against the reference.
inline QStringList seedDeterminations(const QString& setId)
{
    if (setId == QLatin1String("reference") || setId == QLatin1String("payer-cmm609")) {
        const bool payer = setId == QLatin1String("payer-cmm609");
        return {QStringLiteral("decompression=met"),
                QStringLiteral("fusion=incomplete"),
                QStringLiteral("instrumentation=incomplete"),
                QStringLiteral("interbody=incomplete"),
                payer ? QStringLiteral("bone_marrow_aspirate=incomplete")
                      : QStringLiteral("bone_marrow_aspirate=not_met"),
                QStringLiteral("bmp=not_met"),
                QStringLiteral("allograft=incomplete"),
                QStringLiteral("cement_augmentation=incomplete")};
    }
    if (setId == QLatin1String("founding-review")) {
        return {QStringLiteral("decompression=met"),
                QStringLiteral("fusion=met"),
                QStringLiteral("instrumentation=met"),
                QStringLiteral("interbody=met"),
                QStringLiteral("bone_marrow_aspirate=not_met"),
                QStringLiteral("bmp=met"),
                QStringLiteral("allograft=met"),
                QStringLiteral("cement_augmentation=incomplete")};
    }
    return {};
}

} // namespace testing
