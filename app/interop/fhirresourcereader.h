// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/jsonobjectreader.h"
#include "interop/fhirbundle.h"
#include "interop/fhirtypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace spinereview {

// Reads the top-level elements of one resource as FHIR data types. Problems with a value's shape are
// collected (issues()) rather than fatal: the importer reports them as not mapped and goes on. It remembers
// which elements were read, so whatever no mapper looked at can be reported too (unreadElements()).
class FhirResourceReader
{
    Q_DECLARE_TR_FUNCTIONS(FhirResourceReader)

public:
    FhirResourceReader(const FhirResource& resource, const QString& fileName);
    Q_DISABLE_COPY_MOVE(FhirResourceReader)

    const FhirResource& resource() const { return m_resource; }
    QString label() const { return m_resource.label(); }
    JsonFieldReader& fields() { return m_fields; }
    const ValidationIssues& issues() const { return m_fields.issues(); }
    QString pathOf(QLatin1StringView key) const { return m_object.pathOf(key); }

    std::optional<QString> string(QLatin1StringView key);
    std::optional<QJsonObject> object(QLatin1StringView key);
    std::optional<QJsonArray> array(QLatin1StringView key);
    std::optional<FhirCodeableConcept> codeableConcept(QLatin1StringView key);
    // A 0..* CodeableConcept element; elements of the wrong shape are left out (and are issues).
    QList<FhirCodeableConcept> codeableConcepts(QLatin1StringView key);
    std::optional<QDate> date(QLatin1StringView key);
    std::optional<QString> reference(QLatin1StringView key);
    // Marks an element as looked at without converting it (its mapper reported it otherwise).
    void markRead(QLatin1StringView key) { m_object.optionalValue(key); }

    // A choice element `prefix[x]` (valueQuantity, effectivePeriod …): its type name after the prefix, its
    // value and its path. nullopt when the resource has none.
    struct Choice
    {
        QString type;
        QJsonValue value;
        QString path;
    };
    std::optional<Choice> choice(QLatin1StringView prefix);

    // When a clinical event happened, from `prefix[x]` (effective, performed, occurrence): a dateTime, an
    // instant, or a Period, whose start it returns and whose end it puts in `end`.
    std::optional<QDate> eventDate(QLatin1StringView prefix, std::optional<QDate>* end = nullptr);

    // The elements no mapper read, FHIR's bookkeeping (id, meta, text, extension …) aside.
    QStringList unreadElements() const;

private:
    const FhirResource& m_resource;
    JsonFieldReader m_fields;
    JsonObjectReader m_object;
};

} // namespace spinereview
