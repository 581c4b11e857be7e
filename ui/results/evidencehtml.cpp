// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/evidencehtml.h"

#include "core/criteria/evidencecitation.h"
#include "core/i18n/criteriatexts.h"

#include <QColor>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString& label, const QString& text)
{
    if (text.isEmpty())
        return {};
    return u"<p><b>"_s + esc(label) + u"</b> "_s + esc(text) + u"</p>"_s;
}

// A word on a coloured chip: the colour is a hint (§1.6), the word carries the meaning.
QString chip(const QString& word, const QColor& background, const QColor& foreground)
{
    return u"<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>"_s.arg(
        background.name(), foreground.name(), esc(word));
}

QColor badgeColour(const QString& badge)
{
    if (badge == "strong"_L1)
        return QColor(0x2e, 0x7d, 0x32);
    if (badge == "moderate"_L1)
        return QColor(0x00, 0x79, 0x6b);
    if (badge == "weak"_L1)
        return QColor(0xf9, 0xa8, 0x25);
    if (badge == "policy"_L1)
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x75, 0x75, 0x75);
}

QString identifiers(const QJsonObject& ids)
{
    QStringList parts = EvidenceCitation::identifiers(ids);
    for (QString& part : parts)
        part = esc(part);
    return parts.join(u" · "_s);
}

QString citedTitle(const EvidenceLibrary& library, const QString& id)
{
    const EvidenceEntry* entry = library.find(id);
    return esc(entry ? EvidenceCitation::title(*entry) : id);
}

} // namespace

QString EvidenceHtml::badgeWord(const QString& badge)
{
    if (badge == "strong"_L1)
        return tr("Strong");
    if (badge == "moderate"_L1)
        return tr("Moderate");
    if (badge == "weak"_L1)
        return tr("Weak");
    if (badge == "insufficient"_L1)
        return tr("Insufficient");
    if (badge == "policy"_L1)
        return tr("Policy");
    if (badge == "consensus"_L1)
        return tr("Consensus");
    return tr("Not graded");
}

QString EvidenceHtml::confidenceText(const QString& confidence)
{
    if (confidence == "C"_L1)
        return tr("[C] Confirmed against the primary document.");
    if (confidence == "S"_L1)
        return tr("[S] Seen only in secondary summaries — verify against current source.");
    if (confidence == "M"_L1)
        return tr("[M] Unverified — from general knowledge, not confirmed against a source.");
    return tr("No confidence tag.");
}

QString EvidenceHtml::placeholder(const QString& text)
{
    return u"<p><i>"_s + esc(text) + u"</i></p>"_s;
}

QString EvidenceHtml::entry(const EvidenceEntry& entry, const EvidenceLibrary& library)
{
    QString html;
    if (!entry.traced) {
        html += u"<h4>"_s + esc(tr("Founding-review claim")) + u"</h4>"_s;
        html += u"<p>"_s + chip(tr("Could not be verified"), QColor(0x42, 0x42, 0x42), Qt::white) + u"</p>"_s;
        html += paragraph(tr("Claimed:"), entry.claim);
        html += paragraph(tr("Audit:"), entry.audit);
        html += paragraph(tr("Source:"), entry.source);
        html += paragraph(tr("Uncertainties:"), entry.uncertainties);
    } else {
        html += u"<h4>"_s + esc(entry.title) + u"</h4>"_s;
        QStringList byline;
        if (!entry.authors.isEmpty())
            byline.append(esc(entry.authors));
        if (!entry.source.isEmpty())
            byline.append(u"<i>"_s + esc(entry.source) + u"</i>"_s);
        if (entry.year)
            byline.append(QString::number(*entry.year));
        if (!byline.isEmpty())
            html += u"<p>"_s + byline.join(u". "_s) + u".</p>"_s;
        const QString ids = identifiers(entry.identifiers);
        if (!ids.isEmpty())
            html += u"<p>"_s + ids + u"</p>"_s;
        const QColor colour = badgeColour(entry.badge);
        html += u"<p>"_s +
                chip(badgeWord(entry.badge), colour, entry.badge == "weak"_L1 ? QColor(0x3e, 0x27, 0x23) : Qt::white);
        if (entry.badge == "policy"_L1)
            html += u" "_s + esc(tr("A payer's contractual rule, not an evidence grade."));
        else if (!entry.grade.isEmpty())
            html += u" "_s + esc(tr("Source's grade: %1").arg(entry.grade));
        html += u"</p>"_s;
        html += u"<p><b>"_s + esc(confidenceText(entry.confidence)) + u"</b></p>"_s;
        html += paragraph(tr("Key finding:"), entry.keyFinding);
        html += paragraph(tr("Uncertainties:"), entry.uncertainties);
    }
    if (!entry.relatedEvidence.isEmpty()) {
        QStringList related;
        for (const QString& id : entry.relatedEvidence)
            related.append(citedTitle(library, id));
        html += u"<p><b>"_s + esc(tr("Related:")) + u"</b> "_s + related.join(u"; "_s) + u"</p>"_s;
    }
    html += u"<p><small>"_s + esc(tr("Library entry %1").arg(entry.id)) + u"</small></p>"_s;
    return html;
}

QString EvidenceHtml::criterion(const CriterionNode& node, std::optional<Level> level, const EvidenceLibrary& library)
{
    const QString text = CriteriaTexts::text(node, level);
    QString html = u"<h3>"_s + esc(tr("Evidence — %1").arg(text)) + u"</h3>"_s;
    html += paragraph(tr("About this criterion:"), CriteriaTexts::note(node));
    if (node.evidence.isEmpty())
        html += placeholder(tr("This criterion cites no evidence of its own; its parts may."));

    for (const QString& id : node.evidence) {
        html += u"<hr/>"_s;
        if (const EvidenceEntry* entry = library.find(id))
            html += EvidenceHtml::entry(*entry, library);
        else
            html += placeholder(tr("Evidence %1 is not in the evidence library.").arg(id));
    }

    for (const EvidenceConflict& conflict : library.conflicts()) {
        const bool involved =
            std::any_of(conflict.positions.cbegin(), conflict.positions.cend(), [&node](const auto& p) {
                return std::any_of(p.second.cbegin(), p.second.cend(),
                                   [&node](const QString& id) { return node.evidence.contains(id); });
            });
        if (!involved)
            continue;
        html += u"<hr/><h4>"_s + esc(tr("Where sources disagree: %1").arg(conflict.topic)) + u"</h4><ul>"_s;
        for (const auto& [summary, ids] : conflict.positions) {
            QStringList cited;
            for (const QString& id : ids)
                cited.append(citedTitle(library, id));
            html += u"<li>"_s + esc(summary);
            if (!cited.isEmpty())
                html += u" <small>("_s + cited.join(u"; "_s) + u")</small>"_s;
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

} // namespace spinereview
