// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outcomescoresmodel.h"

#include "document/casedocument.h"
#include "editors/caselabels.h"

namespace spinereview {

using namespace Qt::StringLiterals;

OutcomeScoresModel::OutcomeScoresModel(CaseDocument& document, QObject* parent)
    : ClinicalListModel(document, u"symptoms.outcomeScores"_s, parent)
{
    setColumns({
        range(ColumnSpec::Kind::Date, u"date"_s, tr("Date"), 0, 0),
        range(ColumnSpec::Kind::Number, u"painScore"_s, tr("Pain (0–10)"), 0, 10, 1),
        range(ColumnSpec::Kind::Number, u"odi"_s, tr("ODI (0–100)"), 0, 100, 1),
    });
    reload();
}

qsizetype OutcomeScoresModel::entryCount(const SpineCase& c) const
{
    return c.symptoms && c.symptoms->outcomeScores ? c.symptoms->outcomeScores->size() : -1;
}

void OutcomeScoresModel::setListPresent(SpineCase& c, bool present) const
{
    if (!c.symptoms)
        c.symptoms.emplace();
    auto& list = c.symptoms->outcomeScores;
    if (!present)
        list.reset();
    else if (!list)
        list.emplace();
}

void OutcomeScoresModel::insertEntries(SpineCase& c, int row, int count) const
{
    c.symptoms->outcomeScores->insert(row, count, OutcomeScore());
}

void OutcomeScoresModel::removeEntries(SpineCase& c, int row, int count) const
{
    c.symptoms->outcomeScores->remove(row, count);
}

QVariant OutcomeScoresModel::entryValue(const SpineCase& c, int row, int column) const
{
    const OutcomeScore& e = c.symptoms->outcomeScores->at(row);
    switch (column) {
    case Date:
        // An outcome score's date is a plain QDate; the invalid date is "not documented".
        return e.date.isValid() ? QVariant(e.date) : QVariant();
    case PainScore:
        return fromOptional(e.painScore);
    case Odi:
        return fromOptional(e.odi);
    default:
        return {};
    }
}

void OutcomeScoresModel::setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const
{
    OutcomeScore& e = (*c.symptoms->outcomeScores)[row];
    switch (column) {
    case Date:
        e.date = value.isValid() ? value.toDate() : QDate();
        break;
    case PainScore:
        e.painScore = toNumber(value);
        break;
    case Odi:
        e.odi = toNumber(value);
        break;
    default:
        break;
    }
}

} // namespace spinereview
