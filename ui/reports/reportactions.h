// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportinput.h"
#include "reports/reportkind.h"

#include <QMenu>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

class QAction;
class QWidget;

namespace spinereview {

class CaseDocument;
class EvaluationController;
class ReviewSession;

// The desk's printed documents: print preview and PDF export of the review summary, the letter of medical
// necessity and the request for information, made from the case and the evaluation on screen and, while a
// stored review is open, its decisions, reasons and notes. The window places menu() in its menu bar.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    ReportActions(const CaseDocument& document, const EvaluationController& evaluation, QWidget* window);
    ~ReportActions() override;

    // The open review goes into the summary; `reviewerName` names its assigned reviewer by reference, when
    // given. nullptr: reports without a review.
    void setReviewSession(const ReviewSession* session, std::function<QString(qint64)> reviewerName = {});

    // "Re&ports": the three print previews, then the three exports.
    QMenu* menu() const { return m_menu; }
    QAction* previewAction(ReportKind kind) const { return m_preview.at(kind); }
    QAction* exportAction(ReportKind kind) const { return m_export.at(kind); }

    // What a report is made from now.
    ReportInput input() const;
    // Writes the PDF without asking anything; false, with `error` saying why, on failure.
    bool exportTo(ReportKind kind, const QString& path, QString* error) const;

public slots:
    void preview(ReportKind kind);
    // Asks where to save the PDF, then writes it.
    void exportPdf(ReportKind kind);

private:
    void updateEnabled();

    const CaseDocument& m_document;
    const EvaluationController& m_evaluation;
    QWidget* m_window;
    QPointer<const ReviewSession> m_session;
    std::function<QString(qint64)> m_reviewerName;
    QPointer<QMenu> m_menu;
    std::map<ReportKind, QAction*> m_preview;
    std::map<ReportKind, QAction*> m_export;
};

} // namespace spinereview
