// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/statuspresentation.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Draws the symbol at the requested size rather than scaling a bitmap: crisp at any DPI, no files.
// Check, cross and the (in)equality bars are stroked, not taken from a font, so they look the same
// whatever fonts the machine has.
class GlyphIconEngine final : public QIconEngine
{
public:
    enum class Shape { Check, Cross, Text, Equal, NotEqual, Warning };

    GlyphIconEngine(Shape shape, QColor background, QColor foreground, QString text = {})
        : m_shape(shape)
        , m_background(background)
        , m_foreground(foreground)
        , m_text(std::move(text))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        QColor background = m_background;
        QColor foreground = m_foreground;
        if (mode == QIcon::Disabled) {
            background = QColor(0xbd, 0xbd, 0xbd);
            foreground = QColor(0x61, 0x61, 0x61);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(background);
        if (m_shape == Shape::Warning) {
            QPainterPath triangle;
            triangle.moveTo(box.center().x(), box.top() + side * 0.04);
            triangle.lineTo(box.right() - side * 0.02, box.bottom() - side * 0.08);
            triangle.lineTo(box.left() + side * 0.02, box.bottom() - side * 0.08);
            triangle.closeSubpath();
            painter->drawPath(triangle);
        } else {
            painter->drawEllipse(box.adjusted(side * 0.03, side * 0.03, -side * 0.03, -side * 0.03));
        }
        QPen pen(foreground, std::max<qreal>(1.5, side * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const auto at = [&box, side](qreal x, qreal y) { return QPointF(box.left() + x * side, box.top() + y * side); };
        switch (m_shape) {
        case Shape::Check:
            painter->drawPolyline(QPolygonF{at(0.27, 0.52), at(0.43, 0.68), at(0.74, 0.34)});
            break;
        case Shape::Cross:
            painter->drawLine(at(0.32, 0.32), at(0.68, 0.68));
            painter->drawLine(at(0.68, 0.32), at(0.32, 0.68));
            break;
        case Shape::Equal:
            painter->drawLine(at(0.3, 0.4), at(0.7, 0.4));
            painter->drawLine(at(0.3, 0.6), at(0.7, 0.6));
            break;
        case Shape::NotEqual:
            painter->drawLine(at(0.3, 0.4), at(0.7, 0.4));
            painter->drawLine(at(0.3, 0.6), at(0.7, 0.6));
            painter->drawLine(at(0.6, 0.22), at(0.4, 0.78));
            break;
        case Shape::Warning:
            painter->drawLine(at(0.5, 0.36), at(0.5, 0.6));
            painter->drawPoint(at(0.5, 0.76));
            break;
        case Shape::Text: {
            QFont font = painter->font();
            font.setBold(true);
            font.setPixelSize(std::max(6, static_cast<int>(side * 0.68)));
            painter->setFont(font);
            painter->drawText(box, Qt::AlignCenter, m_text);
            break;
        }
        }
        painter->restore();
    }

    // The default leaves the pixmap uninitialised; a badge needs transparent corners.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new GlyphIconEngine(m_shape, m_background, m_foreground, m_text); }

private:
    Shape m_shape;
    QColor m_background;
    QColor m_foreground;
    QString m_text;
};

QIcon makeIcon(GlyphIconEngine::Shape shape, QColor background, QColor foreground, const QString& text = {})
{
    return QIcon(new GlyphIconEngine(shape, background, foreground, text));
}

} // namespace

QString StatusPresentation::word(Status status)
{
    switch (status) {
    case Status::Met:
        return tr("Met");
    case Status::NotMet:
        return tr("Not met");
    case Status::Incomplete:
        return tr("Incomplete");
    }
    return {};
}

QString StatusPresentation::symbol(Status status)
{
    switch (status) {
    case Status::Met:
        return u"✔"_s;
    case Status::NotMet:
        return u"✖"_s;
    case Status::Incomplete:
        return u"?"_s;
    }
    return {};
}

QString StatusPresentation::mark(Status status)
{
    return symbol(status) + u' ' + word(status);
}

// Green, red and amber as the sketch asks, dark enough for white glyphs (amber carries a dark glyph).
QColor StatusPresentation::colour(Status status)
{
    switch (status) {
    case Status::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case Status::Incomplete:
        return QColor(0xf9, 0xa8, 0x25);
    }
    return {};
}

QIcon StatusPresentation::icon(Status status)
{
    switch (status) {
    case Status::Met:
        return makeIcon(GlyphIconEngine::Shape::Check, colour(status), Qt::white);
    case Status::NotMet:
        return makeIcon(GlyphIconEngine::Shape::Cross, colour(status), Qt::white);
    case Status::Incomplete:
        return makeIcon(GlyphIconEngine::Shape::Text, colour(status), QColor(0x3e, 0x27, 0x23), u"?"_s);
    }
    return {};
}

QString StatusPresentation::accessibleDescription(Status status)
{
    switch (status) {
    case Status::Met:
        return tr("Met: the documentation satisfies the criteria.");
    case Status::NotMet:
        return tr("Not met: the documentation shows the criteria are not satisfied.");
    case Status::Incomplete:
        return tr("Incomplete: records are missing to decide; request them before deciding.");
    }
    return {};
}

QIcon StatusPresentation::agreementIcon(bool agree)
{
    // Blue and purple: neither may be read as a determination's green, red or amber.
    return agree ? makeIcon(GlyphIconEngine::Shape::Equal, QColor(0x15, 0x65, 0xc0), Qt::white)
                 : makeIcon(GlyphIconEngine::Shape::NotEqual, QColor(0x6a, 0x1b, 0x9a), Qt::white);
}

QIcon StatusPresentation::cautionIcon()
{
    return makeIcon(GlyphIconEngine::Shape::Warning, QColor(0xef, 0x6c, 0x00), Qt::white);
}

QIcon StatusPresentation::glyphIcon(const QString& glyph, const QColor& background, const QColor& foreground)
{
    return makeIcon(GlyphIconEngine::Shape::Text, background, foreground, glyph);
}

} // namespace spinereview
