// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklist/choicebox.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>

namespace spinereview::ChoiceBox {

QComboBox* add(QBoxLayout* layout, const QString& objectName, const QString& label, const QString& accessibleName)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label);
    caption->setBuddy(box);
    layout->addWidget(caption);
    layout->addWidget(box);
    return box;
}

} // namespace spinereview::ChoiceBox
