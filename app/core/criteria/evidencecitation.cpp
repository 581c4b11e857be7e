// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/criteria/evidencecitation.h"

#include <QJsonValue>

namespace spinereview {

using namespace Qt::StringLiterals;

QStringList EvidenceCitation::identifiers(const QJsonObject& identifiers)
{
    // Text only: the app is offline, and a reviewer copies these into their own tools.
    static const std::pair<QLatin1StringView, QLatin1StringView> labels[] = {
        {"pmid"_L1, "PMID"_L1}, {"doi"_L1, "DOI"_L1}, {"policy"_L1, "Policy"_L1},
        {"nct"_L1, "NCT"_L1},   {"pmc"_L1, "PMC"_L1}, {"url"_L1, "URL"_L1}};
    QStringList parts;
    for (const auto& [key, label] : labels) {
        const QJsonValue value = identifiers.value(key);
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toString();
        if (!text.isEmpty())
            parts.append(label + u' ' + text);
    }
    return parts;
}

QString EvidenceCitation::title(const EvidenceEntry& entry)
{
    return entry.traced ? entry.title : tr("founding-review claim (could not be verified)");
}

QString EvidenceCitation::reference(const EvidenceEntry& entry)
{
    if (!entry.traced) {
        QString text = tr("Founding-review claim, could not be verified: %1").arg(entry.claim);
        if (!entry.audit.isEmpty())
            text += u' ' + tr("Audit: %1").arg(entry.audit);
        return text;
    }
    QStringList parts;
    for (const QString& part : {entry.authors, entry.title, entry.source}) {
        QString trimmed = part.trimmed();
        while (trimmed.endsWith(u'.'))
            trimmed.chop(1);
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    if (entry.year && !entry.source.contains(QString::number(*entry.year)))
        parts.append(QString::number(*entry.year));
    const QStringList ids = identifiers(entry.identifiers);
    if (!ids.isEmpty())
        parts.append(ids.join(u" · "_s));
    return parts.join(u". "_s) + u'.';
}

} // namespace spinereview
