// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/mappingreport.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

QString MappingEntry::toString(const QString& file) const
{
    QString out = (file.isEmpty() ? u"<input>"_s : file) + u": "_s;
    if (!source.isEmpty())
        out += source + u": "_s;
    switch (outcome) {
    case Outcome::Mapped:
        out += u"mapped to "_s + casePath;
        break;
    case Outcome::MappedByText:
        out += u"mapped by text to "_s + casePath;
        break;
    case Outcome::NotMapped:
        out += u"not mapped ("_s + enumToString(reason) + u')';
        break;
    }
    if (!resource.isEmpty() || !detail.isEmpty())
        out += u": "_s;
    if (!resource.isEmpty())
        out += resource + (detail.isEmpty() ? QString() : u", "_s);
    return out + detail;
}

MappingReport::MappingReport(const QString& fileName)
    : m_fileName(fileName)
{}

qsizetype MappingReport::count(MappingEntry::Outcome outcome) const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [outcome](const MappingEntry& entry) { return entry.outcome == outcome; });
}

QList<MappingEntry> MappingReport::entriesInFileOrder() const
{
    // "$.entry[12].resource…" → 12; the bundle's own elements ($.id) come first.
    const auto entryIndex = [](const MappingEntry& entry) {
        const QLatin1StringView prefix("$.entry[");
        if (!entry.source.startsWith(prefix))
            return -1;
        const qsizetype end = entry.source.indexOf(u']', prefix.size());
        return QStringView(entry.source).mid(prefix.size(), end - prefix.size()).toInt();
    };
    QList<MappingEntry> out = m_entries;
    std::stable_sort(out.begin(), out.end(), [&entryIndex](const MappingEntry& a, const MappingEntry& b) {
        return entryIndex(a) < entryIndex(b);
    });
    return out;
}

QList<MappingEntry> MappingReport::entriesFor(const QString& casePath) const
{
    QList<MappingEntry> out;
    for (const MappingEntry& entry : m_entries) {
        const QStringView rest = QStringView(entry.casePath).mid(qMin(casePath.size(), entry.casePath.size()));
        if (entry.casePath.startsWith(casePath) && (rest.isEmpty() || rest.front() == u'.' || rest.front() == u'['))
            out.append(entry);
    }
    return out;
}

void MappingReport::mapped(const QString& resource, const QString& source, const QString& casePath,
                           const QString& detail)
{
    m_entries.append({MappingEntry::Outcome::Mapped, NotMappedReason::NoField, source, resource, casePath, detail});
}

void MappingReport::mappedByText(const QString& resource, const QString& source, const QString& casePath,
                                 const QString& detail)
{
    m_entries.append(
        {MappingEntry::Outcome::MappedByText, NotMappedReason::NoField, source, resource, casePath, detail});
}

void MappingReport::notMapped(const QString& resource, const QString& source, NotMappedReason reason,
                              const QString& detail)
{
    m_entries.append({MappingEntry::Outcome::NotMapped, reason, source, resource, QString(), detail});
}

QString MappingReport::toText() const
{
    QString out;
    const QList<MappingEntry> entries = entriesInFileOrder();
    const auto section = [&](const QString& title, auto&& keep) {
        QStringList lines;
        for (const MappingEntry& entry : entries) {
            if (keep(entry))
                lines.append(u"  "_s + entry.toString(m_fileName));
        }
        if (!lines.isEmpty())
            out += title.arg(lines.size()) + u'\n' + lines.join(u'\n') + u'\n';
    };
    section(u"Mapped (%1):"_s, [](const MappingEntry& e) { return e.outcome != MappingEntry::Outcome::NotMapped; });
    section(u"Not mapped (%1):"_s, [](const MappingEntry& e) { return e.outcome == MappingEntry::Outcome::NotMapped; });
    return out + summary() + u'\n';
}

QString MappingReport::summary() const
{
    return u"%1 mapped (%2 by text), %3 not mapped."_s
        .arg(count(MappingEntry::Outcome::Mapped) + count(MappingEntry::Outcome::MappedByText))
        .arg(count(MappingEntry::Outcome::MappedByText))
        .arg(count(MappingEntry::Outcome::NotMapped));
}

} // namespace spinereview
