// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/mappingreport.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace spinereview {

// Every value a file gives for one field of the case that holds a single value (BMI, smoking status, HbA1c …),
// and the choice among them: the latest measurement is the patient's state. Values that agree need no
// choice; values that differ on the same latest day, or that cannot be ordered because one has no date, are
// reported as conflicting or ambiguous and none is taken — absent is safer than a guess. The report's texts are
// in the translation context "LatestValue" (a template has no tr() of its own).
template <typename T, typename Equal = std::equal_to<T>> class LatestValue
{
public:
    struct Candidate
    {
        T value;
        std::optional<QDate> date;
        QString resource;
        QString source;
        QString detail;      // how the report shows the value
        bool byText = false; // recognised by its text, not its code
    };

    void add(Candidate candidate) { m_candidates.append(std::move(candidate)); }
    bool isEmpty() const { return m_candidates.isEmpty(); }

    // The value to take, after reporting every candidate under `casePath`.
    std::optional<Candidate> resolve(MappingReport& report, const QString& casePath) const
    {
        if (m_candidates.isEmpty())
            return std::nullopt;
        const Candidate* latest = &m_candidates.first();
        bool allAgree = true;
        bool allDated = true;
        for (const Candidate& c : m_candidates) {
            allAgree = allAgree && Equal()(c.value, m_candidates.first().value);
            allDated = allDated && c.date.has_value();
            if (c.date && (!latest->date || *c.date > *latest->date))
                latest = &c;
        }
        if (!allAgree && !allDated) {
            for (const Candidate& c : m_candidates)
                //: %1 is a value and where it came from ("31.2 kg/m² on 2025-03-04"), %2 a field of the case file
                //: (patient.bmi)
                report.notMapped(c.resource, c.source, NotMappedReason::Ambiguous,
                                 QCoreApplication::translate("LatestValue",
                                                             "%1 differs from another value for %2, and without dates "
                                                             "on all of them the latest cannot be told")
                                     .arg(c.detail, casePath));
            return std::nullopt;
        }
        bool conflict = false;
        for (const Candidate& c : m_candidates)
            conflict = conflict || (c.date == latest->date && !Equal()(c.value, latest->value));
        for (const Candidate& c : m_candidates) {
            if (&c == latest && !conflict)
                continue;
            if (conflict && c.date == latest->date)
                //: %1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the date
                report.notMapped(c.resource, c.source, NotMappedReason::Conflicting,
                                 QCoreApplication::translate(
                                     "LatestValue", "%1 disagrees with another value for %2 of the same day (%3)")
                                     .arg(c.detail, casePath, latest->date->toString(Qt::ISODate)));
            else
                //: %1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the JSON path of the
                //: value taken
                report.notMapped(c.resource, c.source, NotMappedReason::Superseded,
                                 QCoreApplication::translate("LatestValue", "%1: %2 takes the latest value, at %3")
                                     .arg(c.detail, casePath, latest->source));
        }
        if (conflict)
            return std::nullopt;
        if (latest->byText)
            report.mappedByText(latest->resource, latest->source, casePath, latest->detail);
        else
            report.mapped(latest->resource, latest->source, casePath, latest->detail);
        return *latest;
    }

private:
    QList<Candidate> m_candidates;
};

} // namespace spinereview
