// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/numberfield.h"

#include <QDoubleValidator>
#include <QLocale>
#include <QSignalBlocker>

namespace spinereview {

NumberField::NumberField(double minimum, double maximum, int decimals, QWidget* parent)
    : QLineEdit(parent)
    , m_decimals(decimals)
{
    auto* validator = new QDoubleValidator(minimum, maximum, decimals, this);
    validator->setNotation(QDoubleValidator::StandardNotation);
    // Numbers are entered the same way in every locale, as in the case file.
    validator->setLocale(QLocale::c());
    setValidator(validator);
    setPlaceholderText(tr("not documented"));
    setToolTip(tr("From %1 to %2; leave empty when not documented").arg(minimum).arg(maximum));
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (text().isEmpty() || hasAcceptableInput()) {
            m_lastValid = value();
            emit edited(value());
        }
    });
}

void NumberField::focusOutEvent(QFocusEvent* event)
{
    // The validator lets "11" through on a 0–10 scale as a number still being typed; once the reviewer
    // leaves the field it must not show a value the case does not hold, so it returns to the last valid one.
    if (!text().isEmpty() && !hasAcceptableInput())
        setValue(m_lastValid);
    QLineEdit::focusOutEvent(event);
}

std::optional<double> NumberField::value() const
{
    if (text().isEmpty() || !hasAcceptableInput())
        return std::nullopt;
    bool ok = false;
    const double number = QLocale::c().toDouble(text(), &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

void NumberField::setValue(std::optional<double> value)
{
    m_lastValid = value;
    const QSignalBlocker blocker(this);
    setText(value ? QLocale::c().toString(*value, 'g', 10) : QString());
}

} // namespace spinereview
