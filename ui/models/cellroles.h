// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spinereview {

// The roles by which the record tables' models tell their delegates what a cell offers, beyond Qt's own.
enum CellRole : int {
    // QStringList: the labels of the values a choice cell offers, in order ("Not documented" first where the
    // field is optional).
    ChoiceLabelsRole = Qt::UserRole + 1,
    // QVariantList parallel to ChoiceLabelsRole: the EditRole value of each label; an invalid QVariant is
    // "not documented".
    ChoiceValuesRole,
};

// Validation problems are shown in red (PaletteColours::issueText) and always behind issuePrefix(), so
// colour is never the only sign.
inline QString issuePrefix()
{
    return QStringLiteral("\u26A0 ");
}

} // namespace spinereview
