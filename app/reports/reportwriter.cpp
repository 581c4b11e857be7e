// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportwriter.h"

#include "core/engine/resultjson.h"
#include "reports/lettercontent.h"
#include "reports/pagedrenderer.h"
#include "reports/reportsections.h"
#include "reports/requestcontent.h"
#include "reports/summarycontent.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace spinereview {

using namespace Qt::StringLiterals;

QString ReportWriter::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return SummaryContent::title();
    case ReportKind::Letter:
        return LetterContent::title();
    case ReportKind::RequestForInformation:
        return RequestContent::title();
    }
    return {};
}

QString ReportWriter::html(ReportKind kind, const ReportInput& input)
{
    switch (kind) {
    case ReportKind::Summary:
        return SummaryContent::html(input);
    case ReportKind::Letter:
        return LetterContent::html(input);
    case ReportKind::RequestForInformation:
        return RequestContent::html(input);
    }
    return {};
}

QString ReportWriter::plainText(ReportKind kind, const ReportInput& input)
{
    QTextDocument document;
    document.setHtml(html(kind, input));
    return document.toPlainText();
}

QStringList ReportWriter::footer(ReportKind kind, const ReportInput& input)
{
    return ReportSections::footer(title(kind), input);
}

QPageLayout ReportWriter::pageLayout()
{
    // Inches: a wider left margin leaves room for a binder's holes.
    return QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0.9, 0.7, 0.75, 0.55),
                       QPageLayout::Inch);
}

int ReportWriter::print(ReportKind kind, const ReportInput& input, QPagedPaintDevice& device)
{
    return PagedRenderer::render(html(kind, input), footer(kind, input), device);
}

bool ReportWriter::writePdf(ReportKind kind, const ReportInput& input, const QString& path, QString* error)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout());
        writer.setTitle(tr("%1 — %2").arg(title(kind), input.result.caseId));
        writer.setCreator(tr("SpineReview %1").arg(QString(ResultJson::engineVersion)));
        if (print(kind, input, writer) == 0) {
            if (error)
                *error = tr("the PDF could not be drawn");
            return false;
        }
    }
    return writeFile(path, bytes, error);
}

bool ReportWriter::writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder"));
    // QSaveFile gives the new file the mode of the one it replaces: a new file is first made owner-only.
    bool created = false;
    if (!QFileInfo::exists(path)) {
        QFile placeholder(path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(placeholder.errorString());
        created = true;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    const QString why = file.errorString();
    if (created)
        QFile::remove(path);
    return fail(why);
}

QString ReportWriter::suggestedFileName(ReportKind kind, const ReportInput& input)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    static const QRegularExpression dashesAtEnds(u"^-+|-+$"_s);
    QString base = input.result.caseId;
    base.replace(unsafe, u"-"_s).remove(dashesAtEnds);
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"case"_s);
    return base + u'-' + enumToString(kind) + u".pdf"_s;
}

} // namespace spinereview
