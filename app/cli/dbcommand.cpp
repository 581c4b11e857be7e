// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dbcommand.h"

#include "cli/databaseoption.h"
#include "cli/evaluationinputs.h"
#include "cli/optionparser.h"
#include "core/criteria/criteriacatalog.h"
#include "storage/auditlog.h"
#include "storage/caseintake.h"
#include "storage/caserepository.h"
#include "storage/databasebackup.h"
#include "storage/deidentifier.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace DbCommand {

namespace {

struct Parsed
{
    OptionParser options;
    std::optional<DatabaseLocation> location;
};

// The user who ran the command, as audit entries name it.
Actor commandActor(const QString& command)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", u"unknown user"_s));
    return Actor::program(u"%1 (%2)"_s.arg(command, user));
}

ExitStatus importCases(const OptionParser& options, const Database& database, CommandContext& context)
{
    const QString command = u"spinereview db import"_s;
    const CriteriaCatalog catalog = EvaluationInputs::loadCriteria(options, context);
    ExitStatus chosen = ExitStatus::Done;
    const CriteriaSetPtr set =
        EvaluationInputs::chooseSet(catalog, options.value(u"criteria"_s), context, command, chosen);
    if (!set)
        return chosen;

    const AuditLog audit(database);
    const CaseIntake intake(database, audit);
    const Actor actor = commandActor(command);
    ExitStatus status = ExitStatus::Done;
    for (const QString& path : options.positional()) {
        const StorageResult<IntakeOutcome> imported = intake.importFile(path, set, context.today, actor);
        if (!imported.ok()) {
            if (imported.error().kind != StorageError::Kind::Invalid) {
                context.err << command << ": " << imported.error().message << '\n';
                return ExitStatus::DatabaseFailed;
            }
            const QStringList problems = imported.error().message.split(u'\n');
            for (const QString& problem : problems)
                context.err << "spinereview: " << problem << '\n';
            status = ExitStatus::BadInput;
            continue;
        }
        const StoredCase& stored = imported.value().stored;
        if (imported.value().unchanged) {
            context.out << stored.caseId << ": already stored as case " << stored.ref << ", unchanged\n";
            continue;
        }
        context.out << stored.caseId << ": imported as case " << stored.ref << ", review "
                    << imported.value().review->ref << " under " << set->info.id << ' ' << set->info.version << ", due "
                    << (stored.dueAt ? stored.dueAt->toUTC().toString(Qt::ISODate) : u"— (no receivedAt)"_s) << '\n';
        context.out.flush();
    }
    return status;
}

QString exportFileName(const StoredCase& stored, QSet<QString>& used)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString base = stored.caseId;
    base.replace(unsafe, u"_"_s);
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"case"_s);
    QString name = base + ".json"_L1;
    if (used.contains(name))
        name = u"%1-%2.json"_s.arg(base).arg(stored.ref);
    used.insert(name);
    return name;
}

ExitStatus exportCases(const OptionParser& options, const Database& database, CommandContext& context)
{
    const QString command = u"spinereview db export"_s;
    const QString folder = options.value(u"output"_s, u"."_s);
    if (!QDir().mkpath(folder)) {
        context.err << command << ": cannot create the folder " << folder << '\n';
        return ExitStatus::Usage;
    }
    const bool deidentify = options.isSet(u"deidentify"_s);
    const AuditLog audit(database);
    const CaseRepository cases(database, audit);
    QSet<QString> used;
    qint64 written = 0;
    std::optional<ExitStatus> stopped;
    const StorageStatus failed = cases.forEach([&](const StoredCase& stored) {
        QByteArray bytes = stored.document;
        if (deidentify) {
            const Deidentifier::Result clean = Deidentifier::deidentify(stored.document, context.today);
            if (!clean.error.isEmpty()) {
                context.err << command << ": case \"" << stored.caseId << "\": " << clean.error << '\n';
                stopped = ExitStatus::DatabaseFailed;
                return false;
            }
            bytes = clean.document;
        }
        const QString path = QDir(folder).filePath(exportFileName(stored, used));
        // Both kinds hold clinical data: readable by their owner only, and never written over another file.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            context.err << command << ": cannot write " << path << ": "
                        << (QFileInfo::exists(path) ? u"it already exists (export writes new files only)"_s
                                                    : file.errorString())
                        << "; " << written << " files were written before it\n";
            stopped = ExitStatus::Usage;
            return false;
        }
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            context.err << command << ": cannot write " << path << ": " << file.errorString() << '\n';
            stopped = ExitStatus::Usage;
            return false;
        }
        ++written;
        return true;
    });
    if (failed) {
        context.err << command << ": " << failed->message << '\n';
        return ExitStatus::DatabaseFailed;
    }
    if (stopped)
        return *stopped;
    context.out << "exported " << written << (deidentify ? " de-identified" : "") << " case files to "
                << QDir(folder).absolutePath() << '\n';
    return ExitStatus::Done;
}

ExitStatus backup(const OptionParser& options, const Database& database, CommandContext& context)
{
    const QString path = QFileInfo(options.positional().first()).absoluteFilePath();
    if (auto failed = DatabaseBackup(database).backup(path)) {
        context.err << "spinereview db backup: " << failed->message << '\n';
        return failed->kind == StorageError::Kind::Invalid ? ExitStatus::Usage : ExitStatus::DatabaseFailed;
    }
    context.out << "backed up " << database.location().display() << " to " << path << " (" << QFileInfo(path).size()
                << " bytes, readable by its owner only)\n";
    return ExitStatus::Done;
}

ExitStatus restore(const OptionParser& options, const Database& database, CommandContext& context)
{
    const QString path = QFileInfo(options.positional().first()).absoluteFilePath();
    StorageResult<RestoreReport> report = DatabaseBackup(database).restore(path);
    if (!report.ok()) {
        // The backup file passed its check before: what fails now is the database (or a non-empty server).
        context.err << "spinereview db restore: " << report.error().message << '\n';
        return ExitStatus::DatabaseFailed;
    }
    context.out << "restored " << report.value().cases << " cases, " << report.value().reviews << " reviews, "
                << report.value().reviewers << " reviewers and " << report.value().auditEntries
                << " audit entries from " << path << " into " << database.location().display() << '\n';
    if (!report.value().safetyCopy.isEmpty())
        context.out << "the database as it was before is kept in " << report.value().safetyCopy << '\n';
    return ExitStatus::Done;
}

} // namespace

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    const QString subcommand = arguments.value(0);
    const QString command = u"spinereview db "_s + subcommand;
    QStringList rest = arguments.mid(1);
    for (QString& argument : rest) {
        if (argument == "-o"_L1)
            argument = u"--output"_s;
    }
    QSet<QString> values{u"database"_s};
    QSet<QString> flags;
    qsizetype minimum = 0;
    qsizetype maximum = 0;
    if (subcommand == "import"_L1) {
        values += {u"criteria"_s, u"criteria-dir"_s};
        minimum = 1;
        maximum = std::numeric_limits<qsizetype>::max();
    } else if (subcommand == "export"_L1) {
        values += u"output"_s;
        flags += u"deidentify"_s;
    } else if (subcommand == "backup"_L1 || subcommand == "restore"_L1) {
        minimum = maximum = 1;
    } else if (subcommand != "check"_L1) {
        context.err << "spinereview db: unknown subcommand \"" << subcommand
                    << "\" (import, export, backup, restore or check)\n"
                    << CommandLine::usage();
        return ExitStatus::Usage;
    }
    OptionParser options(values, flags);
    if (!options.parse(rest) || options.positional().size() < minimum || options.positional().size() > maximum) {
        const QString why = !options.error().isEmpty() ? options.error()
                            : minimum == 0             ? u"takes no file"_s
                            : maximum == 1             ? u"expected exactly one file"_s
                                                       : u"expected at least one case file"_s;
        context.err << command << ": " << why << '\n' << CommandLine::usage();
        return ExitStatus::Usage;
    }
    const std::optional<DatabaseLocation> location =
        DatabaseOption::location(options.value(u"database"_s), context, command);
    if (!location)
        return ExitStatus::Usage;

    if (subcommand == "restore"_L1) {
        // A damaged or foreign backup is bad input (status 2), told apart from a database that fails (5).
        const int latest = Migrator(u":/sql"_s).latestVersion();
        if (auto refused = DatabaseBackup::checkBackupFile(options.positional().first(), latest)) {
            context.err << command << ": " << refused->message << '\n';
            return ExitStatus::BadInput;
        }
    }
    if (subcommand == "check"_L1 && location->backend == DatabaseBackend::Sqlite) {
        // Checked read-only, whatever its state: `db check` reports damage, it does not refuse to open.
        const StorageResult<int> version =
            Database::inspectSqliteFile(location->path, Migrator(u":/sql"_s).latestVersion(), true);
        if (!version.ok()) {
            context.err << command << ": " << version.error().message << '\n';
            return version.error().kind == StorageError::Kind::Corrupt ? ExitStatus::VerifyFailed
                                                                       : ExitStatus::DatabaseFailed;
        }
        context.out << location->path << ": intact (SQLite integrity check passed), schema version " << version.value()
                    << '\n';
        return ExitStatus::Done;
    }

    const std::unique_ptr<Database> database = DatabaseOption::open(*location, context, command);
    if (!database)
        return ExitStatus::DatabaseFailed;
    if (subcommand == "import"_L1)
        return importCases(options, *database, context);
    if (subcommand == "export"_L1)
        return exportCases(options, *database, context);
    if (subcommand == "backup"_L1)
        return backup(options, *database, context);
    if (subcommand == "restore"_L1)
        return restore(options, *database, context);
    context.out << database->location().display() << ": reachable, schema version " << database->schemaVersion()
                << '\n';
    return ExitStatus::Done;
}

} // namespace DbCommand

} // namespace spinereview
