// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/caseenums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spinereview {

// A case as the database keeps it: the file as written, and the fields the worklist sorts and filters on.
struct StoredCase
{
    qint64 ref = 0;
    QString caseId;
    std::optional<QString> patientId;
    QList<Level> levels;
    std::optional<QString> payer;
    std::optional<Urgency> urgency; // nullopt: not stated (the standard clock runs)
    std::optional<QDateTime> receivedAt;
    std::optional<QDateTime> dueAt; // TurnaroundClock::dueAt of the two above
    QByteArray document;            // every byte of the case file as it was imported or saved
    QString documentSha256;
    QDateTime importedAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

// An earlier document of a case, kept when a newer one was saved over it.
struct CaseRevision
{
    int revision = 0;
    QByteArray document;
    QString documentSha256;
    QDateTime savedAt;
};

} // namespace spinereview
