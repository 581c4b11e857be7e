// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/imagingindex.h"

#include <algorithm>
#include <array>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Lower is more authoritative on the same day.
int modalityRank(Modality modality)
{
    switch (modality) {
    case Modality::Mri:
        return 0;
    case Modality::CtMyelogram:
        return 1;
    case Modality::Ct:
        return 2;
    case Modality::Xray:
    case Modality::FlexionExtensionXray:
        return 3;
    }
    return 4;
}

bool isCrossSectional(Modality modality)
{
    return modality == Modality::Mri || modality == Modality::Ct || modality == Modality::CtMyelogram;
}

} // namespace

ImagingIndex::ImagingIndex(const SpineCase& spineCase, QDate reviewDate, int qualifyingImagingMonths)
{
    if (!spineCase.imaging)
        return;
    const QDate windowStart = reviewDate.addMonths(-qualifyingImagingMonths);
    const QList<ImagingStudy>& all = *spineCase.imaging;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ImagingStudy& study = all[i];
        if (study.date > reviewDate)
            continue;
        const bool qualifying = isCrossSectional(study.modality) && study.date >= windowStart;
        m_hasQualifying = m_hasQualifying || qualifying;
        m_studies.append(Study{i, &study, qualifying});
    }
    std::sort(m_studies.begin(), m_studies.end(), [](const Study& a, const Study& b) {
        if (a.study->date != b.study->date)
            return a.study->date > b.study->date;
        const int rankA = modalityRank(a.study->modality);
        const int rankB = modalityRank(b.study->modality);
        if (rankA != rankB)
            return rankA < rankB;
        return a.index > b.index;
    });
}

bool ImagingIndex::described(Level level, std::optional<QDate> after) const
{
    return std::any_of(m_studies.cbegin(), m_studies.cend(), [&](const Study& s) {
        return s.qualifying && s.study->levels && s.study->levels->contains(level) &&
               (!after || s.study->date > *after);
    });
}

QStringList ImagingIndex::describingPaths(Level level) const
{
    QStringList paths;
    for (const Study& s : m_studies) {
        if (s.qualifying && s.study->levels && s.study->levels->contains(level))
            paths.append(levelPath(s.index, level, QString()));
    }
    return paths;
}

std::optional<ImagingIndex::Found<double>>
ImagingIndex::findCaseMeasure(std::optional<double> ImagingStudy::*measure) const
{
    for (const Study& s : m_studies) {
        if (const auto& value = s.study->*measure)
            return Found<double>{*value, s.index};
    }
    return std::nullopt;
}

QString ImagingIndex::levelPath(qsizetype studyIndex, Level level, const QString& field)
{
    // What jsonPathMember(jsonPathMember(jsonPathIndex("imaging", i), "levels"), level) and then field give,
    // built in one allocation: a path is built for every finding a fact is taken from.
    std::array<char16_t, 20> digits{};
    auto first = digits.end();
    for (auto n = static_cast<std::size_t>(studyIndex);; n /= 10) {
        *--first = static_cast<char16_t>(u'0' + n % 10);
        if (n < 10)
            break;
    }
    const QStringView index(first, digits.end());
    if (field.isEmpty())
        return u"imaging["_s + index + u"].levels."_s + enumToString(level);
    return u"imaging["_s + index + u"].levels."_s + enumToString(level) + u'.' + field;
}

} // namespace spinereview
