// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "reports/htmlwriter.h"

#include <QCoreApplication>

#include <optional>

namespace spinereview {

// The case's identifiers and request as a report writes them: only what the case documents, in the case
// format's own values (ISO dates, levels as L4-L5), each with its label.
class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    // Case id, patient id, member id, payer and plan type.
    static HtmlWriter::Fields identification(const SpineCase& spineCase);
    // Levels and components requested, approach, setting, urgency, receipt, the turnaround clock's due time,
    // planned date and codes.
    static HtmlWriter::Fields request(const SpineCase& spineCase);
    // When a determination is due (TurnaroundClock), with the rule that set it; empty without a receipt time.
    static QString due(const SpineCase& spineCase);

    // "Fusion at L4-L5, L5-S1"; the component alone without levels.
    static QString componentAt(Component component, const QList<Level>& levels);
    static QString levels(const QList<Level>& levels);
    static QString dateTime(const QDateTime& time);
    static QString yesNo(std::optional<bool> value);
    static QString number(double value);
    // The label of an enumeration's value from CaseLabels' list for it; empty when not documented.
    template <typename E> static QString label(const QStringList& labels, const std::optional<E>& value)
    {
        return value ? labels.value(static_cast<qsizetype>(*value)) : QString();
    }
};

} // namespace spinereview
