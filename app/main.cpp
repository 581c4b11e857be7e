// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root. A subcommand runs the command line under QCoreApplication (no window, no display
// needed; `report` under QGuiApplication on the offscreen platform, for its fonts); otherwise QApplication builds the
// reviewer's desk: settings, criteria catalogue, case document, evaluation, window — each passed to what needs it.

#include "cli/commandline.h"
#include "cli/databaseoption.h"
#include "core/criteria/criteriacatalog.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "i18n/languageloader.h"
#include "mainwindow.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

using namespace spinereview;
using namespace Qt::StringLiterals;

int runCommandLine(int argc, char* argv[], bool needsGui)
{
    // `report` lays PDFs out, which needs fonts and so a QGuiApplication: on the offscreen platform unless one
    // was chosen, so that it runs without a display. Every other subcommand needs no more than Qt Core.
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINEREVIEW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext context{out, err, QString(CriteriaCatalog::bundledDirectory), QDate::currentDate()};
    const ExitStatus status = CommandLine::run(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return static_cast<int>(status);
}

// `spinereview [--database DB] [--review REF] [--compare] [--exit-when-shown] [CASE.json]` and
// `spinereview --screenshot PATH [--database DB [--review REF]] [--compare] [CASE.json]`.
struct WindowArguments
{
    QString casePath;
    QString screenshotPath;
    std::optional<QString> database; // --database; else the setting, else the default file
    qint64 reviewRef = 0;            // --review: a stored review to open into the desk
    bool compare = false;            // open on the comparison of all criteria sets
    bool exitWhenShown = false;      // for start-up benchmarks and smoke tests of an installed binary
    QString error;
};

// Ends the process once the window has painted for the first time, printing how long that took since
// main() began — what a person waits for before the desk is there. The time before main() (loading the
// executable and Qt's libraries) is not visible from inside; the start-up benchmark measures it from
// outside.
class FirstPaintExit final : public QObject
{
public:
    FirstPaintExit(QWidget& window, const QElapsedTimer& sinceMain)
        : m_sinceMain(sinceMain)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued, so the paint in progress finishes (and is flushed) before the process ends.
            QTimer::singleShot(0, this, [this] {
                std::printf("shown %.1f ms after main\n", double(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_sinceMain;
    bool m_painted = false;
};

WindowArguments windowArguments(const QStringList& arguments)
{
    WindowArguments parsed;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == "--screenshot"_L1 && i + 1 < arguments.size())
            parsed.screenshotPath = arguments[++i];
        else if (argument == "--database"_L1 && i + 1 < arguments.size())
            parsed.database = arguments[++i];
        else if (argument == "--review"_L1 && i + 1 < arguments.size())
            parsed.reviewRef = arguments[++i].toLongLong();
        else if (argument == "--compare"_L1)
            parsed.compare = true;
        else if (argument == "--exit-when-shown"_L1)
            parsed.exitWhenShown = true;
        else if (argument.startsWith(u'-'))
            parsed.error = u"unknown option \"%1\""_s.arg(argument);
        else if (parsed.casePath.isEmpty())
            parsed.casePath = argument;
        else
            parsed.error = u"expected at most one case file"_s;
    }
    return parsed;
}

// The reviews' database, as the command line finds it: --database, else the setting, else the default file
// in the user's data directory (created on first run). nullptr, and `why`, when it cannot be opened — the
// desk then works on case files alone, and a damaged or newer database is left exactly as it was.
std::unique_ptr<Database> openStorage(const std::optional<QString>& option, const QSettings& settings, QString* why)
{
    const QString text = option.value_or(settings.value(DatabaseOption::settingKey).toString());
    StorageResult<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location.ok()) {
        *why = location.error().message;
        return nullptr;
    }
    StorageResult<std::unique_ptr<Database>> opened = Database::open(location.value());
    if (!opened.ok()) {
        *why = opened.error().message;
        return nullptr;
    }
    return opened.take();
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::handles(arguments))
        return runCommandLine(argc, argv, CommandLine::needsGui(arguments));

    const WindowArguments parsed = windowArguments(arguments);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "spinereview: %s\n%s", qPrintable(parsed.error), qPrintable(CommandLine::usage()));
        return static_cast<int>(ExitStatus::Usage);
    }
    // A screenshot needs no screen: render offscreen unless a platform was chosen.
    if (!parsed.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SpineReview"_s);
    QApplication::setOrganizationName(u"SpineReview"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPINEREVIEW_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/org.spinereview.SpineReview.svg"_s));
    // Wayland matches the window to its .desktop entry, and so to its icon, by this name.
    QApplication::setDesktopFileName(u"org.spinereview.SpineReview"_s);

    QSettings settings;
    // The desk's language — the setting ui/language, else the system's — installed before any window exists.
    LanguageLoader language;
    language.install(LanguageLoader::chosen(settings));
    // A screenshot touches no database unless one is named: it is for documentation and tests.
    QString storageProblem;
    const bool wantsStorage = parsed.screenshotPath.isEmpty() || parsed.database;
    const std::unique_ptr<Database> database =
        wantsStorage ? openStorage(parsed.database, settings, &storageProblem) : nullptr;
    CaseDocument document;
    EvaluationController evaluation(
        document, CriteriaCatalog::loadDirectory(QString(CriteriaCatalog::bundledDirectory)), QDate::currentDate());
    MainWindow window(document, evaluation, settings);
    window.resize(1440, 900);
    ReviewWorkflow* reviews = nullptr; // owned by the window
    if (database) {
        reviews = new ReviewWorkflow(document, evaluation, *database, settings, *window.fileActions(), &window);
        window.attachReviews(*reviews);
    } else if (wantsStorage) {
        window.showStorageUnavailable(storageProblem);
    }
    if (parsed.reviewRef > 0) {
        // No one may be there to answer a dialog (a screenshot): say why on stderr, as every command does.
        const StorageStatus failed = reviews
                                         ? reviews->session().open(parsed.reviewRef)
                                         : StorageStatus(StorageError{StorageError::Kind::Unavailable, storageProblem});
        if (failed) {
            std::fprintf(stderr, "spinereview: review %lld: %s\n", parsed.reviewRef, qPrintable(failed->message));
            return static_cast<int>(ExitStatus::DatabaseFailed);
        }
    }
    if (parsed.compare) {
        if (auto* compare = window.findChild<QAction*>(u"actionCompare"_s))
            compare->setChecked(true);
    }
    if (!parsed.screenshotPath.isEmpty()) {
        // No one to answer a dialog: problems go to stderr, as for every command.
        if (!parsed.casePath.isEmpty()) {
            const ValidationIssues issues = document.load(parsed.casePath);
            for (const ValidationIssue& issue : issues)
                std::fprintf(stderr, "spinereview: %s\n", qPrintable(issue.toString()));
            if (!issues.isEmpty())
                return static_cast<int>(ExitStatus::BadInput);
        }
        window.show();
        // Let the layouts settle (splitters apply their sizes once the window has its geometry).
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
        const bool saved = window.grab().save(parsed.screenshotPath);
        if (!saved)
            std::fprintf(stderr, "spinereview: cannot write %s\n", qPrintable(parsed.screenshotPath));
        return saved ? 0 : static_cast<int>(ExitStatus::BadInput);
    }
    std::optional<FirstPaintExit> exitWhenShown;
    if (parsed.exitWhenShown)
        exitWhenShown.emplace(window, sinceMain);
    window.show();
    if (!parsed.casePath.isEmpty())
        window.fileActions()->open(parsed.casePath);
    if (!parsed.exitWhenShown) {
        // Once the desk is up: why reviews cannot be stored, or the work a crash interrupted.
        QTimer::singleShot(0, &window, [&window, reviews, storageProblem] {
            if (reviews)
                reviews->offerRecovery();
            else
                QMessageBox::warning(&window, QApplication::translate("main", "Reviews are not stored"),
                                     QApplication::translate("main", "%1\n\nThe desk works on case files until the "
                                                                     "database can be opened; nothing in it was "
                                                                     "changed.")
                                         .arg(storageProblem));
        });
    }
    return QApplication::exec();
}
