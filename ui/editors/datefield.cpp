// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/datefield.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace spinereview {

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_documented(new QCheckBox(tr("Documented"), this))
    , m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documented);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_documented);
    connect(m_documented, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit edited(value());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_documented->isChecked())
            emit edited(value());
    });
}

void DateField::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The form names the field after constructing it, so the parts are named when it is first shown.
    nameParts();
}

void DateField::nameParts()
{
    const QString name = accessibleName();
    if (name.isEmpty())
        return;
    m_edit->setAccessibleName(name);
    m_documented->setAccessibleName(tr("%1: documented").arg(name));
}

std::optional<QDate> DateField::value() const
{
    return m_documented->isChecked() ? std::optional<QDate>(m_edit->date()) : std::nullopt;
}

void DateField::setValue(std::optional<QDate> value)
{
    const QSignalBlocker blockCheck(m_documented);
    const QSignalBlocker blockEdit(m_edit);
    m_documented->setChecked(value.has_value());
    m_edit->setEnabled(value.has_value());
    if (value)
        m_edit->setDate(*value);
}

void DateField::setDefaultDate(QDate date)
{
    if (!m_documented->isChecked()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDate(date);
    }
}

} // namespace spinereview
