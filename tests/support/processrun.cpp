// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"

#include <QProcess>

namespace testing {

QString ProcessRun::describe() const
{
    const auto clip = [](const QString& text) {
        return text.size() > 3000 ? QString(text.left(3000) + QStringLiteral("…")) : text;
    };
    return QStringLiteral("exit status %1\n--- stdout\n%2\n--- stderr\n%3").arg(status).arg(clip(out), clip(err));
}

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                      int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        run.status = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace testing
