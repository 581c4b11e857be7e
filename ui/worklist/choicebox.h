// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QBoxLayout;
class QComboBox;

namespace spinereview::ChoiceBox {

// A combo box after its label (whose mnemonic focuses it) at the end of `layout`, with an accessible name for
// screen readers: the filter and dashboard rows are made of these.
QComboBox* add(QBoxLayout* layout, const QString& objectName, const QString& label, const QString& accessibleName);

} // namespace spinereview::ChoiceBox
