// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/comparisonview.h"

#include "models/comparisonmodel.h"
#include "results/criteriasetbar.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace spinereview {

using namespace Qt::StringLiterals;

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_sets(new QLabel(this))
{
    setObjectName(u"comparisonView"_s);
    setAccessibleName(tr("Comparison of criteria sets"));
    m_heading->setObjectName(u"comparisonHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setAccessibleName(tr("Components by criteria set"));
    m_table->setAccessibleDescription(
        tr("One row per requested component, one column per criteria set, and whether the sets agree. Press Enter "
           "on a cell to see that component's reasons under that set."));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sets->setObjectName(u"comparisonSets"_s);
    m_sets->setAccessibleName(tr("Criteria sets compared"));
    m_sets->setWordWrap(true);
    m_sets->setTextFormat(Qt::PlainText);
    m_sets->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sets);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const CriteriaSetPtr set = m_model->set(index.column());
        const std::optional<Component> component = m_model->component(index.row());
        if (set && component)
            emit cellActivated(set->info.id, *component);
    });
    setResults({});
}

void ComparisonView::setResults(const QList<EvaluationResult>& results)
{
    m_model->setResults(results);
    int disagreements = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        disagreements += m_model->disagrees(row) ? 1 : 0;
    m_heading->setText(
        m_model->agreementColumn() == 0 ? tr("Comparison — no criteria sets evaluated")
        : disagreements == 0
            ? tr("Comparison — all %n criteria set(s) agree on every component", nullptr, m_model->agreementColumn())
            : tr("Comparison — the criteria sets disagree on %n component(s)", nullptr, disagreements));
    QStringList sets;
    for (int column = 0; column < m_model->agreementColumn(); ++column)
        sets.append(CriteriaSetBar::describe(m_model->set(column)->info));
    m_sets->setText(sets.join(u'\n'));
}

} // namespace spinereview
