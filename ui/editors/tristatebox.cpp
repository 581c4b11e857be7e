// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/tristatebox.h"

#include <QSignalBlocker>

namespace spinereview {

TriStateBox::TriStateBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Not documented"));
    addItem(tr("Yes"), true);
    addItem(tr("No"), false);
    connect(this, &QComboBox::activated, this, [this] { emit edited(value()); });
}

std::optional<bool> TriStateBox::value() const
{
    const QVariant data = currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

void TriStateBox::setValue(std::optional<bool> value)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(!value ? 0 : (*value ? 1 : 2));
}

} // namespace spinereview
