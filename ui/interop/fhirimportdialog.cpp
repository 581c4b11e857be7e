// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirimportdialog.h"

#include "interop/mappingreportmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;

FhirImportDialog::FhirImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_model(new MappingReportModel(this))
{
    setObjectName(u"fhirImportDialog"_s);
    setWindowTitle(tr("FHIR import"));
    setModal(false);
    m_summary->setObjectName(u"fhirImportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errors->setObjectName(u"fhirImportErrors"_s);
    m_errors->setReadOnly(true);
    m_errors->setAccessibleName(tr("Why the bundle was not imported"));
    m_table->setObjectName(u"fhirImportReport"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Mapping report"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 560);
}

void FhirImportDialog::showResult(const QString& path, const ValidationIssues& errors, const MappingReport& report)
{
    const QString name = QFileInfo(path).fileName();
    if (errors.isEmpty()) {
        m_summary->setText(tr("%1 was imported into the desk: %2 Check the mapped fields against the bundle and "
                              "enter what was not mapped; the case is not saved yet.")
                               .arg(name, report.summary()));
    } else {
        m_summary->setText(tr("%1 was not imported; the case in the desk is unchanged.").arg(name));
    }
    QStringList lines;
    for (const ValidationIssue& issue : errors)
        lines.append(issue.toString());
    m_errors->setPlainText(lines.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    m_model->setReport(report);
    m_table->setVisible(!report.entries().isEmpty());
    m_table->resizeColumnsToContents();
    show();
    raise();
}

QString FhirImportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace spinereview
