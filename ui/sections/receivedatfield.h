// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace spinereview {

// When a request arrived: a date-time with its UTC offset, or not documented. The offset is kept as the file
// gave it (a request logged at 08:30-04:00 stays so), because turnaround clocks count in the payer's zone.
class ReceivedAtField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivedAtField)

public:
    explicit ReceivedAtField(QWidget* parent = nullptr);

    std::optional<QDateTime> value() const;
    // Sets the value without emitting edited().
    void setValue(const std::optional<QDateTime>& value);

    QCheckBox* documentedBox() const { return m_documented; }
    QDateTimeEdit* dateTimeEdit() const { return m_edit; }
    QComboBox* offsetBox() const { return m_offset; }

signals:
    void edited(std::optional<QDateTime> value);

private:
    void showOffset(int offsetSeconds);
    void setEditorsEnabled(bool enabled);

    QCheckBox* m_documented;
    QDateTimeEdit* m_edit;
    QComboBox* m_offset;
};

} // namespace spinereview
