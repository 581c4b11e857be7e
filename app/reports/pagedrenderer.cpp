// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pagedrenderer.h"

#include "reports/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QFont reportFont(qreal points)
{
    QFont font;
    // DejaVu carries ✔ and ✖; the others are what a machine without it is likely to have.
    font.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    // No ligatures: "ff" in a SHA-256 must stay two letters for whoever copies it out of the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// The footer's lines, wrapped beside the page number, never cut: a criteria set's title may be long, and its
// hash must be whole.
class Footer
{
public:
    Footer(const QStringList& lines, QPaintDevice& device)
        : m_lines(lines)
        , m_metrics(reportFont(7.5), &device)
    {
        m_gap = m_metrics.height();
        m_lineWidth =
            device.width() - m_metrics.horizontalAdvance(PagedRenderer::tr("Page %1 of %2").arg(999).arg(999)) - m_gap;
        for (const QString& line : m_lines) {
            const qreal height =
                m_metrics.boundingRect(QRectF(0, 0, m_lineWidth, 1e6), Qt::AlignLeft | Qt::TextWordWrap, line).height();
            m_heights.append(height);
            m_height += height;
        }
        m_height += m_gap;
    }

    qreal height() const { return m_height; }

    void draw(QPainter& painter, qreal top, qreal width, int page, int pages) const
    {
        painter.save();
        painter.setFont(reportFont(7.5));
        painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 0));
        painter.drawLine(QPointF(0, top + m_gap / 2), QPointF(width, top + m_gap / 2));
        painter.setPen(Qt::black);
        qreal y = top + m_gap;
        painter.drawText(QRectF(0, y, width, m_metrics.lineSpacing()), Qt::AlignRight | Qt::AlignTop,
                         PagedRenderer::tr("Page %1 of %2").arg(page).arg(pages));
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            painter.drawText(QRectF(0, y, m_lineWidth, m_heights[i]), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             m_lines[i]);
            y += m_heights[i];
        }
        painter.restore();
    }

private:
    QStringList m_lines;
    QFontMetricsF m_metrics;
    QList<qreal> m_heights;
    qreal m_gap = 0;
    qreal m_lineWidth = 0;
    qreal m_height = 0;
};

} // namespace

int PagedRenderer::render(const QString& html, const QStringList& footerLines, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const Footer footer(footerLines, device);
    // The device's size is its printable area, inside the margins.
    const qreal width = device.width();
    const qreal bodyHeight = device.height() - footer.height();

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(reportFont(10));
    document.setDocumentMargin(0);
    // Each level of a rationale tree, in CSS pixels (Qt scales indents to the device).
    document.setIndentWidth(14);
    document.setHtml(html);
    document.setPageSize(QSizeF(width, bodyHeight));
    PageBreaks::apply(document, bodyHeight);
    const int pages = document.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * bodyHeight);
        document.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();
        footer.draw(painter, bodyHeight, width, page + 1, pages);
    }
    painter.end();
    return pages;
}

} // namespace spinereview
