// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace spinereview {

// A calendar date that may be "not documented": a date picker beside a check box that says whether
// the date is documented at all.
class DateField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget* parent = nullptr);

    std::optional<QDate> value() const;
    void setValue(std::optional<QDate> value);
    // The date shown when the reviewer first ticks "documented".
    void setDefaultDate(QDate date);
    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* documentedBox() const { return m_documented; }

signals:
    void edited(std::optional<QDate> value);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A screen reader announces the parts, not this container: each takes the field's name.
    void nameParts();

    QCheckBox* m_documented;
    QDateEdit* m_edit;
};

} // namespace spinereview
