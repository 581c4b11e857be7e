// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/observationmapper.h"

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
    return date ? text + u" on "_s + date->toString(Qt::ISODate) : text;
}

} // namespace

bool ObservationMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const QString status = resource.string("status"_L1).value_or(QString());
    if (status != "final"_L1 && status != "amended"_L1 && status != "corrected"_L1) {
        report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status,
                           status.isEmpty() ? u"no status"_s
                                            : u"status \"%1\": only final results are read"_s.arg(status));
        return false;
    }
    bool byText = false;
    const auto kind = kindOf(resource, byText);
    if (!kind)
        return false;
    if (const auto absent = resource.codeableConcept("dataAbsentReason"_L1)) {
        report().notMapped(label, absent->path, NotMappedReason::MissingValue, u"data absent: "_s + absent->describe());
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
        report().notMapped(label, resource.pathOf("code"_L1), NotMappedReason::MissingValue, u"no code"_s);
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
    if (code->codings.isEmpty())
        report().notMapped(label, code->path, NotMappedReason::MissingValue,
                           code->text.isEmpty() ? u"no coding"_s : u"no coding, text \"%1\""_s.arg(code->text));
    else if (loinc)
        report().notMapped(label, code->path, NotMappedReason::UnknownCode,
                           u"LOINC %1 is not an observation the case records"_s.arg(loinc->describe()));
    else
        report().notMapped(label, code->path, NotMappedReason::UnknownCodeSystem,
                           u"%1; observations are read in LOINC"_s.arg(code->describe()));
    return std::nullopt;
}

std::optional<double> ObservationMapper::number(FhirResourceReader& resource, const QStringList& units,
                                                const NumberRange& range, bool integerAllowed)
{
    const QString label = resource.label();
    const auto value = resource.choice("value"_L1);
    if (!value) {
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue, u"no value"_s);
        return std::nullopt;
    }
    std::optional<double> out;
    QString unit;
    if (value->type == "Quantity"_L1) {
        const auto quantity = FhirTypes::quantity(resource.fields(), value->value, value->path);
        if (!quantity)
            return std::nullopt; // the reader's issue says why
        if (!quantity->comparator.isEmpty()) {
            report().notMapped(
                label, value->path, NotMappedReason::InvalidValue,
                u"\"%1 %2\" is a bound, not a measurement"_s.arg(quantity->comparator, formatNumber(quantity->value)));
            return std::nullopt;
        }
        unit = quantity->unitCode();
        out = quantity->value;
    } else if (value->type == "Integer"_L1 && integerAllowed && value->value.isDouble()) {
        out = value->value.toDouble();
    } else {
        report().notMapped(
            label, value->path, NotMappedReason::InvalidValue,
            u"expected valueQuantity%1; found value%2 %3"_s.arg(integerAllowed ? u" or valueInteger"_s : QString(),
                                                                value->type, JsonFieldReader::describe(value->value)));
        return std::nullopt;
    }
    if (!units.isEmpty() && !unit.isEmpty() && std::none_of(units.cbegin(), units.cend(), [&unit](const QString& u) {
            return u.compare(unit, Qt::CaseInsensitive) == 0;
        })) {
        report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                           u"unit \"%1\"; the case records %2"_s.arg(unit, units.first()));
        return std::nullopt;
    }
    if (!range.contains(*out)) {
        report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                           u"%1 is out of range"_s.arg(formatNumber(*out)));
        return std::nullopt;
    }
    return out;
}

void ObservationMapper::mapSmokingStatus(FhirResourceReader& resource, const std::optional<QDate>& date)
{
    const QString label = resource.label();
    const auto value = resource.choice("value"_L1);
    if (!value || value->type != "CodeableConcept"_L1) {
        report().notMapped(label, value ? value->path : resource.resource().path, NotMappedReason::InvalidValue,
                           u"expected valueCodeableConcept with a SNOMED CT smoking status"_s);
        return;
    }
    const auto answer = FhirTypes::codeableConcept(resource.fields(), value->value, value->path);
    const FhirCoding* snomed = answer ? answer->coding(FhirSystem::snomed) : nullptr;
    if (!snomed) {
        if (answer)
            report().notMapped(label, value->path, NotMappedReason::UnknownCodeSystem,
                               u"%1; smoking status is read in SNOMED CT"_s.arg(answer->describe()));
        return;
    }
    bool known = false;
    const auto nicotine = FhirCodes::nicotineForSmokingStatus(snomed->code, &known);
    if (!nicotine) {
        report().notMapped(label, snomed->path, known ? NotMappedReason::MissingValue : NotMappedReason::UnknownCode,
                           known ? snomed->describe() + u" states no status"_s
                                 : snomed->describe() + u" is not a smoking status of the importer's table"_s);
        return;
    }
    // The format's nicotine covers smokeless tobacco and replacement too; a smoking status does not.
    const QString caveat = *nicotine == Nicotine::Never ? u" (states tobacco smoking only)"_s : QString();
    m_nicotine.add({*nicotine, date, label, snomed->path, dated(enumToString(*nicotine) + caveat, date), false});
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
                report().notMapped(label, value->path, NotMappedReason::InvalidValue,
                                   u"\"%1%2 %3\": the case records a measured value in ng/mL"_s.arg(
                                       quantity->comparator, formatNumber(quantity->value), quantity->unitCode()));
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
        report().notMapped(label, resource.resource().path, NotMappedReason::MissingValue,
                           u"neither a result (positive, negative) nor a value in ng/mL"_s);
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
        report().notMapped(resource.label(), resource.pathOf("effectiveDateTime"_L1), NotMappedReason::MissingValue,
                           u"%1 has no date; the case records these by date"_s.arg(formatNumber(*value)));
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
        const QString value = u"T-score %1 on %2"_s.arg(formatNumber(t.value), t.date.toString(Qt::ISODate));
        if (&t == lowest) {
            report().mapped(t.resource, t.source, u"patient.dexaTScore"_s, value);
            report().mapped(t.resource, t.source, u"patient.dexaDate"_s, t.date.toString(Qt::ISODate));
        } else {
            report().notMapped(t.resource, t.source, NotMappedReason::Superseded,
                               value + (t.date == latest ? u": the lowest T-score of the study is kept"_s
                                                         : u": a later study is kept"_s));
        }
    }
    context().patient().dexaTScore = lowest->value;
    context().patient().dexaDate = lowest->date;
}

void ObservationMapper::finishScores()
{
    QMap<QDate, OutcomeScore> byDate;
    const auto fill = [&](const QList<Dated>& scores, std::optional<double> OutcomeScore::*field, const QString& name) {
        QSet<QDate> conflicting;
        for (const Dated& s : scores) {
            for (const Dated& other : scores)
                if (other.date == s.date && other.value != s.value)
                    conflicting.insert(s.date);
        }
        for (const Dated& s : scores) {
            const QString value = u"%1 %2 on %3"_s.arg(name, formatNumber(s.value), s.date.toString(Qt::ISODate));
            OutcomeScore& score = byDate[s.date];
            score.date = s.date;
            if (conflicting.contains(s.date)) {
                report().notMapped(s.resource, s.source, NotMappedReason::Conflicting,
                                   value + u": another "_s + name + u" of the same day differs"_s);
            } else if (score.*field) {
                report().notMapped(s.resource, s.source, NotMappedReason::Superseded,
                                   value + u": the same score of that day is already taken"_s);
            } else {
                score.*field = s.value;
                if (s.byText)
                    report().mappedByText(s.resource, s.source, u"symptoms.outcomeScores"_s, value);
                else
                    report().mapped(s.resource, s.source, u"symptoms.outcomeScores"_s, value);
            }
        }
    };
    fill(m_pain, &OutcomeScore::painScore, u"pain"_s);
    fill(m_odi, &OutcomeScore::odi, u"ODI"_s);
    QList<OutcomeScore> scores;
    for (const OutcomeScore& score : std::as_const(byDate)) {
        if (score.painScore || score.odi)
            scores.append(score);
    }
    if (!scores.isEmpty())
        context().symptoms().outcomeScores = scores;
}

} // namespace spinereview
