// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/validationissue.h"
#include "interop/mappingreport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace spinereview {

class MappingReportModel;

// What an import did, shown beside the desk without blocking it: a summary, the errors of a refused bundle,
// and the mapping report as a table, so the reviewer can check each field against its source and see what is
// left to enter by hand.
class FhirImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FhirImportDialog)

public:
    explicit FhirImportDialog(QWidget* parent = nullptr);

    // Shows the outcome of importing `path`: imported when `errors` is empty.
    void showResult(const QString& path, const ValidationIssues& errors, const MappingReport& report);

    MappingReportModel* model() const { return m_model; }
    QString summaryText() const;

private:
    QLabel* m_summary;
    QPlainTextEdit* m_errors;
    QTableView* m_table;
    MappingReportModel* m_model;
};

} // namespace spinereview
