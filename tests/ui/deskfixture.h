// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The assembled desk as main() builds it — settings in a throw-away file, the source tree's criteria, a case
// document, its evaluation and the main window at 1440×900 — for the tests that drive the whole window.
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "mainwindow.h"

#include <QDate>
#include <QSettings>
#include <QTemporaryDir>

namespace testing {

struct DeskFixture
{
    // `today` stands in for the clock, so an undated case is reviewed on a known day.
    explicit DeskFixture(QDate today = QDate(2026, 11, 26))
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , evaluation(document,
                     spinereview::CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria")),
                     today)
        , window(document, evaluation, settings)
    {
        window.resize(1440, 900);
    }

    QTemporaryDir dir;
    QSettings settings;
    spinereview::CaseDocument document;
    spinereview::EvaluationController evaluation;
    spinereview::MainWindow window;
};

} // namespace testing
