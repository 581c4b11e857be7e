// SPDX-License-Identifier: GPL-3.0-or-later
// A reviewer at work, for tst_crashrecovery to kill: the whole desk on an SQLite file opens a stored review,
// decides fusion with its reason, then edits the case's notes without a pause. Each autosave prints
// "autosaved N" (N: the edits in the draft written) once it is committed. Runs until killed.
//
// Usage: desk_autosaver DATABASE.sqlite REVIEW_REF
#include "review/draftkeeper.h"
#include "review/reviewsession.h"
#include "storeddesk.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace spinereview;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: desk_autosaver DATABASE.sqlite REVIEW_REF\n");
        return 1;
    }
    StorageResult<std::unique_ptr<Database>> database = Database::open(DatabaseLocation::sqlite(arguments[1]));
    if (!database.ok()) {
        std::fprintf(stderr, "desk_autosaver: %s\n", qPrintable(database.error().message));
        return 1;
    }
    testing::StoredDesk desk(*database.value());
    desk.workflow->drafts().setDelay(50);
    if (!desk.workflow->openReview(arguments[2].toLongLong())) {
        std::fprintf(stderr, "desk_autosaver: review %s did not open\n", qPrintable(arguments[2]));
        return 1;
    }
    ReviewSession& session = desk.workflow->session();
    session.setDecision(Component::Fusion, Status::Met);
    session.setReason(Component::Fusion, u"Flexion-extension films show 4 mm of translation"_s);

    int edits = 0;
    QObject::connect(&desk.workflow->drafts(), &DraftKeeper::autosaved, [&] {
        std::printf("autosaved %d\n", edits);
        std::fflush(stdout);
    });
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        ++edits;
        desk.document.edit([edits](SpineCase& c) { c.notes = u"edit %1"_s.arg(edits); }, u"$.notes"_s);
    });
    typing.start(2);
    return QApplication::exec();
}
