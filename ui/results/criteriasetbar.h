// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace spinereview {

// Which criteria set the determinations come from, always in view: a selector of the catalogue's sets,
// and the current set's name, version, label and content hash — the identity a determination is
// reproducible from. A toggle swaps the determinations for the comparison of every set.
class CriteriaSetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaSetBar)

public:
    explicit CriteriaSetBar(const QList<CriteriaSetPtr>& sets, QWidget* parent = nullptr);

    // Shows `set` as the current one, without emitting setRequested.
    void setCurrentSet(const CriteriaSetPtr& set);
    QString currentSetId() const { return m_currentId; }
    // Checks the comparison toggle, without emitting comparisonToggled.
    void setComparisonChecked(bool checked);

    // "title, version 2026.1 · label · sha256 3f2a1b9c0d4e…".
    static QString describe(const CriteriaSetInfo& info);

signals:
    // The reviewer picked another set.
    void setRequested(const QString& id);
    void comparisonToggled(bool checked);

private:
    QString m_currentId;
    QComboBox* m_selector;
    QLabel* m_info;
    QToolButton* m_compare;
};

} // namespace spinereview
