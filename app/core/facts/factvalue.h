// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <variant>

namespace spinereview {

// One derived fact as the criteria see it: a boolean, a number or a text value — or unknown, when the
// case does not document what it would be computed from. An unknown fact names the record that would
// settle it and says whether the criteria may take the finding as absent (`assumable`): the facts know
// *when* an absence may be assumed (a level a qualifying study describes, a level never operated on); the
// criteria file decides *whether* to assume it, leaf by leaf.
struct FactValue
{
    using Value = std::variant<std::monostate, bool, double, QString>;

    Value value;
    bool assumable = false;
    QString record;    // for an unknown fact: the documentation to request
    QString label;     // a known value in words where the number is a code: "severe" for stenosis rank 5
    QString note;      // how a known value was reached, where that is not obvious
    QStringList paths; // the case fields it came from (JSON paths), for the window to jump to

    bool isKnown() const { return !std::holds_alternative<std::monostate>(value); }
    // The value for a person: "true", "4.5", "moderate", or "not documented".
    QString display() const;

    static FactValue ofBool(bool v, QStringList paths = {});
    static FactValue ofNumber(double v, QStringList paths = {});
    static FactValue ofText(const QString& v, QStringList paths = {});
    static FactValue unknown(const QString& record, QStringList paths = {});
    static FactValue unknownAssumable(const QString& record, QStringList paths = {});
};

} // namespace spinereview
