// SPDX-License-Identifier: GPL-3.0-or-later
#include "worklist/worklistfilterbar.h"

#include "worklist/choicebox.h"
#include "worklist/reviewlabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// The reviewer box's fixed choices; every other item is a reviewer's ref (always positive).
constexpr qint64 kAnyone = 0;
constexpr qint64 kUnassigned = -1;
constexpr int kFixedReviewerItems = 2;
constexpr int kFixedPayerItems = 1;
constexpr int kWeekDays = 7;

const QString kStatusKey = u"worklist/filter/status"_s;
const QString kUrgencyKey = u"worklist/filter/urgency"_s;
const QString kReviewerKey = u"worklist/filter/reviewer"_s;
const QString kPayerKey = u"worklist/filter/payer"_s;
const QString kDueKey = u"worklist/filter/due"_s;

// Replaces the items after the fixed ones, then shows `wanted` if it is still there (else the first item),
// without announcing the change: the list moved, not the reviewer's choice.
void refill(QComboBox* box, int fixedItems, const QList<std::pair<QString, QVariant>>& items, const QVariant& wanted)
{
    const QSignalBlocker blocker(box);
    while (box->count() > fixedItems)
        box->removeItem(fixedItems);
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(wanted)));
}

void select(QComboBox* box, const QVariant& data)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

WorklistFilterBar::WorklistFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_searchDelay(new QTimer(this))
    , m_wantedReviewer(kAnyone)
    , m_wantedPayer(QString())
{
    setObjectName(u"worklistFilterBar"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);

    m_status = ChoiceBox::add(m_layout, u"statusFilter"_s, tr("&Status:"), tr("Status filter"));
    m_status->addItem(tr("All"), int(StatusChoice::All));
    m_status->addItem(tr("Open (not determined)"), int(StatusChoice::Open));
    for (ReviewStatus status :
         {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor, ReviewStatus::Determined})
        m_status->addItem(ReviewLabels::status(status), int(StatusChoice::Draft) + int(status));
    m_status->setCurrentIndex(m_status->findData(int(StatusChoice::Open)));

    m_urgency = ChoiceBox::add(m_layout, u"urgencyFilter"_s, tr("&Urgency:"), tr("Urgency filter"));
    m_urgency->addItem(tr("Any"), -1);
    m_urgency->addItem(ReviewLabels::urgency(Urgency::Standard), int(Urgency::Standard));
    m_urgency->addItem(ReviewLabels::urgency(Urgency::Expedited), int(Urgency::Expedited));
    m_urgency->setItemData(1, tr("Standard, and requests that do not state their urgency"), Qt::ToolTipRole);

    m_reviewer = ChoiceBox::add(m_layout, u"reviewerFilter"_s, tr("Re&viewer:"), tr("Reviewer filter"));
    m_reviewer->addItem(tr("Anyone"), kAnyone);
    m_reviewer->addItem(tr("Unassigned"), kUnassigned);

    m_payer = ChoiceBox::add(m_layout, u"payerFilter"_s, tr("&Payer:"), tr("Payer filter"));
    m_payer->addItem(tr("Any"), QString());

    m_due = ChoiceBox::add(m_layout, u"dueFilter"_s, tr("&Due:"), tr("Due filter"));
    m_due->addItem(tr("Any time"), int(DueChoice::Any));
    m_due->addItem(tr("Overdue"), int(DueChoice::Overdue));
    m_due->addItem(tr("Due today"), int(DueChoice::Today));
    m_due->addItem(tr("Due within 7 days"), int(DueChoice::WithinWeek));
    m_due->setItemData(1, tr("Past the due time and not determined"), Qt::ToolTipRole);
    m_due->setItemData(3, tr("Due from now until the same time in 7 days"), Qt::ToolTipRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search by case id or patient id"));
    m_search->setPlaceholderText(tr("Case id or patient id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    auto* searchLabel = new QLabel(tr("Searc&h:"), this);
    searchLabel->setBuddy(m_search);
    m_layout->addWidget(searchLabel);
    m_layout->addWidget(m_search, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit changed();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &WorklistFilterBar::changed);
    // Connected once every box is filled: filling them is not a choice.
    for (QComboBox* box : {m_status, m_urgency, m_reviewer, m_payer, m_due}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            emit changed();
        });
    }
}

void WorklistFilterBar::remember()
{
    m_wantedReviewer = m_reviewer->currentData();
    m_wantedPayer = m_payer->currentData();
}

void WorklistFilterBar::setReviewers(const QList<Reviewer>& reviewers)
{
    QList<std::pair<QString, QVariant>> items;
    for (const Reviewer& reviewer : reviewers)
        items.append({reviewer.name, reviewer.ref});
    refill(m_reviewer, kFixedReviewerItems, items, m_wantedReviewer);
}

void WorklistFilterBar::setPayers(const QStringList& payers)
{
    QList<std::pair<QString, QVariant>> items;
    for (const QString& payer : payers)
        items.append({payer, payer});
    refill(m_payer, kFixedPayerItems, items, m_wantedPayer);
}

WorklistFilter WorklistFilterBar::filter(const QDateTime& now) const
{
    WorklistFilter filter;
    const auto status = static_cast<StatusChoice>(m_status->currentData().toInt());
    if (status == StatusChoice::Open)
        filter.statuses = {ReviewStatus::Draft, ReviewStatus::InReview, ReviewStatus::PhysicianAdvisor};
    else if (status != StatusChoice::All)
        filter.statuses = {static_cast<ReviewStatus>(int(status) - int(StatusChoice::Draft))};

    if (const int urgency = m_urgency->currentData().toInt(); urgency >= 0)
        filter.urgency = static_cast<Urgency>(urgency);

    const qint64 reviewer = m_reviewer->currentData().toLongLong();
    filter.unassignedOnly = reviewer == kUnassigned;
    if (reviewer > 0)
        filter.reviewerRef = reviewer;

    if (const QString payer = m_payer->currentData().toString(); !payer.isEmpty())
        filter.payer = payer;

    switch (static_cast<DueChoice>(m_due->currentData().toInt())) {
    case DueChoice::Any:
        break;
    case DueChoice::Overdue:
        filter.overdueOnly = true;
        break;
    case DueChoice::Today: {
        const QDate today = now.toLocalTime().date();
        filter.dueFrom = today.startOfDay().toUTC();
        filter.dueTo = today.addDays(1).startOfDay().toUTC();
        break;
    }
    case DueChoice::WithinWeek:
        filter.dueFrom = now;
        filter.dueTo = now.addDays(kWeekDays);
        break;
    }
    filter.search = m_search->text().trimmed();
    return filter;
}

void WorklistFilterBar::restore(const QSettings& settings)
{
    select(m_status, settings.value(kStatusKey, int(StatusChoice::Open)).toInt());
    select(m_urgency, settings.value(kUrgencyKey, -1).toInt());
    select(m_due, settings.value(kDueKey, int(DueChoice::Any)).toInt());
    m_wantedReviewer = settings.value(kReviewerKey, kAnyone).toLongLong();
    m_wantedPayer = settings.value(kPayerKey, QString()).toString();
    select(m_reviewer, m_wantedReviewer);
    select(m_payer, m_wantedPayer);
}

void WorklistFilterBar::save(QSettings& settings) const
{
    settings.setValue(kStatusKey, m_status->currentData());
    settings.setValue(kUrgencyKey, m_urgency->currentData());
    settings.setValue(kDueKey, m_due->currentData());
    settings.setValue(kReviewerKey, m_wantedReviewer);
    settings.setValue(kPayerKey, m_wantedPayer);
}

} // namespace spinereview
