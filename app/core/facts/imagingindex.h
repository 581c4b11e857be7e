// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <optional>

namespace spinereview {

// The case's imaging studies as the criteria read them: studies after the review date dropped, the rest
// ordered so that the first study documenting a finding is the one it is taken from — most recent
// first; on the same day MRI, then CT myelogram, then CT, then plain or flexion–extension films; then
// the later entry in the array.
class ImagingIndex
{
public:
    struct Study
    {
        qsizetype index; // into SpineCase::imaging
        const ImagingStudy* study;
        bool qualifying; // MRI, CT or CT myelogram within the qualifying window
    };

    // A finding at one level and the study it came from.
    template <typename T> struct Found
    {
        T value;
        qsizetype studyIndex;
    };

    ImagingIndex(const SpineCase& spineCase, QDate reviewDate, int qualifyingImagingMonths);

    const QList<Study>& studies() const { return m_studies; }
    bool hasQualifyingStudy() const { return m_hasQualifying; }

    // Whether a qualifying study has an entry for the level, optionally only studies dated after `after`.
    bool described(Level level, std::optional<QDate> after = std::nullopt) const;
    // The paths of the qualifying studies' entries for the level, most authoritative first.
    QStringList describingPaths(Level level) const;

    // The most authoritative value of a finding at a level, `pick` being a callable from const LevelFindings&
    // to std::optional<T>. `qualifyingOnly` limits the search to qualifying studies; `after` to studies dated
    // after a date (findings after a prior operation).
    template <typename T, typename Pick>
    std::optional<Found<T>> find(Level level, const Pick& pick, bool qualifyingOnly,
                                 std::optional<QDate> after = std::nullopt) const
    {
        for (const Study& s : m_studies) {
            if ((qualifyingOnly && !s.qualifying) || (after && s.study->date <= *after) || !s.study->levels)
                continue;
            const auto it = s.study->levels->constFind(level);
            if (it == s.study->levels->constEnd())
                continue;
            if (auto value = pick(*it))
                return Found<T>{*value, s.index};
        }
        return std::nullopt;
    }

    // A case-wide measure (deformity) from the most recent study reporting it.
    std::optional<Found<double>> findCaseMeasure(std::optional<double> ImagingStudy::*measure) const;

    static QString levelPath(qsizetype studyIndex, Level level, const QString& field);

private:
    QList<Study> m_studies;
    bool m_hasQualifying = false;
};

} // namespace spinereview
