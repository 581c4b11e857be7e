// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/clinicallisteditor.h"

#include "models/clinicalitemdelegate.h"
#include "models/clinicallistmodel.h"
#include "sections/clinicalform.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;

ClinicalListEditor::ClinicalListEditor(ClinicalListModel* model, const QString& documentedText,
                                       const QString& accessibleName, ClinicalForm& form, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_documented(new QCheckBox(documentedText, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add row"), this))
    , m_remove(new QPushButton(tr("Remove row"), this))
{
    const QString name = ClinicalForm::objectNameFor(model->path());
    m_documented->setObjectName(name + u"_documented"_s);
    m_documented->setAccessibleName(tr("%1 documented").arg(accessibleName));
    m_view->setModel(model);
    m_view->setItemDelegate(new ClinicalItemDelegate(m_view));
    // Tab leaves the table (arrows move between cells), so the keyboard never gets stuck in a list.
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setMinimumHeight(110);
    form.addField(m_view, model->path(), accessibleName);
    m_add->setObjectName(name + u"_add"_s);
    m_add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    m_remove->setObjectName(name + u"_remove"_s);
    m_remove->setAccessibleName(tr("Remove the selected row from %1").arg(accessibleName));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_documented);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(form.createIssueLabel(model->path()));
    setFocusProxy(m_documented);
    // While the list is not documented the table is disabled; a path into it then finds the "documented" box.
    form.addFocusTarget(model->path(), this);

    connect(m_documented, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setDocumented(on);
        updateState();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowCount();
        if (!m_model->insertRows(row, 1))
            return;
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
        updateState();
    });
    connect(m_model, &ClinicalListModel::documentedChanged, this, &ClinicalListEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClinicalListEditor::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ClinicalListEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClinicalListEditor::updateState);
    updateState();
}

void ClinicalListEditor::updateState()
{
    const QSignalBlocker blocker(m_documented);
    m_documented->setChecked(m_model->isDocumented());
    m_view->setEnabled(m_model->isDocumented());
    m_remove->setEnabled(m_model->isDocumented() && m_view->currentIndex().isValid());
}

} // namespace spinereview
