// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellchoices.h"

namespace spinereview {

CellChoices CellChoices::notDocumentedOnly()
{
    return CellChoices{{tr("Not documented")}, {QVariant()}};
}

CellChoices CellChoices::ofBool()
{
    return CellChoices{{tr("Not documented"), tr("Yes"), tr("No")}, {QVariant(), true, false}};
}

CellChoices CellChoices::ofRange(int last, const QString& zeroLabel)
{
    CellChoices choices = notDocumentedOnly();
    for (int value = 0; value <= last; ++value) {
        choices.labels.append(value == 0 ? zeroLabel : QString::number(value));
        choices.values.append(value);
    }
    return choices;
}

QString CellChoices::labelOf(const QVariant& value) const
{
    if (!value.isValid())
        return {};
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].isValid() && values[i] == value)
            return labels.value(i);
    }
    return value.toString();
}

} // namespace spinereview
