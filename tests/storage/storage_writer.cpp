// SPDX-License-Identifier: GPL-3.0-or-later
// A program that writes to a SpineReview database until it is killed, for tst_crashsafety: it imports a case
// with its review, then saves that review (decision, reason, note, status), again and again, and after each
// commit prints what it committed — so the test knows what must be there after a SIGKILL.
//
//   storage_writer DATABASE RUN
//     prints "case CASEID REVIEW" after an import and "save REVIEW VERSION" after a save
#include "core/case/casereader.h"
#include "core/criteria/criteriacatalog.h"
#include "core/engine/evaluator.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/reviewerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "storage_writer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return fail(u"usage: storage_writer DATABASE RUN"_s);
    StorageResult<DatabaseLocation> location = DatabaseLocation::parse(arguments[1]);
    if (!location.ok())
        return fail(location.error().message);
    StorageResult<std::unique_ptr<Database>> opened = Database::open(location.value());
    if (!opened.ok())
        return fail(opened.error().message);
    const Database& database = *opened.value();
    const AuditLog audit(database);
    const CaseRepository cases(database, audit);
    const ReviewRepository reviews(database, audit);
    const ReviewerRepository reviewers(database, audit);

    const CriteriaCatalog catalog = CriteriaCatalog::loadDirectory(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/criteria"));
    QFile seedFile(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json"));
    if (!catalog.defaultSet() || !seedFile.open(QIODevice::ReadOnly))
        return fail(u"cannot load the criteria or the seed case"_s);
    QJsonObject seed = QJsonDocument::fromJson(seedFile.readAll()).object();

    const QString name = u"Writer %1"_s.arg(arguments[2]);
    StorageResult<Reviewer> reviewer = reviewers.add(name, ReviewerRole::NurseReviewer, Actor::program(name));
    if (!reviewer.ok())
        return fail(reviewer.error().message);
    const Actor actor = Actor::of(reviewer.value());

    for (int i = 0;; ++i) {
        seed.insert(u"caseId"_s, u"crash-%1-%2"_s.arg(arguments[2]).arg(i));
        const QByteArray document = QJsonDocument(seed).toJson();
        const CaseReadResult read = CaseReader::readBytes(document, u"seed"_s);
        const EvaluationResult result = Evaluator::evaluate(*read.value, catalog.defaultSet(), QDate(2025, 11, 17));
        Review review;
        {
            Transaction transaction(database);
            StorageResult<CaseRepository::Import> imported = cases.import(document, u"seed"_s, actor);
            if (!imported.ok())
                return fail(imported.error().message);
            StorageResult<Review> created = reviews.create(imported.value().stored.ref, result, actor);
            if (!created.ok())
                return fail(created.error().message);
            if (auto failed = transaction.commit())
                return fail(failed->message);
            review = created.value();
        }
        std::printf("case %s %lld\n", qPrintable(seed.value(u"caseId"_s).toString()), review.ref);
        std::fflush(stdout);

        for (int save = 0; save < 3; ++save) {
            review.status = ReviewStatus::InReview;
            ComponentDecision& fusion = *review.component(Component::Fusion);
            fusion.decision = save % 2 == 0 ? Status::Met : Status::NotMet;
            fusion.reason = u"save %1 of round %2"_s.arg(save).arg(i);
            review.notes = {{u"fusion.instability"_s, Level::L5S1, u"note %1"_s.arg(save)},
                            {u"decompression.stenosis"_s, std::nullopt, u"round %1"_s.arg(i)}};
            StorageResult<Review> saved = reviews.save(review, actor);
            if (!saved.ok())
                return fail(saved.error().message);
            review = saved.value();
            std::printf("save %lld %d\n", review.ref, review.rowVersion);
            std::fflush(stdout);
        }
    }
}
