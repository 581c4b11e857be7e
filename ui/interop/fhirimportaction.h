// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"
#include "interop/mappingreport.h"

#include <QObject>

class QAction;
class QWidget;

namespace spinereview {

class CaseDocument;
class FhirImportDialog;
class FileActions;

// File → Import FHIR bundle…: a FHIR R4 bundle becomes the desk's case (unsaved, with no file), after the
// same question about unsaved changes as Open; what was and was not mapped is shown in a dialog that does
// not block the desk. The main window puts action() in its File menu.
class FhirImportAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FhirImportAction)

public:
    FhirImportAction(CaseDocument& document, FileActions& files, QWidget* window);

    QAction* action() const { return m_action; }

    // Imports `path` into the desk. False when the reviewer keeps unsaved changes or the bundle is refused
    // (its errors are shown in the dialog and the desk keeps its case).
    bool importBundle(const QString& path);

    // The last import's report and errors, and the same as text ("FILE: PATH: …" lines).
    const MappingReport& lastReport() const { return m_report; }
    const ValidationIssues& lastErrors() const { return m_errors; }
    QString reportText() const;
    // Created at the first import; nullptr before.
    FhirImportDialog* dialog() const { return m_dialog; }

signals:
    void imported(const QString& path);

private:
    void chooseAndImport();

    CaseDocument& m_document;
    FileActions& m_files;
    QWidget* m_window;
    QAction* m_action;
    FhirImportDialog* m_dialog = nullptr;
    MappingReport m_report;
    ValidationIssues m_errors;
};

} // namespace spinereview
