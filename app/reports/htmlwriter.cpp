// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/htmlwriter.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Sizes in points, spacing in CSS pixels (a 96th of an inch): Qt scales both to the page's resolution.
constexpr QLatin1StringView styleSheet{
    "body { font-size: 10pt; }"
    "h1 { font-size: 16pt; margin-top: 0px; margin-bottom: 6px; }"
    "h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; }"
    "h3 { font-size: 10.5pt; margin-top: 9px; margin-bottom: 2px; }"
    "h4 { font-size: 10pt; margin-top: 6px; margin-bottom: 2px; }"
    "p { margin-top: 2px; margin-bottom: 3px; }"
    "p.small { font-size: 8.5pt; color: #404040; }"
    "p.criterion { margin-top: 0px; margin-bottom: 1px; }"
    "p.blank { margin-top: 16px; }"
    "th { background-color: #e8e8e8; font-weight: bold; text-align: left; }"
    "td.label { font-weight: bold; }"
    "span.code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 8pt; }"
    "li { margin-bottom: 2px; }"};

} // namespace

void HtmlWriter::title(const QString& text)
{
    m_body += u"<h1>"_s + esc(text) + u"</h1>"_s;
}

void HtmlWriter::heading(const QString& text)
{
    m_body += u"<h2>"_s + esc(text) + u"</h2>"_s;
}

void HtmlWriter::subheading(const QString& text)
{
    m_body += u"<h3>"_s + esc(text) + u"</h3>"_s;
}

void HtmlWriter::minorHeading(const QString& text)
{
    m_body += u"<h4>"_s + esc(text) + u"</h4>"_s;
}

void HtmlWriter::paragraph(const QString& text)
{
    m_body += u"<p>"_s + esc(text) + u"</p>"_s;
}

void HtmlWriter::labelled(const QString& label, const QString& text)
{
    m_body += u"<p><b>"_s + esc(label) + u"</b> "_s + esc(text) + u"</p>"_s;
}

void HtmlWriter::smallPrint(const QString& text)
{
    m_body += u"<p class=\"small\">"_s + esc(text) + u"</p>"_s;
}

void HtmlWriter::fields(const Fields& fields)
{
    QString rows;
    for (const Field& field : fields) {
        if (!field.value.isEmpty())
            rows += u"<tr><td class=\"label\" width=\"36%\">"_s + esc(field.label) +
                    (field.code ? u"</td><td><span class=\"code\">"_s + esc(field.value) + u"</span></td></tr>"_s
                                : u"</td><td>"_s + esc(field.value) + u"</td></tr>"_s);
    }
    if (!rows.isEmpty())
        m_body += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-bottom: 6px;\">"_s + rows +
                  u"</table>"_s;
}

void HtmlWriter::table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> columns;
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (std::any_of(rows.cbegin(), rows.cend(),
                        [column](const QStringList& row) { return !row.value(column).isEmpty(); }))
            columns.append(column);
    }
    m_body += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
              "style=\"border-collapse: collapse; border-color: #9e9e9e; margin-top: 2px; margin-bottom: 6px;\">"
              "<thead><tr>"_s;
    for (qsizetype column : columns)
        m_body += u"<th>"_s + esc(header[column]) + u"</th>"_s;
    m_body += u"</tr></thead>"_s;
    for (const QStringList& row : rows) {
        m_body += u"<tr>"_s;
        for (qsizetype column : columns)
            m_body += u"<td>"_s + esc(row.value(column)) + u"</td>"_s;
        m_body += u"</tr>"_s;
    }
    m_body += u"</table>"_s;
}

void HtmlWriter::bulletList(const QStringList& items)
{
    if (items.isEmpty())
        return;
    m_body += u"<ul>"_s;
    for (const QString& item : items)
        m_body += u"<li>"_s + esc(item) + u"</li>"_s;
    m_body += u"</ul>"_s;
}

void HtmlWriter::criterion(int depth, const QString& status, const QString& text, const QString& remark,
                           const QString& citations)
{
    // A block indent, not a left margin: Qt scales indents (and vertical margins) to the page's resolution, but
    // takes a left margin in device pixels.
    m_body += u"<p class=\"criterion\" style=\"-qt-block-indent: %1;\">"_s.arg(depth);
    if (!status.isEmpty())
        m_body += u"<b>"_s + esc(status) + u"</b>&nbsp;&nbsp;"_s;
    m_body += esc(text);
    if (!remark.isEmpty())
        m_body += u" <i>("_s + esc(remark) + u")</i>"_s;
    if (!citations.isEmpty())
        m_body += u" <small>"_s + esc(citations) + u"</small>"_s;
    m_body += u"</p>"_s;
}

void HtmlWriter::blankLine(const QString& label)
{
    m_body += u"<p class=\"blank\"><b>"_s + esc(label) + u"</b> "_s + QString(48, u'_') + u"</p>"_s;
}

QString HtmlWriter::html() const
{
    return u"<html><head><meta charset=\"utf-8\"><style>"_s + styleSheet + u"</style></head><body>"_s + m_body +
           u"</body></html>"_s;
}

} // namespace spinereview
