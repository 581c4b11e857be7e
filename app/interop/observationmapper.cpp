// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/observationmapper.h"

#include "core/i18n/enginephrases.h"

#include <QLocale>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;
using FhirCodes::ObservationKind;

namespace {

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString dated(const QString& text, const std::optional<QDate>& date)
{
    //: %1 is a measured value (27.4 kg/m², former), %2 the date it was measured
    return date ? ObservationMapper::tr("%1 on %2").arg(text, date->toString(Qt::ISODate)) : text;
}

} // namespace

bool ObservationMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const QString status = resource.string("status"_L1).value_or(QString());
    if (status != "final"_L1 && status != "amended"_L1 && status != "corrected"_L1) {
        QString detail;
        if (status.isEmpty())
            //: a FHIR resource has no status element
            detail = tr("no status");
        else
            //: status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is
            detail = tr("status \"%1\": only final results are read").arg(status);
        report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status, detail);
        return false;
    }
    bool byText = false;
    const auto kind = kindOf(resource, byText);
    if (!kind)
        return false;
    if (const auto absent = resource.codeableConcept("dataAbsentReason"_L1)) {
        //: %1 lists the codings of the Observation's dataAbsentReason (why it has no value)
        report().notMapped(label, absent->path, NotMappedReason::MissingValue,
                           tr("data absent: %1").arg(absent->describe()));
        return false;
    }
    const std::optional<QDate> date = resource.eventDate("effective"_L1);
    const auto candidate = [&](double value, const QString& detail) {
        return LatestValue<double>::Candidate{
            value, date, label, resource.pathOf("valueQuantity"_L1), dated(detail, date), byText};
    };
    switch (*kind) {
    case ObservationKind::Bmi:
        if (const auto bmi = number(resource, {u"kg/m2"_s, u"kg/m^2"_s, u"kg/m\u00b2"_s}, NumberRange::above(0), false))
            m_bmi.add(candidate(*bmi, formatNumber(*bmi) + u" kg/m\u00b2"_s));
        break;
    case ObservationKind::Hba1c:
        if (const auto hba1c = number(resource, {u"%"_s}, NumberRange::between(0, 100), false))
            m_hba1c.add(candidate(*hba1c, formatNumber(*hba1c) + u" %"_s));
        break;
    case ObservationKind::SmokingStatus:
        mapSmokingStatus(resource, date);
        break;
    case ObservationKind::Cotinine:
        mapCotinine(resource, date);
        break;
    case ObservationKind::PainScore:
        addScore(m_pain, resource, date, NumberRange::between(0, 10), byText);
        break;
    case ObservationKind::Odi:
        addScore(m_odi, resource, date, NumberRange::between(0, 100), byText);
        break;
    case ObservationKind::DexaTScore:
        addScore(m_tScores, resource, date, NumberRange::between(-10, 10), byText);
        break;
    }
    return true;
}

std::optional<ObservationKind> ObservationMapper::kindOf(FhirResourceReader& resource, bool& byText)
{
    const QString label = resource.label();
    const auto code = resource.codeableConcept("code"_L1);
    if (!code) {
        //: a FHIR resource has no code element
        report().notMapped(label, resource.pathOf("code"_L1), NotMappedReason::MissingValue, tr("no code"));
        return std::nullopt;
    }
    const FhirCoding* loinc = code->coding(FhirSystem::loinc);
    if (loinc) {
        if (const auto kind = FhirCodes::observationKind(loinc->code))
            return kind;
    }
    // The Oswestry index has had several LOINC codes and many local ones; its name is unmistakable.
    if (code->words().contains("oswestry"_L1)) {
        byText = true;
        return ObservationKind::Odi;
    }
    if (code->codings.isEmpty() && code->text.isEmpty())
        //: a FHIR CodeableConcept has no coding element
        report().notMapped(label, code->path, NotMappedReason::MissingValue, tr("no coding"));
    else if (code->codings.isEmpty())
        //: %1 is the observation's text as the file writes it
        report().notMapped(label, code->path, NotMappedReason::MissingValue,
                           tr("no coding, text \"%1\"").arg(code->text));
    else if (loinc)
        //: %1 is a LOINC coding (system|code and its display)
        report().notMapped(label, code->path, NotMappedReason::UnknownCode,
                           tr("LOINC %1 is not an observation the case records").arg(loinc->describe()));
    else
        //: %1 lists the codings the file gives (system|code)
        report().notMapped(label, code->path, NotMappedReason::UnknownCodeSystem,
                           tr("%1; observations are read in LOINC").arg(code->describe()));
    return std::nullopt;
}

std::optional<double> ObservationMapper::number(FhirResourceReader& resource, const QStringList& units,
                                                const NumberRange& range, bool integerAllowed)
{
    const QString label = resource.label();
    const auto value = resource.choice("value"_L1);
    if (!value) {
        //: an Observation has no value[x] element
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue, tr("no value"));
        return std::nullopt;
    }
    std::optional<double> out;
    QString unit;
    if (value->type == "Quantity"_L1) {
        const auto quantity = FhirTypes::quantity(resource.fields(), value->value, value->path);
        if (!quantity)
            return std::nullopt; // the reader's issue says why
        if (!quantity->comparator.isEmpty()) {
            //: %1 is a comparator (<, >=), %2 a number: a Quantity that states a bound rather than a value
            report().notMapped(
                label, value->path, NotMappedReason::InvalidValue,
                tr("\"%1 %2\" is a bound, not a measurement").arg(quantity->comparator, formatNumber(quantity->value)));
            return std::nullopt;
        }
        unit = quantity->unitCode();
        out = quantity->value;
    } else if (value->type == "Integer"_L1 && integerAllowed && value->value.isDouble()) {
        out = value->value.toDouble();
    } else {
        const QString found = EnginePhrases::translate(JsonFieldReader::describe(value->value));
        QString detail;
        if (integerAllowed)
            //: valueQuantity, valueInteger and value%1 (valueString …) are FHIR element names: keep them as is;
            //: %2 is the value as the file writes it
            detail = tr("expected valueQuantity or valueInteger; found value%1 %2").arg(value->type, found);
        else
            //: valueQuantity and value%1 (valueString …) are FHIR element names: keep them as is; %2 is the value
            //: as the file writes it
            detail = tr("expected valueQuantity; found value%1 %2").arg(value->type, found);
        report().notMapped(label, value->path, NotMappedReason::InvalidValue, detail);
        return std::nullopt;
    }
    if (!units.isEmpty() && !unit.isEmpty() && std::none_of(units.cbegin(), units.cend(), [&unit](const QString& u) {
            return u.compare(unit, Qt::CaseInsensitive) == 0;
        })) {
        //: %1 is a unit as the file writes it, %2 the unit the case file uses (kg/m2, %)
        report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                           tr("unit \"%1\"; the case records %2").arg(unit, units.first()));
        return std::nullopt;
    }
    if (!range.contains(*out)) {
        //: %1 is a number
        report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                           tr("%1 is out of range").arg(formatNumber(*out)));
        return std::nullopt;
    }
    return out;
}

void ObservationMapper::mapSmokingStatus(FhirResourceReader& resource, const std::optional<QDate>& date)
{
    const QString label = resource.label();
    const auto value = resource.choice("value"_L1);
    if (!value || value->type != "CodeableConcept"_L1) {
        //: valueCodeableConcept is a FHIR element name: keep it as is
        report().notMapped(label, value ? value->path : resource.resource().path, NotMappedReason::InvalidValue,
                           tr("expected valueCodeableConcept with a SNOMED CT smoking status"));
        return;
    }
    const auto answer = FhirTypes::codeableConcept(resource.fields(), value->value, value->path);
    const FhirCoding* snomed = answer ? answer->coding(FhirSystem::snomed) : nullptr;
    if (!snomed) {
        if (answer)
            //: %1 lists the codings the file gives (system|code)
            report().notMapped(label, value->path, NotMappedReason::UnknownCodeSystem,
                               tr("%1; smoking status is read in SNOMED CT").arg(answer->describe()));
        return;
    }
    bool known = false;
    const auto nicotine = FhirCodes::nicotineForSmokingStatus(snomed->code, &known);
    if (!nicotine) {
        if (known)
            //: %1 is a SNOMED CT coding (system|code and its display) such as "unknown if ever smoked"
            report().notMapped(label, snomed->path, NotMappedReason::MissingValue,
                               tr("%1 states no status").arg(snomed->describe()));
        else
            //: %1 is a SNOMED CT coding (system|code and its display)
            report().notMapped(label, snomed->path, NotMappedReason::UnknownCode,
                               tr("%1 is not a smoking status of the importer's table").arg(snomed->describe()));
        return;
    }
    // The format's nicotine covers smokeless tobacco and replacement too; a smoking status does not.
    QString stated = enumToString(*nicotine);
    if (*nicotine == Nicotine::Never)
        //: %1 is the nicotine value written into the case file (never): keep it as is
        stated = tr("%1 (states tobacco smoking only)").arg(stated);
    m_nicotine.add({*nicotine, date, label, snomed->path, dated(stated, date), false});
}

void ObservationMapper::mapCotinine(FhirResourceReader& resource, const std::optional<QDate>& date)
{
    const QString label = resource.label();
    CotinineTest test;
    test.date = date;
    bool byText = false;
    QString source = resource.resource().path;
    // A result is taken only where the laboratory states it: cut-offs differ between laboratories.
    for (const FhirCodeableConcept& interpretation : resource.codeableConcepts("interpretation"_L1)) {
        if (const FhirCoding* coding = interpretation.coding(FhirSystem::interpretation)) {
            if (coding->code == "POS"_L1)
                test.result = TestResult::Positive;
            else if (coding->code == "NEG"_L1)
                test.result = TestResult::Negative;
            source = coding->path;
        }
    }
    if (const auto value = resource.choice("value"_L1)) {
        if (value->type == "Quantity"_L1) {
            const auto quantity = FhirTypes::quantity(resource.fields(), value->value, value->path);
            if (quantity && quantity->comparator.isEmpty() &&
                quantity->unitCode().compare("ng/mL"_L1, Qt::CaseInsensitive) == 0) {
                test.ngPerMl = quantity->value;
                source = value->path;
            } else if (quantity) {
                //: %1 is a comparator (<, >=) or nothing, %2 a number, %3 a unit
                report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                                   tr("\"%1%2 %3\": the case records a measured value in ng/mL")
                                       .arg(quantity->comparator, formatNumber(quantity->value), quantity->unitCode()));
            }
        } else if (value->type == "CodeableConcept"_L1) {
            const auto answer = FhirTypes::codeableConcept(resource.fields(), value->value, value->path);
            const FhirCoding* snomed = answer ? answer->coding(FhirSystem::snomed) : nullptr;
            if (const auto result = snomed ? FhirCodes::testResultForSnomed(snomed->code) : std::nullopt) {
                test.result = result;
                source = snomed->path;
            }
        } else if (value->type == "String"_L1) {
            if (const auto result = enumFromString<TestResult>(value->value.toString().trimmed().toLower())) {
                test.result = result;
                source = value->path;
                byText = true;
            }
        }
    }
    if (!test.result && !test.ngPerMl) {
        //: a cotinine test; positive and negative are the values the case file takes
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue,
                           tr("neither a result (positive, negative) nor a value in ng/mL"));
        return;
    }
    QStringList parts;
    if (test.result)
        parts.append(enumToString(*test.result));
    if (test.ngPerMl)
        parts.append(formatNumber(*test.ngPerMl) + u" ng/mL"_s);
    m_cotinine.add({test, date, label, source, dated(parts.join(u", "_s), date), byText});
}

void ObservationMapper::addScore(QList<Dated>& scores, FhirResourceReader& resource, const std::optional<QDate>& date,
                                 const NumberRange& range, bool byText)
{
    const auto value = number(resource, {}, range, true);
    if (!value)
        return;
    if (!date) {
        //: %1 is a score (a pain score, an ODI, a T-score)
        report().notMapped(resource.label(), resource.pathOf("effectiveDateTime"_L1), NotMappedReason::MissingValue,
                           tr("%1 has no date; the case records these by date").arg(formatNumber(*value)));
        return;
    }
    const auto source = resource.choice("value"_L1);
    scores.append({*value, *date, resource.label(), source ? source->path : resource.resource().path, byText});
}

void ObservationMapper::finish()
{
    if (const auto bmi = m_bmi.resolve(report(), u"patient.bmi"_s))
        context().patient().bmi = bmi->value;
    if (const auto hba1c = m_hba1c.resolve(report(), u"patient.hba1c"_s))
        context().patient().hba1c = hba1c->value;
    if (const auto nicotine = m_nicotine.resolve(report(), u"patient.nicotine"_s))
        context().patient().nicotine = nicotine->value;
    if (const auto cotinine = m_cotinine.resolve(report(), u"patient.cotinineTest"_s))
        context().patient().cotinineTest = cotinine->value;
    finishDexa();
    finishScores();
}

void ObservationMapper::finishDexa()
{
    if (m_tScores.isEmpty())
        return;
    // The case keeps the lowest T-score of the latest study (any site), with that study's date.
    const QDate latest = std::max_element(m_tScores.cbegin(), m_tScores.cend(), [](const Dated& a, const Dated& b) {
                             return a.date < b.date;
                         })->date;
    const Dated* lowest = nullptr;
    for (const Dated& t : std::as_const(m_tScores)) {
        if (t.date == latest && (!lowest || t.value < lowest->value))
            lowest = &t;
    }
    for (const Dated& t : std::as_const(m_tScores)) {
        //: a bone density T-score (%1) and the date of its study
        const QString value = tr("T-score %1 on %2").arg(formatNumber(t.value), t.date.toString(Qt::ISODate));
        if (&t == lowest) {
            report().mapped(t.resource, t.source, u"patient.dexaTScore"_s, value);
            report().mapped(t.resource, t.source, u"patient.dexaDate"_s, t.date.toString(Qt::ISODate));
        } else {
            if (t.date == latest)
                //: %1 is a T-score and its date, why it was not taken
                report().notMapped(t.resource, t.source, NotMappedReason::Superseded,
                                   tr("%1: the lowest T-score of the study is kept").arg(value));
            else
                //: %1 is a T-score and its date, why it was not taken
                report().notMapped(t.resource, t.source, NotMappedReason::Superseded,
                                   tr("%1: a later study is kept").arg(value));
        }
    }
    context().patient().dexaTScore = lowest->value;
    context().patient().dexaDate = lowest->date;
}

void ObservationMapper::finishScores()
{
    QMap<QDate, OutcomeScore> byDate;
    // `valueText` names one score ("pain %1 on %2"), `conflictText` says that another of the same day differs.
    const auto fill = [&](const QList<Dated>& scores, std::optional<double> OutcomeScore::*field,
                          const QString& valueText, const QString& conflictText) {
        QSet<QDate> conflicting;
        for (const Dated& s : scores) {
            for (const Dated& other : scores)
                if (other.date == s.date && other.value != s.value)
                    conflicting.insert(s.date);
        }
        for (const Dated& s : scores) {
            const QString value = valueText.arg(formatNumber(s.value), s.date.toString(Qt::ISODate));
            OutcomeScore& score = byDate[s.date];
            score.date = s.date;
            if (conflicting.contains(s.date)) {
                report().notMapped(s.resource, s.source, NotMappedReason::Conflicting, conflictText.arg(value));
            } else if (score.*field) {
                //: %1 is a score and its date ("pain 7 on 2025-06-02")
                report().notMapped(s.resource, s.source, NotMappedReason::Superseded,
                                   tr("%1: the same score of that day is already taken").arg(value));
            } else {
                score.*field = s.value;
                if (s.byText)
                    report().mappedByText(s.resource, s.source, u"symptoms.outcomeScores"_s, value);
                else
                    report().mapped(s.resource, s.source, u"symptoms.outcomeScores"_s, value);
            }
        }
    };
    //: a pain score from 0 to 10 (%1) and the date it was recorded
    fill(m_pain, &OutcomeScore::painScore, tr("pain %1 on %2"),
         //: %1 is a pain score and its date ("pain 7 on 2025-06-02")
         tr("%1: another pain of the same day differs"));
    //: an Oswestry Disability Index (%1) and the date it was recorded
    fill(m_odi, &OutcomeScore::odi, tr("ODI %1 on %2"),
         //: %1 is an Oswestry Disability Index and its date ("ODI 42 on 2025-06-02")
         tr("%1: another ODI of the same day differs"));
    QList<OutcomeScore> scores;
    for (const OutcomeScore& score : std::as_const(byDate)) {
        if (score.painScore || score.odi)
            scores.append(score);
    }
    if (!scores.isEmpty())
        context().symptoms().outcomeScores = scores;
}

} // namespace spinereview
