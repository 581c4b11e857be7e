// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace spinereview {

// An inline validation message beside a field: plain, word-wrapped text in a red that stays legible on the
// current palette (recoloured when the palette changes), hidden until there is something to say. Red is
// only the second cue — the messages themselves start with a warning sign.
class IssueLabel final : public QLabel
{
    Q_OBJECT

public:
    IssueLabel(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();
};

} // namespace spinereview
