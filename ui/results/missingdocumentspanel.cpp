// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/missingdocumentspanel.h"

#include "models/missingdocumentsmodel.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>

namespace spinereview {

using namespace Qt::StringLiterals;

MissingDocumentsPanel::MissingDocumentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new MissingDocumentsModel(this))
    , m_heading(new QLabel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(tr("Nothing to request: every determination is decided by the documentation."), this))
    , m_copy(new QPushButton(tr("Copy as request for information"), this))
    , m_copied(new QLabel(this))
{
    setObjectName(u"missingDocuments"_s);
    setAccessibleName(tr("Missing documentation"));
    m_heading->setObjectName(u"missingDocumentsHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(u"missingDocumentsList"_s);
    m_list->setAccessibleName(tr("Records to request"));
    m_list->setAccessibleDescription(tr("Tick a record off once it is requested or received; ticked records are "
                                        "left out of the request for information."));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(u"missingDocumentsEmpty"_s);
    m_empty->setWordWrap(true);
    m_copy->setObjectName(u"copyRequest"_s);
    m_copy->setAccessibleName(tr("Copy as request for information"));
    m_copy->setToolTip(tr("Copies a plain-text request listing the outstanding records per component and level."));
    m_copied->setObjectName(u"copyRequestStatus"_s);
    m_copied->setAccessibleName(tr("Copy status"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_copied);

    connect(m_copy, &QPushButton::clicked, this, &MissingDocumentsPanel::copyRequest);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MissingDocumentsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MissingDocumentsPanel::updateState);
    updateState();
}

void MissingDocumentsPanel::setResult(const EvaluationResult& result)
{
    m_model->setResult(result);
    updateState();
}

QString MissingDocumentsPanel::requestText() const
{
    return m_model->requestForInformation();
}

void MissingDocumentsPanel::copyRequest()
{
    QGuiApplication::clipboard()->setText(requestText());
    m_copied->setText(tr("Copied a request for %n record(s) to the clipboard.", nullptr,
                         static_cast<int>(m_model->outstandingRecords().size())));
}

void MissingDocumentsPanel::updateState()
{
    const int total = m_model->rowCount();
    const int outstanding = static_cast<int>(m_model->outstandingRecords().size());
    m_heading->setText(total == 0
                           ? tr("Missing documentation")
                           : tr("Missing documentation — %1 of %n outstanding", nullptr, total).arg(outstanding));
    m_list->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    m_copy->setEnabled(outstanding > 0);
    m_copied->clear();
}

} // namespace spinereview
