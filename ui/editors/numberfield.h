// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <optional>

namespace spinereview {

// A number that may be "not documented" (left empty), limited to the format's range. Typing outside the
// range is refused by the validator, so a score can never leave its scale.
class NumberField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    NumberField(double minimum, double maximum, int decimals, QWidget* parent = nullptr);

    std::optional<double> value() const;
    void setValue(std::optional<double> value);

signals:
    // The reviewer finished a valid change (editing finished or the text became a valid number or empty).
    void edited(std::optional<double> value);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    int m_decimals;
    std::optional<double> m_lastValid;
};

} // namespace spinereview
