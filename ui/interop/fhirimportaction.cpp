// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirimportaction.h"

#include "document/casedocument.h"
#include "document/fileactions.h"
#include "interop/fhirbundleimporter.h"
#include "interop/fhirimportdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>

namespace spinereview {

using namespace Qt::StringLiterals;

FhirImportAction::FhirImportAction(CaseDocument& document, FileActions& files, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
    , m_action(new QAction(tr("Import &FHIR bundle…"), this))
{
    m_action->setObjectName(u"actionImportFhir"_s);
    m_action->setStatusTip(tr("Make a case from a FHIR R4 bundle and show what was mapped"));
    connect(m_action, &QAction::triggered, this, &FhirImportAction::chooseAndImport);
}

void FhirImportAction::chooseAndImport()
{
    if (!m_files.maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import FHIR bundle"), {}, tr("FHIR bundles (*.json)"));
    if (!path.isEmpty())
        importBundle(path);
}

bool FhirImportAction::importBundle(const QString& path)
{
    if (!m_files.maybeSave())
        return false;
    FhirImportOptions options;
    // A bundle without identifier or id is named after its file, as the file dialog showed it.
    options.fallbackCaseId = QFileInfo(path).completeBaseName();
    FhirImportResult result = FhirBundleImporter::importFile(path, options);
    m_report = result.report;
    m_errors = result.errors;
    if (result.ok())
        m_document.replace(*result.value, {}, /*modified*/ true);
    if (!m_dialog)
        m_dialog = new FhirImportDialog(m_window);
    m_dialog->showResult(path, m_errors, m_report);
    if (result.ok())
        emit imported(path);
    return result.ok();
}

QString FhirImportAction::reportText() const
{
    QStringList lines;
    for (const ValidationIssue& issue : m_errors)
        lines.append(issue.toString());
    if (!m_report.entries().isEmpty())
        lines.append(m_report.toText());
    return lines.join(u'\n');
}

} // namespace spinereview
