// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reportcommand.h"

#include "cli/databaseoption.h"
#include "cli/evaluationinputs.h"
#include "cli/optionparser.h"
#include "core/engine/evaluator.h"
#include "reports/reportwriter.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/reviewerrepository.h"
#include "storage/reviewrepository.h"

namespace spinereview {

using namespace Qt::StringLiterals;

namespace ReportCommand {

namespace {

const QString command = u"spinereview report"_s;

struct StoredReview
{
    Review review;
    QString caseId;
    QString assignedReviewer;
};

// The review `--review` names, with its case id and its reviewer's name; nullopt after printing why.
std::optional<StoredReview> readReview(const DatabaseLocation& location, qint64 ref, CommandContext& context)
{
    const std::unique_ptr<Database> database = DatabaseOption::open(location, context, command);
    if (!database)
        return std::nullopt;
    const AuditLog audit(*database);
    StorageResult<Review> review = ReviewRepository(*database, audit).find(ref);
    if (!review.ok()) {
        context.err << command << ": review " << ref << ": " << review.error().message << '\n';
        return std::nullopt;
    }
    StorageResult<StoredCase> stored = CaseRepository(*database, audit).find(review.value().caseRef);
    if (!stored.ok()) {
        context.err << command << ": review " << ref << ": " << stored.error().message << '\n';
        return std::nullopt;
    }
    StoredReview out{review.take(), stored.value().caseId, {}};
    if (out.review.reviewerRef) {
        StorageResult<Reviewer> reviewer = ReviewerRepository(*database, audit).find(*out.review.reviewerRef);
        if (reviewer.ok())
            out.assignedReviewer = reviewer.value().name;
    }
    return out;
}

} // namespace

ExitStatus run(const QStringList& arguments, CommandContext& context)
{
    OptionParser options({u"kind"_s, u"pdf"_s, u"criteria"_s, u"criteria-dir"_s, u"database"_s, u"review"_s}, {});
    QString problem = options.parse(arguments) ? QString() : options.error();
    if (problem.isEmpty() && options.positional().size() != 1)
        problem = u"expected exactly one case file"_s;
    const std::optional<ReportKind> kind = enumFromString<ReportKind>(options.value(u"kind"_s));
    if (problem.isEmpty() && !kind)
        problem = u"--kind is summary, letter or rfi, not \"%1\""_s.arg(options.value(u"kind"_s));
    if (problem.isEmpty() && options.value(u"pdf"_s).isEmpty())
        problem = u"--pdf names the file to write"_s;
    bool refOk = false;
    const qint64 ref = options.value(u"review"_s).toLongLong(&refOk);
    if (problem.isEmpty() && options.isSet(u"review"_s) && (!refOk || ref <= 0))
        problem = u"--review takes a review number, not \"%1\""_s.arg(options.value(u"review"_s));
    if (problem.isEmpty() && options.isSet(u"database"_s) && !options.isSet(u"review"_s))
        problem = u"--database goes with --review"_s;
    if (!problem.isEmpty()) {
        context.err << command << ": " << problem << '\n' << CommandLine::usage();
        return ExitStatus::Usage;
    }

    std::optional<DatabaseLocation> location;
    if (options.isSet(u"review"_s)) {
        location = DatabaseOption::location(options.value(u"database"_s), context, command);
        if (!location)
            return ExitStatus::Usage;
    }

    const std::optional<SpineCase> spineCase = EvaluationInputs::readCase(options.positional().first(), context);
    if (!spineCase)
        return ExitStatus::BadInput;

    std::optional<StoredReview> stored;
    if (location) {
        stored = readReview(*location, ref, context);
        if (!stored)
            return ExitStatus::DatabaseFailed;
        if (stored->caseId != spineCase->caseId) {
            context.err << command << ": review " << ref << " is of case \"" << stored->caseId << "\", not of \""
                        << spineCase->caseId << "\" in " << options.positional().first() << '\n';
            return ExitStatus::BadInput;
        }
    }
    // A review's criteria set is fixed when it is made: its decisions are reported under that set.
    QString criteriaId = options.value(u"criteria"_s);
    if (stored && !criteriaId.isEmpty() && criteriaId != stored->review.criteriaId) {
        context.err << command << ": review " << ref << " was made under criteria set \"" << stored->review.criteriaId
                    << "\", not \"" << criteriaId << "\"\n";
        return ExitStatus::Usage;
    }
    if (stored)
        criteriaId = stored->review.criteriaId;

    const CriteriaCatalog catalog = EvaluationInputs::loadCriteria(options, context);
    ExitStatus status = ExitStatus::Done;
    const CriteriaSetPtr set = EvaluationInputs::chooseSet(catalog, criteriaId, context, command, status);
    if (!set)
        return status;

    ReportInput input{*spineCase,
                      Evaluator::evaluate(*spineCase, set, spineCase->reviewDate.value_or(context.today)),
                      catalog.evidence(),
                      std::nullopt,
                      {}};
    if (stored) {
        input.review = stored->review;
        input.assignedReviewer = stored->assignedReviewer;
    }
    const QString path = options.value(u"pdf"_s);
    QString error;
    if (!ReportWriter::writePdf(*kind, input, path, &error)) {
        context.err << command << ": " << error << '\n';
        return ExitStatus::Usage;
    }
    context.out << "wrote " << ReportWriter::title(*kind).toLower() << " of " << spineCase->caseId << " under "
                << set->info.id << ' ' << set->info.version << " to " << path << '\n';
    return ExitStatus::Done;
}

} // namespace ReportCommand

} // namespace spinereview
