// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/enumbox.h"

#include <QSignalBlocker>

namespace spinereview {

EnumBox::EnumBox(const QStringList& names, const QStringList& labels, QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Not documented"));
    for (qsizetype i = 0; i < names.size(); ++i)
        addItem(labels.value(i, names[i]), names[i]);
    connect(this, &QComboBox::activated, this, &EnumBox::edited);
}

std::optional<QString> EnumBox::value() const
{
    const QVariant data = currentData();
    return data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt;
}

void EnumBox::setValue(const std::optional<QString>& name)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(name ? std::max(0, findData(*name)) : 0);
}

} // namespace spinereview
