// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/deidentifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace spinereview {

using namespace Qt::StringLiterals;

// De-identified copies are made only by the command line, whose output is English (it installs no translator):
// the error and the list of changes, which names JSON paths, stay plain English.

namespace {

// Safe Harbor's oldest age category: "90 or older".
constexpr int oldestAgeCategory = 90;

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

Deidentifier::Result Deidentifier::deidentify(const QByteArray& document, QDate today)
{
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
        result.error = u"not a JSON object (%1)"_s.arg(parseError.errorString());
        return result;
    }
    QJsonObject root = parsed.object();
    QDate asOf = QDate::fromString(root.value(u"reviewDate"_s).toString(), Qt::ISODate);
    if (!asOf.isValid())
        asOf = today;

    if (root.value(u"patient"_s).isObject()) {
        QJsonObject patient = root.value(u"patient"_s).toObject();
        if (patient.contains(u"id"_s)) {
            patient.remove(u"id"_s);
            result.changes.append(u"patient.id"_s);
        }
        if (patient.contains(u"birthDate"_s)) {
            const QDate birth = QDate::fromString(patient.value(u"birthDate"_s).toString(), Qt::ISODate);
            patient.remove(u"birthDate"_s);
            result.changes.append(u"patient.birthDate"_s);
            if (birth.isValid() && !patient.contains(u"ageYears"_s) && birth <= asOf) {
                patient.insert(u"ageYears"_s, ageOn(birth, asOf));
                result.changes.append(u"patient.ageYears (computed from patient.birthDate)"_s);
            }
        }
        if (patient.value(u"ageYears"_s).isDouble() && patient.value(u"ageYears"_s).toInt() > oldestAgeCategory) {
            patient.insert(u"ageYears"_s, oldestAgeCategory);
            result.changes.append(u"patient.ageYears (over 89: 90)"_s);
        }
        root.insert(u"patient"_s, patient);
    }
    if (root.value(u"coverage"_s).isObject()) {
        QJsonObject coverage = root.value(u"coverage"_s).toObject();
        if (coverage.contains(u"memberId"_s)) {
            coverage.remove(u"memberId"_s);
            result.changes.append(u"coverage.memberId"_s);
            root.insert(u"coverage"_s, coverage);
        }
    }
    if (root.contains(u"notes"_s)) {
        root.remove(u"notes"_s);
        result.changes.append(u"notes"_s);
    }
    result.document = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace spinereview
