// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dashboardrepository.h"

#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace spinereview {

class Database;
class DeterminationsChart;
class DeterminationsModel;
class OpenReviewsModel;
class TurnaroundChart;
class TurnaroundModel;

// The worklist's dashboard: final decisions per day, week or month over the last 30, 90 or 365 days (of every
// component or one), turnaround against the clock per urgency, and the open reviews by status with how many
// are overdue — all computed in the database by DashboardRepository, read again whenever the view is shown and
// on refresh(). A storage error leaves what was read before and is kept in lastError() until a read succeeds.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    // The ranges offered, in days up to and including today (UTC).
    static constexpr std::array<int, 3> kRangeDays = {30, 90, 365};

    explicit DashboardView(const Database& database, QWidget* parent = nullptr);

    DashboardRepository::Period period() const;
    void setPeriod(DashboardRepository::Period period);
    int rangeDays() const;
    // One of kRangeDays; another number is ignored.
    void setRangeDays(int days);
    // nullopt: every component.
    std::optional<Component> component() const;
    void setComponent(std::optional<Component> component);

    DeterminationsModel* determinationsModel() const { return m_determinations; }
    TurnaroundModel* turnaroundModel() const { return m_turnaround; }
    OpenReviewsModel* openReviewsModel() const { return m_openReviews; }
    DeterminationsChart* determinationsChart() const { return m_determinationsChart; }
    TurnaroundChart* turnaroundChart() const { return m_turnaroundChart; }
    QString lastError() const { return m_lastError; }

public slots:
    void refresh();

signals:
    // The period, range or component changed: for the owner to remember.
    void choicesChanged();
    // A read failed (the message says what and why), or the first read after a failure succeeded (empty).
    void lastErrorChanged(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const Database& m_database;
    DeterminationsModel* m_determinations;
    TurnaroundModel* m_turnaround;
    OpenReviewsModel* m_openReviews;
    QComboBox* m_period;
    QComboBox* m_range;
    QComboBox* m_component;
    QLabel* m_asOf;
    DeterminationsChart* m_determinationsChart;
    TurnaroundChart* m_turnaroundChart;
    QTableView* m_openTable;
    QString m_lastError;
};

} // namespace spinereview
