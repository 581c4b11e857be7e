// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/enumnames.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace spinereview {

// The values a choice cell offers and what a person reads for each. Optional fields offer "Not documented"
// (an invalid QVariant) first, so a cell can always go back to absent; required ones do not.
struct CellChoices
{
    Q_DECLARE_TR_FUNCTIONS(CellChoices)

public:
    QStringList labels;
    QVariantList values;

    // An enumeration's JSON names as values, `enumLabels` (parallel to the names) as labels.
    template <typename E> static CellChoices ofEnum(const QStringList& enumLabels, bool optional = true)
    {
        CellChoices choices = optional ? notDocumentedOnly() : CellChoices{};
        const QStringList names = enumAllNames<E>();
        for (qsizetype i = 0; i < names.size(); ++i) {
            choices.labels.append(enumLabels.value(i, names[i]));
            choices.values.append(names[i]);
        }
        return choices;
    }
    // Not documented / Yes / No: absent is never "no".
    static CellChoices ofBool();
    // The whole numbers from 0 to `last`; `zeroLabel` says what 0 means ("0 – none").
    static CellChoices ofRange(int last, const QString& zeroLabel);
    static CellChoices notDocumentedOnly();

    // The label of a value; an empty string for an invalid (not documented) one.
    QString labelOf(const QVariant& value) const;
    bool isEmpty() const { return labels.isEmpty(); }
};

} // namespace spinereview
