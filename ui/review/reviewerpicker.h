// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditlog.h"
#include "storage/reviewerrepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSettings;
class QToolButton;

namespace spinereview {

class Database;

// "Working as": who the person at this workstation is — a nurse reviewer, a physician advisor or a surgeon's
// office — chosen from the reviewers stored, or added; remembered in the settings. Saves are made and audited
// in that name, and the review rules judge them by that role.
class ReviewerPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewerPicker)

public:
    ReviewerPicker(const Database& database, QSettings& settings, QWidget* parent = nullptr);

    std::optional<Reviewer> reviewer() const { return m_reviewer; }
    // The name of a stored reviewer (as last read), empty when there is none by that ref.
    QString nameOf(qint64 reviewerRef) const;

public slots:
    // Reloads the reviewers (another workstation may have added one).
    void reload();
    // Asks for a new reviewer's name and role, then add()s them.
    void addReviewer();

public:
    // Stores a new reviewer and works as them.
    StorageStatus add(const QString& name, ReviewerRole role);

signals:
    void reviewerChanged(const std::optional<spinereview::Reviewer>& reviewer);
    void failed(const QString& message);

private:
    void choose(int index);

    AuditLog m_audit;
    ReviewerRepository m_reviewers;
    QSettings& m_settings;
    QComboBox* m_combo;
    QToolButton* m_add;
    QList<Reviewer> m_known;
    std::optional<Reviewer> m_reviewer;
};

} // namespace spinereview
