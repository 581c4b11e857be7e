// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhirresourcereader.h"

namespace spinereview {

using namespace Qt::StringLiterals;

FhirResourceReader::FhirResourceReader(const FhirResource& resource, const QString& fileName)
    : m_resource(resource)
    , m_fields(fileName)
    , m_object(m_fields, resource.json, resource.path)
{}

std::optional<QString> FhirResourceReader::string(QLatin1StringView key)
{
    return m_object.optionalString(key);
}

std::optional<QJsonObject> FhirResourceReader::object(QLatin1StringView key)
{
    return m_object.optionalRawObject(key);
}

std::optional<QJsonArray> FhirResourceReader::array(QLatin1StringView key)
{
    const QJsonValue value = m_object.optionalValue(key);
    return value.isUndefined() ? std::nullopt : m_fields.toArray(value, pathOf(key));
}

std::optional<FhirCodeableConcept> FhirResourceReader::codeableConcept(QLatin1StringView key)
{
    const QJsonValue value = m_object.optionalValue(key);
    return value.isUndefined() ? std::nullopt : FhirTypes::codeableConcept(m_fields, value, pathOf(key));
}

QList<FhirCodeableConcept> FhirResourceReader::codeableConcepts(QLatin1StringView key)
{
    QList<FhirCodeableConcept> out;
    const auto elements = array(key);
    for (qsizetype i = 0; elements && i < elements->size(); ++i) {
        if (auto concept_ = FhirTypes::codeableConcept(m_fields, elements->at(i), jsonPathIndex(pathOf(key), i)))
            out.append(std::move(*concept_));
    }
    return out;
}

std::optional<QDate> FhirResourceReader::date(QLatin1StringView key)
{
    const QJsonValue value = m_object.optionalValue(key);
    return value.isUndefined() ? std::nullopt : FhirTypes::date(m_fields, value, pathOf(key));
}

std::optional<QString> FhirResourceReader::reference(QLatin1StringView key)
{
    const QJsonValue value = m_object.optionalValue(key);
    return value.isUndefined() ? std::nullopt : FhirTypes::reference(m_fields, value, pathOf(key));
}

std::optional<FhirResourceReader::Choice> FhirResourceReader::choice(QLatin1StringView prefix)
{
    const QJsonObject& json = m_resource.json;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        if (key.size() > prefix.size() && key.startsWith(prefix) && key.at(prefix.size()).isUpper()) {
            const QByteArray latin = key.toLatin1();
            m_object.optionalValue(QLatin1StringView(latin));
            return Choice{key.mid(prefix.size()), it.value(), jsonPathMember(m_resource.path, key)};
        }
    }
    return std::nullopt;
}

std::optional<QDate> FhirResourceReader::eventDate(QLatin1StringView prefix, std::optional<QDate>* end)
{
    const auto when = choice(prefix);
    if (!when)
        return std::nullopt;
    if (when->type == "DateTime"_L1 || when->type == "Instant"_L1 || when->type == "Date"_L1)
        return FhirTypes::date(m_fields, when->value, when->path);
    if (when->type == "Period"_L1) {
        const auto span = FhirTypes::period(m_fields, when->value, when->path);
        if (span && end)
            *end = span->end;
        return span ? span->start : std::nullopt;
    }
    //: %1 is a FHIR data type (Age, String); dateTime and Period are FHIR data types too: keep them as is
    m_fields.addIssue(when->path, tr("a %1 gives no calendar date; expected a dateTime or a Period").arg(when->type));
    return std::nullopt;
}

QStringList FhirResourceReader::unreadElements() const
{
    static const QStringList bookkeeping = {u"resourceType"_s,  u"id"_s,       u"meta"_s,     u"text"_s,
                                            u"implicitRules"_s, u"language"_s, u"extension"_s};
    QStringList out;
    const QJsonObject unread = m_object.unknownMembers();
    for (auto it = unread.constBegin(); it != unread.constEnd(); ++it) {
        if (!bookkeeping.contains(it.key()))
            out.append(it.key());
    }
    return out;
}

} // namespace spinereview
