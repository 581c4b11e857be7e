// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/issuelabel.h"

#include "theme/palettecolours.h"

#include <QEvent>
#include <QGuiApplication>

namespace spinereview {

IssueLabel::IssueLabel(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    if (!accessibleName.isEmpty())
        setAccessibleName(accessibleName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    applyColour();
    hide();
}

void IssueLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // Setting our own palette below sends a PaletteChange too; the colour it computes is the same, so
    // the second pass changes nothing and the recursion ends there.
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void IssueLabel::applyColour()
{
    // Our own palette has the red in it; the surroundings say what the window and its text look like.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const QColor colour = PaletteColours::issueText(surroundings);
    if (palette().color(QPalette::WindowText) == colour)
        return;
    QPalette recoloured = palette();
    recoloured.setColor(QPalette::WindowText, colour);
    setPalette(recoloured);
}

} // namespace spinereview
