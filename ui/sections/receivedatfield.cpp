// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/receivedatfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Every offset in use, UTC−12:00 to UTC+14:00, in the quarter hours some zones use.
constexpr int quarterHour = 15 * 60;
constexpr int minimumOffset = -12 * 3600;
constexpr int maximumOffset = 14 * 3600;

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    const QChar sign = seconds < 0 ? QChar(0x2212) : u'+';
    return u"UTC"_s + sign + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

ReceivedAtField::ReceivedAtField(QWidget* parent)
    : QWidget(parent)
    , m_documented(new QCheckBox(tr("Documented"), this))
    , m_edit(new QDateTimeEdit(this))
    , m_offset(new QComboBox(this))
{
    m_documented->setObjectName(u"request_receivedAt_documented"_s);
    m_documented->setAccessibleName(tr("Request received time documented"));
    m_edit->setObjectName(u"request_receivedAt_dateTime"_s);
    m_edit->setAccessibleName(tr("Request received, date and time"));
    // The editor shows the wall-clock time of the offset beside it; UTC keeps it clear of local DST rules.
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_edit->setCalendarPopup(true);
    m_offset->setObjectName(u"request_receivedAt_offset"_s);
    m_offset->setAccessibleName(tr("Request received, UTC offset"));
    for (int seconds = minimumOffset; seconds <= maximumOffset; seconds += quarterHour)
        m_offset->addItem(offsetText(seconds), seconds);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documented);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_offset);
    setFocusProxy(m_documented);
    setValue(std::nullopt);

    connect(m_documented, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            // A new value starts at the reviewer's own clock and offset, the likeliest moment of arrival.
            const QDateTime now = QDateTime::currentDateTime();
            const QSignalBlocker blockEdit(m_edit);
            const QSignalBlocker blockOffset(m_offset);
            showOffset(now.offsetFromUtc());
            const QDateTime wall = now.toOffsetFromUtc(now.offsetFromUtc());
            m_edit->setDateTime(QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), Qt::UTC));
        }
        setEditorsEnabled(on);
        emit edited(value());
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_documented->isChecked())
            emit edited(value());
    });
    connect(m_offset, &QComboBox::activated, this, [this] {
        if (m_documented->isChecked())
            emit edited(value());
    });
}

std::optional<QDateTime> ReceivedAtField::value() const
{
    if (!m_documented->isChecked())
        return std::nullopt;
    const QDateTime wall = m_edit->dateTime();
    return QDateTime(wall.date(), wall.time(), Qt::OffsetFromUTC, m_offset->currentData().toInt());
}

void ReceivedAtField::setValue(const std::optional<QDateTime>& value)
{
    const QSignalBlocker blockCheck(m_documented);
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockOffset(m_offset);
    m_documented->setChecked(value.has_value());
    setEditorsEnabled(value.has_value());
    if (!value)
        return;
    const int offset = value->offsetFromUtc();
    const QDateTime wall = value->toOffsetFromUtc(offset);
    showOffset(offset);
    m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
}

void ReceivedAtField::showOffset(int offsetSeconds)
{
    int index = m_offset->findData(offsetSeconds);
    if (index < 0) {
        // An offset off the quarter-hour grid (historic zones) is kept, not rounded.
        index = 0;
        while (index < m_offset->count() && m_offset->itemData(index).toInt() < offsetSeconds)
            ++index;
        m_offset->insertItem(index, offsetText(offsetSeconds), offsetSeconds);
    }
    m_offset->setCurrentIndex(index);
}

void ReceivedAtField::setEditorsEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
    m_offset->setEnabled(enabled);
}

} // namespace spinereview
