// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace testing {

QString pdfText(const QString& path, QString* error, int page)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty()) {
        *error = QStringLiteral("pdftotext is not installed (Debian: poppler-utils)");
        return {};
    }
    // -raw: in the order the text was drawn, so a table reads row by row, each label beside its value.
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("pdftotext %1 failed: %2").arg(path, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace testing
