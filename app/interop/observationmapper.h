// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/fhircodes.h"
#include "interop/fhirresourcemapper.h"
#include "interop/latestvalue.h"

namespace spinereview {

// Observation (LOINC, fhircodes.cpp) → patient.bmi, nicotine, hba1c, dexaTScore with dexaDate, cotinineTest,
// and symptoms.outcomeScores (pain 0–10 and ODI by date). Where the file holds several values for one field,
// the latest is taken (LatestValue); the ODI is also recognised by the word "Oswestry" in its code's text,
// and reported as mapped by text.
class ObservationMapper final : public FhirResourceMapper
{
    Q_DECLARE_TR_FUNCTIONS(ObservationMapper)

public:
    using FhirResourceMapper::FhirResourceMapper;

    QStringList resourceTypes() const override { return {QStringLiteral("Observation")}; }
    bool map(FhirResourceReader& resource) override;
    void finish() override;

private:
    struct Dated
    {
        double value = 0;
        QDate date;
        QString resource;
        QString source;
        bool byText = false;
    };
    struct SameCotinine
    {
        bool operator()(const CotinineTest& a, const CotinineTest& b) const
        {
            return a.result == b.result && a.ngPerMl == b.ngPerMl;
        }
    };

    std::optional<FhirCodes::ObservationKind> kindOf(FhirResourceReader& resource, bool& byText);
    // The number of value[x] when it is a Quantity (or, for scores, an integer) in one of `units` (any unit
    // when empty) and in `range`; otherwise reports why not.
    std::optional<double> number(FhirResourceReader& resource, const QStringList& units, const NumberRange& range,
                                 bool integerAllowed);
    void mapSmokingStatus(FhirResourceReader& resource, const std::optional<QDate>& date);
    void mapCotinine(FhirResourceReader& resource, const std::optional<QDate>& date);
    void addScore(QList<Dated>& scores, FhirResourceReader& resource, const std::optional<QDate>& date,
                  const NumberRange& range, bool byText);
    void finishScores();
    void finishDexa();

    LatestValue<double> m_bmi;
    LatestValue<double> m_hba1c;
    LatestValue<Nicotine> m_nicotine;
    LatestValue<CotinineTest, SameCotinine> m_cotinine;
    QList<Dated> m_pain;
    QList<Dated> m_odi;
    QList<Dated> m_tScores;
};

} // namespace spinereview
