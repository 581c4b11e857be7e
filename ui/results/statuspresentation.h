// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/status.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace spinereview {

// How every screen shows a determination: a drawn symbol, a word and a colour together, so a status is
// never told by colour alone (and survives greyscale printing and colour blindness).
class StatusPresentation
{
    Q_DECLARE_TR_FUNCTIONS(StatusPresentation)

public:
    // "Met", "Not met", "Incomplete".
    static QString word(Status status);
    // "✔", "✖", "?" — the glyph drawn on the icon.
    static QString symbol(Status status);
    // "✔ Met" — for plain text where no icon can go (clipboard, tooltips).
    static QString mark(Status status);
    static QColor colour(Status status);
    static QIcon icon(Status status);
    // What a screen reader says beyond the word: what the status means for the reviewer.
    static QString accessibleDescription(Status status);

    // The comparison's agreement marks: "=" when every set gives the same status, "≠" when they do not.
    static QIcon agreementIcon(bool agree);
    // The caution mark, "⚠" on orange.
    static QIcon cautionIcon();
    // A round badge with a glyph, drawn at whatever size the view asks for.
    static QIcon glyphIcon(const QString& glyph, const QColor& background, const QColor& foreground);
};

} // namespace spinereview
