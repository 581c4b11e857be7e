// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/dashboardview.h"

#include "charts/determinationschart.h"
#include "charts/determinationsmodel.h"
#include "charts/openreviewsmodel.h"
#include "charts/turnaroundchart.h"
#include "charts/turnaroundmodel.h"
#include "editors/caselabels.h"
#include "storage/database.h"
#include "worklist/choicebox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QTableView>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

constexpr int kAllComponents = -1;

template <typename T> QString firstError(const StorageResult<T>& result, const QString& earlier)
{
    return !earlier.isEmpty() || result.ok() ? earlier : result.error().message;
}

} // namespace

DashboardView::DashboardView(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_determinations(new DeterminationsModel(this))
    , m_turnaround(new TurnaroundModel(this))
    , m_openReviews(new OpenReviewsModel(this))
{
    setObjectName(u"dashboardView"_s);

    auto* choices = new QHBoxLayout;
    m_period = ChoiceBox::add(choices, u"periodChoice"_s, tr("P&eriod:"), tr("Period of each bar"));
    m_period->addItem(tr("Day"), int(DashboardRepository::Period::Day));
    m_period->addItem(tr("Week"), int(DashboardRepository::Period::Week));
    m_period->addItem(tr("Month"), int(DashboardRepository::Period::Month));
    m_period->setCurrentIndex(1);
    m_range = ChoiceBox::add(choices, u"rangeChoice"_s, tr("R&ange:"), tr("Date range"));
    for (int days : kRangeDays)
        m_range->addItem(tr("Last %1 days").arg(days), days);
    m_range->setCurrentIndex(1);
    m_component = ChoiceBox::add(choices, u"componentChoice"_s, tr("Co&mponent:"), tr("Component of the decisions"));
    m_component->addItem(tr("All components"), kAllComponents);
    const QStringList components = CaseLabels::components();
    for (int n = 0; n < components.size(); ++n)
        m_component->addItem(components.at(n), n);
    choices->addStretch(1);
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(u"asOfLabel"_s);
    choices->addWidget(m_asOf);

    m_determinationsChart = new DeterminationsChart(m_determinations, this);
    m_turnaroundChart = new TurnaroundChart(m_turnaround, this);

    auto* openBox = new QGroupBox(tr("Open reviews now"), this);
    m_openTable = new QTableView(openBox);
    m_openTable->setObjectName(u"openReviewsTable"_s);
    m_openTable->setAccessibleName(tr("Open reviews by status"));
    m_openTable->setModel(m_openReviews);
    m_openTable->verticalHeader()->hide();
    m_openTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_openTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openTable->setTabKeyNavigation(false);
    // Three rows: the table is as tall and wide as they are, and the charts have the rest.
    m_openTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_openTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_openTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* openLayout = new QHBoxLayout(openBox);
    openLayout->addWidget(m_openTable);
    openLayout->addStretch(1);
    openBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* grid = new QGridLayout(this);
    grid->addLayout(choices, 0, 0, 1, 2);
    grid->addWidget(m_determinationsChart, 1, 0);
    grid->addWidget(m_turnaroundChart, 1, 1);
    grid->addWidget(openBox, 2, 0, 1, 2);
    grid->setRowStretch(1, 1);
    // The turnaround chart's legend is the longer.
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 7);

    // Hidden, there is nothing to draw: showing it reads anyway.
    const auto chosen = [this] {
        if (isVisible())
            refresh();
        emit choicesChanged();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_range, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        m_determinations->setComponent(component());
        emit choicesChanged();
    });
}

DashboardRepository::Period DashboardView::period() const
{
    return static_cast<DashboardRepository::Period>(m_period->currentData().toInt());
}

void DashboardView::setPeriod(DashboardRepository::Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(period))));
}

int DashboardView::rangeDays() const
{
    return m_range->currentData().toInt();
}

void DashboardView::setRangeDays(int days)
{
    if (const int index = m_range->findData(days); index >= 0)
        m_range->setCurrentIndex(index);
}

std::optional<Component> DashboardView::component() const
{
    const int index = m_component->currentData().toInt();
    return index == kAllComponents ? std::nullopt : std::optional<Component>(static_cast<Component>(index));
}

void DashboardView::setComponent(std::optional<Component> component)
{
    m_component->setCurrentIndex(std::max(0, m_component->findData(component ? int(*component) : kAllComponents)));
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again after being minimised is not news; shown as the tab is chosen, or the window opened, is.
    if (!event->spontaneous())
        refresh();
}

void DashboardView::refresh()
{
    // Days are counted in UTC, as the repository groups them.
    const QDateTime now = m_database.now();
    const QDate today = now.toUTC().date();
    const QDate from = today.addDays(1 - rangeDays());
    const QDate to = today.addDays(1);
    const DashboardRepository repository(m_database);

    const StorageResult<QList<DeterminationCount>> determinations = repository.determinations(from, to, period());
    const StorageResult<QList<TurnaroundSummary>> turnaround = repository.turnaround(from, to, now);
    const StorageResult<QList<StatusCount>> open = repository.openByStatus(now);
    if (determinations.ok())
        m_determinations->setCounts(determinations.value(), from, to, period());
    if (turnaround.ok())
        m_turnaround->setSummaries(turnaround.value());
    if (open.ok())
        m_openReviews->setCounts(open.value());
    m_asOf->setText(tr("%1 to %2 (UTC); open reviews as of %3")
                        .arg(from.toString(Qt::ISODate), today.toString(Qt::ISODate),
                             now.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));

    const QString error = firstError(open, firstError(turnaround, firstError(determinations, QString())));
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged(error);
    }
}

} // namespace spinereview
