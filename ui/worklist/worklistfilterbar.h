// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reviewer.h"
#include "storage/worklistquery.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QSettings;
class QTimer;

namespace spinereview {

// The worklist's filters in one row: status, urgency, reviewer, payer, due time, and a search field for the
// start of a case id or patient id that applies itself shortly after typing stops. Reviewers and payers come
// from the database and are given to it; a choice survives a reload of its list while it is still there.
class WorklistFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistFilterBar)

public:
    // How long typing must pause before the search applies: one query per word, not per key.
    static constexpr int kSearchDelayMs = 250;

    enum class StatusChoice { All, Open, Draft, InReview, PhysicianAdvisor, Determined };
    enum class DueChoice { Any, Overdue, Today, WithinWeek };

    explicit WorklistFilterBar(QWidget* parent = nullptr);

    void setReviewers(const QList<Reviewer>& reviewers);
    void setPayers(const QStringList& payers);

    // The filter the choices make; "today" and "within 7 days" are measured from `now`, days in local time.
    WorklistFilter filter(const QDateTime& now) const;

    void restore(const QSettings& settings);
    void save(QSettings& settings) const;

    QLineEdit* searchField() const { return m_search; }

signals:
    // A choice changed, or the search text settled.
    void changed();

private:
    void remember();

    QHBoxLayout* m_layout;
    QComboBox* m_status;
    QComboBox* m_urgency;
    QComboBox* m_reviewer;
    QComboBox* m_payer;
    QComboBox* m_due;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    // What the reviewer and payer boxes should show once their lists arrive (restored, or last chosen).
    QVariant m_wantedReviewer;
    QVariant m_wantedPayer;
};

} // namespace spinereview
