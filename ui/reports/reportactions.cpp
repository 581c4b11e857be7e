// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportactions.h"

#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "reports/reportwriter.h"
#include "review/reviewsession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

constexpr ReportKind kinds[] = {ReportKind::Summary, ReportKind::Letter, ReportKind::RequestForInformation};

QString objectSuffix(ReportKind kind)
{
    QString name = enumToString(kind);
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

ReportActions::ReportActions(const CaseDocument& document, const EvaluationController& evaluation, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_evaluation(evaluation)
    , m_window(window)
    , m_menu(new QMenu(tr("Re&ports"), window))
{
    m_menu->setObjectName(u"reportsMenu"_s);
    const std::map<ReportKind, std::pair<QString, QString>> texts = {
        {ReportKind::Summary, {tr("Print preview — review &summary…"), tr("Export PDF — review summar&y…")}},
        {ReportKind::Letter,
         {tr("Print preview — &letter of medical necessity…"), tr("Export PDF — letter of medical &necessity…")}},
        {ReportKind::RequestForInformation,
         {tr("Print preview — request for &information…"), tr("Export PDF — request for in&formation…")}}};
    for (ReportKind kind : kinds) {
        QAction* preview = new QAction(texts.at(kind).first, this);
        preview->setObjectName(u"actionPreview"_s + objectSuffix(kind));
        preview->setStatusTip(tr("Shows the %1 as it prints, from the case and results on screen.")
                                  .arg(ReportWriter::title(kind).toLower()));
        connect(preview, &QAction::triggered, this, [this, kind] { this->preview(kind); });
        m_preview[kind] = preview;
        QAction* exported = new QAction(texts.at(kind).second, this);
        exported->setObjectName(u"actionExport"_s + objectSuffix(kind));
        exported->setStatusTip(tr("Saves the %1 as a PDF file.").arg(ReportWriter::title(kind).toLower()));
        connect(exported, &QAction::triggered, this, [this, kind] { exportPdf(kind); });
        m_export[kind] = exported;
    }
    for (ReportKind kind : kinds)
        m_menu->addAction(m_preview[kind]);
    m_menu->addSeparator();
    for (ReportKind kind : kinds)
        m_menu->addAction(m_export[kind]);

    connect(&m_evaluation, &EvaluationController::evaluated, this, &ReportActions::updateEnabled);
    updateEnabled();
}

ReportActions::~ReportActions()
{
    // The menu belongs to the window when there is one; without one it is this object's to delete.
    if (!m_window)
        delete m_menu;
}

void ReportActions::setReviewSession(const ReviewSession* session, std::function<QString(qint64)> reviewerName)
{
    m_session = session;
    m_reviewerName = std::move(reviewerName);
}

ReportInput ReportActions::input() const
{
    ReportInput input{
        m_document.spineCase(), m_evaluation.result(), m_evaluation.catalog().evidence(), std::nullopt, {}};
    if (m_session && m_session->isOpen()) {
        input.review = m_session->review();
        if (m_reviewerName && input.review->reviewerRef)
            input.assignedReviewer = m_reviewerName(*input.review->reviewerRef);
    }
    return input;
}

bool ReportActions::exportTo(ReportKind kind, const QString& path, QString* error) const
{
    return ReportWriter::writePdf(kind, input(), path, error);
}

void ReportActions::preview(ReportKind kind)
{
    const ReportInput made = input();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportWriter::pageLayout());
    printer.setDocName(ReportWriter::suggestedFileName(kind, made));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(u"reportPreview"_s);
    dialog.setWindowTitle(tr("Print preview — %1").arg(ReportWriter::title(kind)));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [kind, &made](QPrinter* target) { ReportWriter::print(kind, made, *target); });
    dialog.exec();
}

void ReportActions::exportPdf(ReportKind kind)
{
    const ReportInput made = input();
    const QString folder =
        m_document.filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document.filePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %1 as PDF").arg(ReportWriter::title(kind)),
                                                QDir(folder).filePath(ReportWriter::suggestedFileName(kind, made)),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    QString error;
    if (!ReportWriter::writePdf(kind, made, path, &error))
        QMessageBox::warning(m_window, tr("The PDF was not saved"), error);
}

void ReportActions::updateEnabled()
{
    const EvaluationResult& result = m_evaluation.result();
    const bool ready = result.criteriaSet && !result.components.empty();
    for (ReportKind kind : kinds) {
        m_preview[kind]->setEnabled(ready);
        m_export[kind]->setEnabled(ready);
    }
}

} // namespace spinereview
