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
        if (text().isEmpty() || hasAcceptableInput())
            emit edited(value());
    });
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
    const QSignalBlocker blocker(this);
    setText(value ? QLocale::c().toString(*value, 'g', 10) : QString());
}

} // namespace spinereview
