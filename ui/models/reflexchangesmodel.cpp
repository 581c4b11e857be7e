// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reflexchangesmodel.h"

#include "document/casedocument.h"
#include "editors/caselabels.h"

namespace spinereview {

using namespace Qt::StringLiterals;

ReflexChangesModel::ReflexChangesModel(CaseDocument& document, QObject* parent)
    : ClinicalListModel(document, u"exam.reflexChanges"_s, parent)
{
    setColumns({
        choice(u"reflex"_s, tr("Reflex"), enumAllNames<spinereview::Reflex>(), CaseLabels::reflexes()),
        choice(u"side"_s, tr("Side"), enumAllNames<spinereview::Side>(), CaseLabels::sides()),
    });
    reload();
}

qsizetype ReflexChangesModel::entryCount(const SpineCase& c) const
{
    return c.exam && c.exam->reflexChanges ? c.exam->reflexChanges->size() : -1;
}

void ReflexChangesModel::setListPresent(SpineCase& c, bool present) const
{
    if (!c.exam)
        c.exam.emplace();
    auto& list = c.exam->reflexChanges;
    if (!present)
        list.reset();
    else if (!list)
        list.emplace();
}

void ReflexChangesModel::insertEntries(SpineCase& c, int row, int count) const
{
    c.exam->reflexChanges->insert(row, count, ReflexChange());
}

void ReflexChangesModel::removeEntries(SpineCase& c, int row, int count) const
{
    c.exam->reflexChanges->remove(row, count);
}

QVariant ReflexChangesModel::entryValue(const SpineCase& c, int row, int column) const
{
    const ReflexChange& e = c.exam->reflexChanges->at(row);
    switch (column) {
    case Reflex:
        return fromEnum(e.reflex);
    case Side:
        return fromEnum(e.side);
    default:
        return {};
    }
}

void ReflexChangesModel::setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const
{
    ReflexChange& e = (*c.exam->reflexChanges)[row];
    switch (column) {
    case Reflex:
        e.reflex = toEnum<spinereview::Reflex>(value);
        break;
    case Side:
        e.side = toEnum<spinereview::Side>(value);
        break;
    default:
        break;
    }
}

} // namespace spinereview
