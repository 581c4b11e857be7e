// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sensorydeficitmodel.h"

#include "document/casedocument.h"
#include "editors/caselabels.h"

namespace spinereview {

using namespace Qt::StringLiterals;

SensoryDeficitModel::SensoryDeficitModel(CaseDocument& document, QObject* parent)
    : ClinicalListModel(document, u"exam.sensoryDeficit"_s, parent)
{
    setColumns({
        choice(u"root"_s, tr("Root"), enumAllNames<spinereview::Root>(), {}),
        choice(u"side"_s, tr("Side"), enumAllNames<spinereview::Side>(), CaseLabels::sides()),
    });
    reload();
}

qsizetype SensoryDeficitModel::entryCount(const SpineCase& c) const
{
    return c.exam && c.exam->sensoryDeficit ? c.exam->sensoryDeficit->size() : -1;
}

void SensoryDeficitModel::setListPresent(SpineCase& c, bool present) const
{
    if (!c.exam)
        c.exam.emplace();
    auto& list = c.exam->sensoryDeficit;
    if (!present)
        list.reset();
    else if (!list)
        list.emplace();
}

void SensoryDeficitModel::insertEntries(SpineCase& c, int row, int count) const
{
    c.exam->sensoryDeficit->insert(row, count, RootFinding());
}

void SensoryDeficitModel::removeEntries(SpineCase& c, int row, int count) const
{
    c.exam->sensoryDeficit->remove(row, count);
}

QVariant SensoryDeficitModel::entryValue(const SpineCase& c, int row, int column) const
{
    const RootFinding& e = c.exam->sensoryDeficit->at(row);
    switch (column) {
    case Root:
        return fromEnum(e.root);
    case Side:
        return fromEnum(e.side);
    default:
        return {};
    }
}

void SensoryDeficitModel::setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const
{
    RootFinding& e = (*c.exam->sensoryDeficit)[row];
    switch (column) {
    case Root:
        e.root = toEnum<spinereview::Root>(value);
        break;
    case Side:
        e.side = toEnum<spinereview::Side>(value);
        break;
    default:
        break;
    }
}

} // namespace spinereview
