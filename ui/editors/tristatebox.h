// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace spinereview {

// A yes/no field that keeps "not documented" apart from "no": the format's absent ≠ false, in a widget.
class TriStateBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriStateBox)

public:
    explicit TriStateBox(QWidget* parent = nullptr);

    std::optional<bool> value() const;
    // Sets the value without emitting edited().
    void setValue(std::optional<bool> value);

signals:
    // The reviewer changed the value.
    void edited(std::optional<bool> value);
};

} // namespace spinereview
