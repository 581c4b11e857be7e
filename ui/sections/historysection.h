// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections/casesection.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace spinereview {

class PriorOperationsModel;

// The prior lumbar operations. A three-state control says whether the history is not documented (absent),
// documented as none ([]) or a list of operations, shown in an editable table.
class HistorySection final : public CaseSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySection)

public:
    // The items of the state control, in order.
    enum class State { NotDocumented, None, Listed };

    explicit HistorySection(CaseDocument& document, QWidget* parent = nullptr);

    QString title() const override;
    // Complete when documented as none, or when every operation has its levels and date.
    Completeness completeness() const override;
    bool focusPath(const QString& jsonPath) override;
    void showIssues(const ValidationIssues& issues) override;

protected:
    void reload() override;
    bool ownsPath(const QString& jsonPath) const override;

private:
    void setState(State state);
    void writeOperations(const QString& member);
    void refreshState();
    void addOperation();
    void removeOperation();

    QComboBox* m_state = nullptr;
    PriorOperationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addOperation = nullptr;
    QPushButton* m_removeOperation = nullptr;
    QLabel* m_issues = nullptr;
};

} // namespace spinereview
