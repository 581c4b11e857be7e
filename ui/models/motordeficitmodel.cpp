// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/motordeficitmodel.h"

#include "document/casedocument.h"
#include "editors/caselabels.h"

namespace spinereview {

using namespace Qt::StringLiterals;

MotorDeficitModel::MotorDeficitModel(CaseDocument& document, QObject* parent)
    : ClinicalListModel(document, u"exam.motorDeficit"_s, parent)
{
    setColumns({
        choice(u"root"_s, tr("Root"), enumAllNames<spinereview::Root>(), {}),
        choice(u"side"_s, tr("Side"), enumAllNames<spinereview::Side>(), CaseLabels::sides()),
        range(ColumnSpec::Kind::Integer, u"grade"_s, tr("MRC grade (0–5)"), 0, 5),
    });
    reload();
}

qsizetype MotorDeficitModel::entryCount(const SpineCase& c) const
{
    return c.exam && c.exam->motorDeficit ? c.exam->motorDeficit->size() : -1;
}

void MotorDeficitModel::setListPresent(SpineCase& c, bool present) const
{
    if (!c.exam)
        c.exam.emplace();
    auto& list = c.exam->motorDeficit;
    if (!present)
        list.reset();
    else if (!list)
        list.emplace();
}

void MotorDeficitModel::insertEntries(SpineCase& c, int row, int count) const
{
    c.exam->motorDeficit->insert(row, count, MotorDeficit());
}

void MotorDeficitModel::removeEntries(SpineCase& c, int row, int count) const
{
    c.exam->motorDeficit->remove(row, count);
}

QVariant MotorDeficitModel::entryValue(const SpineCase& c, int row, int column) const
{
    const MotorDeficit& e = c.exam->motorDeficit->at(row);
    switch (column) {
    case Root:
        return fromEnum(e.root);
    case Side:
        return fromEnum(e.side);
    case Grade:
        return fromOptional(e.grade);
    default:
        return {};
    }
}

void MotorDeficitModel::setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const
{
    MotorDeficit& e = (*c.exam->motorDeficit)[row];
    switch (column) {
    case Root:
        e.root = toEnum<spinereview::Root>(value);
        break;
    case Side:
        e.side = toEnum<spinereview::Side>(value);
        break;
    case Grade:
        e.grade = toInteger(value);
        break;
    default:
        break;
    }
}

} // namespace spinereview
