// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testing {

// One run of a program as a user runs it: its exit status (-1 when it crashed or hung) and what it printed.
struct ProcessRun
{
    int status = -1;
    QString out;
    QString err;

    // The status and both streams, clipped, for a failure message.
    QString describe() const;
};

ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 120000);

} // namespace testing
