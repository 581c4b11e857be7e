// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirtypes.h"

#include "core/i18n/enginephrases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace spinereview {

using namespace Qt::StringLiterals;

QString FhirCoding::describe() const
{
    //: stands for the code system of a FHIR coding that names none, in "(no system)|M48.06"
    QString out = (system.isEmpty() ? QCoreApplication::translate("FhirTypes", "(no system)") : system) + u'|' + code;
    if (!display.isEmpty())
        out += u" ("_s + display + u')';
    return out;
}

const FhirCoding* FhirCodeableConcept::coding(QLatin1StringView system) const
{
    for (const FhirCoding& c : codings) {
        if (c.system == system)
            return &c;
    }
    return nullptr;
}

QString FhirCodeableConcept::words() const
{
    QStringList parts{text};
    for (const FhirCoding& c : codings)
        parts.append(c.display);
    return parts.join(u' ').toLower();
}

QString FhirCodeableConcept::describe() const
{
    QStringList parts;
    for (const FhirCoding& c : codings)
        parts.append(c.describe());
    if (!text.isEmpty())
        parts.append(u"text \""_s + text + u'"');
    //: what an empty FHIR CodeableConcept holds
    return parts.isEmpty() ? QCoreApplication::translate("FhirTypes", "nothing") : parts.join(u", "_s);
}

QString FhirQuantity::unitCode() const
{
    return system == FhirSystem::ucum && !code.isEmpty() ? code : unit;
}

namespace FhirTypes {

namespace {

// A member that must be a string when present.
QString optionalText(JsonFieldReader& fields, const QJsonObject& object, QLatin1StringView key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    return fields.toString(value, jsonPathMember(path, QString(key))).value_or(QString());
}

} // namespace

std::optional<FhirCoding> coding(JsonFieldReader& fields, const QJsonValue& value, const QString& path)
{
    const auto object = fields.toObject(value, path);
    if (!object)
        return std::nullopt;
    FhirCoding out;
    out.path = path;
    out.system = optionalText(fields, *object, "system"_L1, path);
    out.code = optionalText(fields, *object, "code"_L1, path);
    out.display = optionalText(fields, *object, "display"_L1, path);
    return out;
}

std::optional<FhirCodeableConcept> codeableConcept(JsonFieldReader& fields, const QJsonValue& value,
                                                   const QString& path)
{
    const auto object = fields.toObject(value, path);
    if (!object)
        return std::nullopt;
    FhirCodeableConcept out;
    out.path = path;
    out.text = optionalText(fields, *object, "text"_L1, path);
    const QJsonValue codings = object->value("coding"_L1);
    if (codings.isUndefined() || codings.isNull())
        return out;
    const QString codingPath = jsonPathMember(path, u"coding"_s);
    const auto array = fields.toArray(codings, codingPath);
    for (qsizetype i = 0; array && i < array->size(); ++i) {
        if (auto c = coding(fields, array->at(i), jsonPathIndex(codingPath, i)))
            out.codings.append(std::move(*c));
    }
    return out;
}

std::optional<FhirQuantity> quantity(JsonFieldReader& fields, const QJsonValue& value, const QString& path)
{
    const auto object = fields.toObject(value, path);
    if (!object)
        return std::nullopt;
    const QJsonValue number = object->value("value"_L1);
    if (number.isUndefined() || number.isNull()) {
        //: Quantity is a FHIR data type
        fields.addIssue(path, QCoreApplication::translate("FhirTypes", "a Quantity without a value"));
        return std::nullopt;
    }
    const auto measured = fields.toNumber(number, jsonPathMember(path, u"value"_s), NumberRange::any());
    if (!measured)
        return std::nullopt;
    FhirQuantity out;
    out.value = *measured;
    out.path = path;
    out.comparator = optionalText(fields, *object, "comparator"_L1, path);
    out.unit = optionalText(fields, *object, "unit"_L1, path);
    out.system = optionalText(fields, *object, "system"_L1, path);
    out.code = optionalText(fields, *object, "code"_L1, path);
    return out;
}

std::optional<QDate> date(JsonFieldReader& fields, const QJsonValue& value, const QString& path)
{
    // FHIR R4's date, dateTime and instant (http://hl7.org/fhir/R4/datatypes.html#dateTime): a year, a month,
    // a day, or a day with a time that then needs its zone.
    static const QRegularExpression shape(
        u"^(\\d{4})(-(\\d{2})(-(\\d{2})(T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?)?)?$"_s);
    const auto text = fields.toString(value, path);
    if (!text)
        return std::nullopt;
    const auto match = shape.match(*text);
    if (!match.hasMatch()) {
        //: date and dateTime are FHIR data types; %1 is the value as the file writes it, quoted
        fields.addIssue(path, QCoreApplication::translate("FhirTypes", "expected a FHIR date or dateTime; found %1")
                                  .arg(EnginePhrases::translate(JsonFieldReader::describe(value))));
        return std::nullopt;
    }
    if (match.capturedLength(5) == 0) {
        //: %1 is the value as the file writes it, quoted ("2019-03")
        fields.addIssue(path,
                        QCoreApplication::translate(
                            "FhirTypes", "a partial date (%1) names no day; the case format takes whole dates only")
                            .arg(JsonFieldReader::describe(value)));
        return std::nullopt;
    }
    const QDate day(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(5).toInt());
    if (!day.isValid()) {
        //: %1 is the value as the file writes it, quoted ("2019-02-30")
        fields.addIssue(
            path,
            QCoreApplication::translate("FhirTypes", "not a calendar date: %1").arg(JsonFieldReader::describe(value)));
        return std::nullopt;
    }
    return day;
}

std::optional<FhirPeriod> period(JsonFieldReader& fields, const QJsonValue& value, const QString& path)
{
    const auto object = fields.toObject(value, path);
    if (!object)
        return std::nullopt;
    FhirPeriod out;
    for (const auto& [key, slot] : {std::pair{"start"_L1, &out.start}, std::pair{"end"_L1, &out.end}}) {
        const QJsonValue member = object->value(key);
        if (!member.isUndefined() && !member.isNull())
            *slot = date(fields, member, jsonPathMember(path, QString(key)));
    }
    if (out.start && out.end && *out.end < *out.start) {
        //: a FHIR Period
        fields.addIssue(path, QCoreApplication::translate("FhirTypes", "the period ends before it starts"));
        return std::nullopt;
    }
    return out;
}

std::optional<QString> reference(JsonFieldReader& fields, const QJsonValue& value, const QString& path)
{
    const auto object = fields.toObject(value, path);
    if (!object)
        return std::nullopt;
    const QString text = optionalText(fields, *object, "reference"_L1, path);
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace FhirTypes

} // namespace spinereview
