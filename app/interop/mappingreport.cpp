// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/mappingreport.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

QString notMappedReasonLabel(NotMappedReason reason)
{
    return QCoreApplication::translate("NotMappedReason",
                                       EnumNames<NotMappedReason>::names.at(static_cast<std::size_t>(reason)));
}

QString MappingEntry::toString(const QString& file) const
{
    // "<input>" names standard input, as the command line reads it; the separators are the command line's form
    // of a message and are not translated.
    QString out = (file.isEmpty() ? u"<input>"_s : file) + u": "_s;
    if (!source.isEmpty())
        out += source + u": "_s;
    switch (outcome) {
    case Outcome::Mapped:
        //: %1 is a field of the case file such as patient.bmi, written as is
        out += tr("mapped to %1").arg(casePath);
        break;
    case Outcome::MappedByText:
        //: recognised by its words rather than by a code; %1 is a field of the case file such as patient.bmi
        out += tr("mapped by text to %1").arg(casePath);
        break;
    case Outcome::NotMapped:
        //: %1 is why, such as "missing value"
        out += tr("not mapped (%1)").arg(notMappedReasonLabel(reason));
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
    QStringList mapped;
    QStringList notMapped;
    for (const MappingEntry& entry : entriesInFileOrder())
        (entry.outcome == MappingEntry::Outcome::NotMapped ? notMapped : mapped)
            .append(u"  "_s + entry.toString(m_fileName));
    QString out;
    if (!mapped.isEmpty())
        //: the heading of the list of the elements of an imported file that were mapped into the case
        out += tr("Mapped (%n):", nullptr, static_cast<int>(mapped.size())) + u'\n' + mapped.join(u'\n') + u'\n';
    if (!notMapped.isEmpty())
        //: the heading of the list of the elements of an imported file that were not mapped into the case
        out +=
            tr("Not mapped (%n):", nullptr, static_cast<int>(notMapped.size())) + u'\n' + notMapped.join(u'\n') + u'\n';
    return out + summary() + u'\n';
}

QString MappingReport::summary() const
{
    const qsizetype byText = count(MappingEntry::Outcome::MappedByText);
    //: elements of an imported file: %n mapped into the case, %1 of them recognised by their words rather than a
    //: code, %2 not mapped
    return tr("%n mapped (%1 by text), %2 not mapped.", nullptr,
              static_cast<int>(count(MappingEntry::Outcome::Mapped) + byText))
        .arg(byText)
        .arg(count(MappingEntry::Outcome::NotMapped));
}

} // namespace spinereview
