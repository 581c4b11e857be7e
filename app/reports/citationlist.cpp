// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/citationlist.h"

#include "core/criteria/evidencecitation.h"

namespace spinereview {

using namespace Qt::StringLiterals;

CitationList::CitationList(std::shared_ptr<const EvidenceLibrary> library)
    : m_library(std::move(library))
{}

QString CitationList::cite(const QStringList& ids)
{
    QStringList numbers;
    for (const QString& id : ids) {
        qsizetype at = m_ids.indexOf(id);
        if (at < 0) {
            m_ids.append(id);
            at = m_ids.size() - 1;
        }
        numbers.append(QString::number(at + 1));
    }
    return numbers.isEmpty() ? QString() : u'[' + numbers.join(u", "_s) + u']';
}

QStringList CitationList::references() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const EvidenceEntry* entry = m_library ? m_library->find(m_ids[i]) : nullptr;
        QString text = entry ? EvidenceCitation::reference(*entry)
                             : tr("%1 (not in the evidence library of this installation).").arg(m_ids[i]);
        if (entry && !entry->confidence.isEmpty())
            text = u'[' + entry->confidence + u"] "_s + text;
        out.append(u"[%1] "_s.arg(i + 1) + text);
    }
    return out;
}

QString CitationList::legend()
{
    return tr("Confidence of each citation, as the evidence library records it: [C] confirmed against the primary "
              "document; [S] seen only in secondary summaries; [M] unverified, not confirmed against a source.");
}

} // namespace spinereview
