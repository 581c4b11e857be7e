// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <optional>
#include <utility>

namespace spinereview {

namespace PageBreaks {

namespace {

class Pages
{
public:
    Pages(QTextDocument& document, qreal pageHeight)
        : m_document(document)
        , m_layout(document.documentLayout())
        , m_pageHeight(pageHeight)
    {}

    int pageOf(qreal y) const { return static_cast<int>(y / m_pageHeight); }

    // Where a line of a block lies in the document, after any page break (laying the block out first: the
    // layout works lazily). Empty for a block without lines.
    std::optional<std::pair<qreal, qreal>> line(const QTextBlock& block, int index) const
    {
        const QRectF rect = m_layout->blockBoundingRect(block);
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return std::nullopt;
        const QTextLine line = layout->lineAt(index < 0 ? layout->lineCount() - 1 : index);
        const qreal top = rect.top() + line.y() - layout->boundingRect().top();
        return std::pair{top, top + line.height()};
    }

    void breakBefore(const QTextBlock& block) const
    {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // Qt re-lays a change out only in part; what follows moved, so the whole document is laid out again
        // before anything further is measured.
        m_document.markContentsDirty(0, m_document.characterCount());
    }

private:
    QTextDocument& m_document;
    QAbstractTextDocumentLayout* m_layout;
    qreal m_pageHeight;
};

bool isHeading(const QTextBlock& block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

void keepHeadingWithNext(const Pages& pages, const QTextBlock& heading)
{
    const auto self = pages.line(heading, -1);
    const auto next = pages.line(heading.next(), 0);
    if (!self || !next || pages.pageOf(self->second - 1) >= pages.pageOf(next->second - 1))
        return;
    // Headings right above it go with it.
    QTextBlock first = heading;
    while (isHeading(first.previous()))
        first = first.previous();
    pages.breakBefore(first);
}

} // namespace

void apply(QTextDocument& document, qreal pageHeight)
{
    const Pages pages(document, pageHeight);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (isHeading(block) && block.next().isValid())
            keepHeadingWithNext(pages, block);
    }
}

} // namespace PageBreaks

} // namespace spinereview
