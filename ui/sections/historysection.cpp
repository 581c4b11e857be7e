// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/historysection.h"

#include "document/casedocument.h"
#include "models/cellroles.h"
#include "models/datedelegate.h"
#include "models/enumdelegate.h"
#include "models/indexedpath.h"
#include "models/levelsdelegate.h"
#include "models/numberdelegate.h"
#include "models/prioroperationsmodel.h"
#include "theme/issuelabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;
using Column = PriorOperationsModel::Column;

namespace {

const QString kRoot = u"surgicalHistory"_s;

} // namespace

HistorySection::HistorySection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    setObjectName(u"historySection"_s);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"surgicalHistory_state"_s);
    m_state->setAccessibleName(tr("Prior lumbar surgery"));
    m_state->addItem(tr("Not documented"));
    m_state->addItem(tr("None: no prior lumbar surgery"));
    m_state->addItem(tr("Operations listed below"));
    auto* stateLabel = new QLabel(tr("Prior lumbar &surgery"), this);
    stateLabel->setBuddy(m_state);

    auto* tableLabel = new QLabel(tr("&Operations"), this);
    m_model = new PriorOperationsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(kRoot);
    m_table->setAccessibleName(tr("Prior operations"));
    m_table->setModel(m_model);
    tableLabel->setBuddy(m_table);
    m_table->setItemDelegate(new EnumDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::Levels), new LevelsDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::Date), new DateDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::FacetLeftPercent),
                                      new NumberDelegate(0, 100, 1, m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::FacetRightPercent),
                                      new NumberDelegate(0, 100, 1, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, m_table, qOverload<const QModelIndex&>(&QTableView::edit));

    m_addOperation = new QPushButton(tr("&Add operation"), this);
    m_addOperation->setObjectName(u"addOperation"_s);
    m_addOperation->setAccessibleName(tr("Add prior operation"));
    m_removeOperation = new QPushButton(tr("&Remove operation"), this);
    m_removeOperation->setObjectName(u"removeOperation"_s);
    m_removeOperation->setAccessibleName(tr("Remove the selected prior operation"));
    m_issues = new IssueLabel(u"surgicalHistory_issues"_s, tr("Problems in the surgical history"), this);

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(stateLabel);
    stateRow->addWidget(m_state);
    stateRow->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addOperation);
    buttons->addWidget(m_removeOperation);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issues);
    layout->addLayout(buttons);
    setTabOrder(m_state, m_table);
    setTabOrder(m_table, m_addOperation);
    setTabOrder(m_addOperation, m_removeOperation);

    connect(m_state, &QComboBox::activated, this, [this](int index) { setState(static_cast<State>(index)); });
    connect(m_model, &PriorOperationsModel::operationsEdited, this, &HistorySection::writeOperations);
    connect(m_addOperation, &QPushButton::clicked, this, &HistorySection::addOperation);
    connect(m_removeOperation, &QPushButton::clicked, this, &HistorySection::removeOperation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistorySection::refreshState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistorySection::refreshState);

    reload();
    showIssues(document.issues());
}

QString HistorySection::title() const
{
    return tr("Surgical history");
}

CaseSection::Completeness HistorySection::completeness() const
{
    const auto& history = document().spineCase().surgicalHistory;
    if (!history)
        return Completeness::Empty;
    const bool complete = std::all_of(history->cbegin(), history->cend(), [](const PriorOperation& p) {
        return !p.levels.isEmpty() && p.date.has_value();
    });
    return complete ? Completeness::Complete : Completeness::Partial;
}

bool HistorySection::ownsPath(const QString& jsonPath) const
{
    return IndexedPath::within(jsonPath, kRoot);
}

void HistorySection::reload()
{
    const QModelIndex cell = m_table->currentIndex();
    m_model->setOperations(document().spineCase().surgicalHistory.value_or(QList<PriorOperation>{}));
    if (cell.isValid() && cell.row() < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(cell.row(), cell.column()));
    showIssues(document().issues());
    refreshState();
}

void HistorySection::setState(State state)
{
    if (state == State::Listed) {
        // A list needs an operation to show; the reviewer fills it in from the operative note.
        if (m_model->rowCount() == 0)
            addOperation();
        return;
    }
    // The combo box offers these only while no operation is listed, so nothing is thrown away.
    document().edit(
        [state](SpineCase& c) {
            c.surgicalHistory = state == State::None ? std::optional(QList<PriorOperation>{}) : std::nullopt;
        },
        kRoot);
    refreshState();
}

void HistorySection::writeOperations(const QString& member)
{
    document().edit([operations = m_model->operations()](SpineCase& c) { c.surgicalHistory = operations; },
                    kRoot + member);
    refreshState();
}

void HistorySection::refreshState()
{
    const auto& history = document().spineCase().surgicalHistory;
    const State state = !history ? State::NotDocumented : history->isEmpty() ? State::None : State::Listed;
    {
        const QSignalBlocker blocker(m_state);
        m_state->setCurrentIndex(static_cast<int>(state));
    }
    // Going back to "not documented" or "none" would drop listed operations: remove them first.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_state->model())) {
        const bool listed = m_model->rowCount() > 0;
        items->item(static_cast<int>(State::NotDocumented))->setEnabled(!listed);
        items->item(static_cast<int>(State::None))->setEnabled(!listed);
    }
    m_removeOperation->setEnabled(m_table->currentIndex().isValid());
}

void HistorySection::addOperation()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex cell = m_model->index(row, static_cast<int>(Column::Procedure));
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_table->setFocus(Qt::OtherFocusReason);
    refreshState();
}

void HistorySection::removeOperation()
{
    const QModelIndex cell = m_table->currentIndex();
    if (!cell.isValid())
        return;
    m_model->removeRows(cell.row(), 1);
    m_table->setFocus(Qt::OtherFocusReason);
}

void HistorySection::showIssues(const ValidationIssues& issues)
{
    QStringList lines = m_model->setIssues(issues, kRoot);
    for (QString& line : lines)
        line.prepend(issuePrefix());
    m_issues->setText(lines.join(u'\n'));
    m_issues->setVisible(!lines.isEmpty());
}

bool HistorySection::focusPath(const QString& jsonPath)
{
    if (!ownsPath(jsonPath))
        return false;
    const std::optional<IndexedPath> path = IndexedPath::parse(jsonPath, kRoot);
    if (!path) {
        (m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_state)->setFocus(Qt::OtherFocusReason);
        return jsonPath == kRoot;
    }
    if (path->index >= m_model->rowCount())
        return false;
    const Column column = PriorOperationsModel::columnOf(path->rest).value_or(Column::Procedure);
    const QModelIndex cell = m_model->index(static_cast<int>(path->index), static_cast<int>(column));
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(cell);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace spinereview
