// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/levelfactderiver.h"

#include "core/facts/factfields.h"
#include "core/json/validationissue.h"

#include <algorithm>
#include <array>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

bool isDecompression(PriorProcedure procedure)
{
    switch (procedure) {
    case PriorProcedure::Discectomy:
    case PriorProcedure::Laminotomy:
    case PriorProcedure::Laminectomy:
    case PriorProcedure::Foraminotomy:
    case PriorProcedure::Facetectomy:
        return true;
    default:
        return false;
    }
}

bool adjacent(Level a, Level b)
{
    return std::abs(static_cast<int>(a) - static_cast<int>(b)) == 1;
}

// Whole calendar months from `from` to `to`.
int monthsBetween(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

// The stenosis zones of a level, in the order their paths are listed.
enum Zone { Central, RecessLeft, RecessRight, ForaminalLeft, ForaminalRight, ZoneCount };

std::optional<StenosisGrade> zoneGrade(const LevelFindings& f, int zone)
{
    const auto side = [](const std::optional<SidedStenosis>& sides, bool left) -> std::optional<StenosisGrade> {
        if (!sides)
            return std::nullopt;
        return left ? sides->left : sides->right;
    };
    switch (zone) {
    case Central:
        return f.centralStenosis;
    case RecessLeft:
        return side(f.lateralRecessStenosis, true);
    case RecessRight:
        return side(f.lateralRecessStenosis, false);
    case ForaminalLeft:
        return side(f.foraminalStenosis, true);
    default:
        return side(f.foraminalStenosis, false);
    }
}

QString zoneField(int zone)
{
    switch (zone) {
    case Central:
        return u"centralStenosis"_s;
    case RecessLeft:
        return u"lateralRecessStenosis.left"_s;
    case RecessRight:
        return u"lateralRecessStenosis.right"_s;
    case ForaminalLeft:
        return u"foraminalStenosis.left"_s;
    default:
        return u"foraminalStenosis.right"_s;
    }
}

FactValue findingValue(bool value, QStringList paths)
{
    return FactValue::ofBool(value, std::move(paths));
}

FactValue findingValue(SlipType value, QStringList paths)
{
    return FactValue::ofText(enumToString(value), std::move(paths));
}

FactValue findingValue(int value, QStringList paths)
{
    return FactValue::ofNumber(value, std::move(paths));
}

FactValue findingValue(double value, QStringList paths)
{
    return FactValue::ofNumber(value, std::move(paths));
}

} // namespace

LevelFactDeriver::LevelFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                                   const ImagingIndex& imaging, Level level)
    : m_case(spineCase)
    , m_reviewDate(reviewDate)
    , m_parameters(parameters)
    , m_imaging(imaging)
    , m_level(level)
    , m_levelName(enumToString(level))
    , m_surgery(SurgeryAtLevel::of(spineCase, level))
{}

QList<Level> LevelFactDeriver::levelsOfRoot(Root root)
{
    switch (root) {
    case Root::L1:
        return {Level::L1L2};
    case Root::L2:
        return {Level::L1L2, Level::L2L3};
    case Root::L3:
        return {Level::L2L3, Level::L3L4};
    case Root::L4:
        return {Level::L3L4, Level::L4L5};
    case Root::L5:
        return {Level::L4L5, Level::L5S1};
    case Root::S1:
        return {Level::L5S1};
    case Root::S2:
        return {};
    }
    return {};
}

void LevelFactDeriver::derive(FactId id, FactSlots& out) const
{
    switch (id) {
    case FactId::LevelName:
        out.store(id, m_level, FactValue::ofText(m_levelName, fixedPath([] { return u"request.levels"_s; })));
        return;
    case FactId::LevelDescribed:
        out.store(id, m_level, described());
        return;
    case FactId::LevelWorstStenosis:
    case FactId::LevelCentralStenosis:
    case FactId::LevelForaminalStenosis:
        out.store(id, m_level, stenosis(id));
        return;
    case FactId::LevelSlipGrade:
    case FactId::LevelSlipType:
    case FactId::LevelSlipProgression:
    case FactId::LevelDynamicTranslationMm:
    case FactId::LevelParsDefect:
    case FactId::LevelModicChanges:
        out.store(id, m_level, slipOrMotion(id));
        return;
    case FactId::LevelDiscHeightLoss:
        out.store(id, m_level, discHeightLoss());
        return;
    case FactId::LevelPreviouslyOperated:
    case FactId::LevelPriorDecompression:
    case FactId::LevelPriorFusion:
    case FactId::LevelPriorFusionNonunion:
    case FactId::LevelMonthsSinceNonunionFusion:
    case FactId::LevelPriorFacetResectionLeftPercent:
    case FactId::LevelPriorFacetResectionRightPercent:
        deriveHistory(out);
        return;
    case FactId::LevelAdjacentPriorFusion:
        out.store(id, m_level, adjacentPriorFusion());
        return;
    case FactId::LevelPlannedFacetectomyLeftPercent:
    case FactId::LevelPlannedFacetectomyRightPercent:
        out.store(id, m_level, plannedFacetShare(id));
        return;
    case FactId::LevelPlannedParsRemoval:
        out.store(id, m_level, plannedParsRemoval());
        return;
    case FactId::LevelConcordant:
        out.store(id, m_level, concordance());
        return;
    case FactId::LevelFusionRequested:
        out.store(id, m_level, requestedAt(Component::Fusion));
        return;
    case FactId::LevelDecompressionRequested:
        out.store(id, m_level, requestedAt(Component::Decompression));
        return;
    default:
        Q_ASSERT_X(false, "LevelFactDeriver::derive", "not a level fact");
        return;
    }
}

QString LevelFactDeriver::imagingRecord() const
{
    if (!m_imaging.hasQualifyingStudy())
        return u"a current MRI or CT (within "_s + QString::number(m_parameters.qualifyingImagingMonths) +
               u" months)"_s;
    return u"an MRI or CT report addressing "_s + m_levelName;
}

FactValue LevelFactDeriver::described() const
{
    QStringList describing = m_imaging.describingPaths(m_level);
    return describing.isEmpty() ? FactValue::unknown(imagingRecord(), fixedPath([] { return u"imaging"_s; }))
                                : FactValue::ofBool(true, std::move(describing));
}

FactValue LevelFactDeriver::stenosis(FactId id) const
{
    static constexpr std::array<int, ZoneCount> allZones{Central, RecessLeft, RecessRight, ForaminalLeft,
                                                         ForaminalRight};
    static constexpr std::array<int, 1> centralZone{Central};
    static constexpr std::array<int, 2> foraminalZones{ForaminalLeft, ForaminalRight};
    const auto* first = allZones.data();
    std::size_t count = allZones.size();
    if (id == FactId::LevelCentralStenosis) {
        first = centralZone.data();
        count = centralZone.size();
    } else if (id == FactId::LevelForaminalStenosis) {
        first = foraminalZones.data();
        count = foraminalZones.size();
    }

    // The worst grade over the fact's zones, each zone's grade from the most authoritative qualifying study
    // grading it (ImagingIndex::find, zone by zone, in one pass over the studies). A described level's
    // ungraded zones count as none (the reference definition); a level no qualifying study describes is
    // unknown.
    std::array<std::optional<ImagingIndex::Found<StenosisGrade>>, ZoneCount> found;
    for (const ImagingIndex::Study& study : m_imaging.studies()) {
        if (!study.qualifying || !study.study->levels)
            continue;
        const auto it = study.study->levels->constFind(m_level);
        if (it == study.study->levels->constEnd())
            continue;
        for (const int* zone = first; zone != first + count; ++zone) {
            if (found[*zone])
                continue;
            if (const auto grade = zoneGrade(*it, *zone))
                found[*zone] = ImagingIndex::Found<StenosisGrade>{*grade, study.index};
        }
    }
    const auto graded = std::count_if(first, first + count, [&found](int zone) { return found[zone].has_value(); });
    if (graded == 0) {
        return m_imaging.described(m_level)
                   ? FactValue::unknownAssumable(u"a graded report of stenosis at "_s + m_levelName,
                                                 fixedPath([] { return u"imaging"_s; }))
                   : FactValue::unknown(imagingRecord(), fixedPath([] { return u"imaging"_s; }));
    }
    StenosisGrade grade = StenosisGrade::None;
    QStringList paths;
    paths.reserve(graded);
    for (const int* zone = first; zone != first + count; ++zone) {
        if (!found[*zone])
            continue;
        paths.append(ImagingIndex::levelPath(found[*zone]->studyIndex, m_level, zoneField(*zone)));
        grade = std::max(grade, found[*zone]->value);
    }
    const bool ungraded = graded < static_cast<std::ptrdiff_t>(count);
    FactValue value = FactValue::ofNumber(static_cast<double>(grade), std::move(paths));
    value.label = enumToString(grade);
    if (ungraded)
        value.note = u"zones the report leaves ungraded are taken as none"_s;
    return value;
}

FactValue LevelFactDeriver::slipOrMotion(FactId id) const
{
    // At an operated level only studies after the last operation describe the level as it is now.
    const std::optional<QDate> after = m_surgery.findingsAfter();
    const bool datesKnown = m_surgery.datesKnown();
    const auto finding = [&](auto pick, const QString& field, bool assumable, const auto& record) {
        using T = typename decltype(pick(std::declval<const LevelFindings&>()))::value_type;
        const auto found = datesKnown ? m_imaging.find<T>(m_level, pick, false, after) : std::nullopt;
        if (!found)
            return assumable ? FactValue::unknownAssumable(record(), fixedPath([] { return u"imaging"_s; }))
                             : FactValue::unknown(record(), fixedPath([] { return u"imaging"_s; }));
        return findingValue(found->value, {ImagingIndex::levelPath(found->studyIndex, m_level, field)});
    };

    switch (id) {
    case FactId::LevelSlipGrade: {
        const bool describedNow = datesKnown && m_imaging.described(m_level, after);
        return finding(
            [](const LevelFindings& f) { return f.spondylolisthesis ? f.spondylolisthesis->grade : std::nullopt; },
            u"spondylolisthesis.grade"_s, describedNow,
            [&]() -> QString {
                if (m_surgery.operated && !datesKnown)
                    return u"the date of the prior operation at "_s + m_levelName;
                return m_surgery.operated ? u"an MRI or CT of "_s + m_levelName + u" after the prior operation"_s
                                          : imagingRecord();
            });
    }
    case FactId::LevelSlipType:
        return finding(
            [](const LevelFindings& f) { return f.spondylolisthesis ? f.spondylolisthesis->type : std::nullopt; },
            u"spondylolisthesis.type"_s, false,
            [&]() -> QString { return u"the type of the spondylolisthesis at "_s + m_levelName; });
    case FactId::LevelSlipProgression:
        return finding(
            [](const LevelFindings& f) {
                return f.spondylolisthesis ? f.spondylolisthesis->progression : std::nullopt;
            },
            u"spondylolisthesis.progression"_s, false,
            [&]() -> QString {
                return u"serial films showing whether the slip at "_s + m_levelName + u" progressed"_s;
            });
    case FactId::LevelDynamicTranslationMm: {
        // Dynamic translation may be taken as absent only where the spine was never operated on — which
        // needs the surgical history itself to be documented.
        const bool neverOperated = m_surgery.documented && !m_surgery.operated;
        return finding([](const LevelFindings& f) { return f.dynamicTranslationMm; }, u"dynamicTranslationMm"_s,
                       neverOperated,
                       [&]() -> QString {
                           return u"flexion–extension radiographs of "_s + m_levelName + u" (translation in mm)"_s;
                       });
    }
    case FactId::LevelParsDefect:
        return finding([](const LevelFindings& f) { return f.parsDefect; }, u"parsDefect"_s, true,
                       [&]() -> QString { return u"imaging of the pars interarticularis at "_s + m_levelName; });
    default:
        return finding([](const LevelFindings& f) { return f.modicChanges; }, u"modicChanges"_s, false,
                       [&]() -> QString { return u"the Modic classification at "_s + m_levelName; });
    }
}

FactValue LevelFactDeriver::discHeightLoss() const
{
    const auto disc = m_imaging.find<DiscHeightLoss>(
        m_level, [](const LevelFindings& f) { return f.discHeightLoss; }, false);
    if (!disc)
        return FactValue::unknown(u"the disc height at "_s + m_levelName, fixedPath([] { return u"imaging"_s; }));
    return FactValue::ofText(enumToString(disc->value),
                             {ImagingIndex::levelPath(disc->studyIndex, m_level, u"discHeightLoss"_s)});
}

void LevelFactDeriver::deriveHistory(FactSlots& out) const
{
    const QString base = u"surgicalHistory"_s;
    if (!m_surgery.documented) {
        const QString record = u"the surgical history (prior lumbar operations with levels and dates)"_s;
        for (FactId id : {FactId::LevelPreviouslyOperated, FactId::LevelPriorDecompression, FactId::LevelPriorFusion,
                          FactId::LevelPriorFusionNonunion, FactId::LevelMonthsSinceNonunionFusion,
                          FactId::LevelPriorFacetResectionLeftPercent, FactId::LevelPriorFacetResectionRightPercent})
            out.store(id, m_level, FactValue::unknown(record, fixedPath([] { return u"surgicalHistory"_s; })));
        return;
    }
    const QList<PriorOperation>& history = *m_case.surgicalHistory;
    QStringList paths;
    for (qsizetype i : m_surgery.operations)
        paths.append(jsonPathIndex(base, i));
    const QStringList pathsOrBase = paths.isEmpty() ? fixedPath([] { return u"surgicalHistory"_s; }) : paths;
    out.store(FactId::LevelPreviouslyOperated, m_level, FactValue::ofBool(m_surgery.operated, pathsOrBase));

    bool decompressed = false;
    bool fused = false;
    bool nonunion = false;
    bool solidityUnknown = false;
    std::optional<QDate> nonunionDate;
    bool nonunionDateUnknown = false;
    std::optional<double> facetLeft = 0.0;
    std::optional<double> facetRight = 0.0;
    QStringList facetPaths;
    for (qsizetype i : m_surgery.operations) {
        const PriorOperation& operation = history[i];
        if (isDecompression(operation.procedure)) {
            decompressed = true;
            facetPaths.append(jsonPathMember(jsonPathIndex(base, i), u"facetResection"_s));
            const auto& resection = operation.facetResection;
            // The largest documented share over the operations at the level; any undocumented one leaves
            // the total unknown.
            facetLeft = resection && resection->leftPercent && facetLeft
                            ? std::optional<double>(std::max(*facetLeft, *resection->leftPercent))
                            : std::nullopt;
            facetRight = resection && resection->rightPercent && facetRight
                             ? std::optional<double>(std::max(*facetRight, *resection->rightPercent))
                             : std::nullopt;
        }
        if (operation.procedure == PriorProcedure::Fusion) {
            fused = true;
            if (!operation.solidFusion) {
                solidityUnknown = true;
            } else if (!*operation.solidFusion) {
                nonunion = true;
                if (!operation.date)
                    nonunionDateUnknown = true;
                else if (!nonunionDate || *operation.date > *nonunionDate)
                    nonunionDate = operation.date;
            }
        }
    }
    out.store(FactId::LevelPriorDecompression, m_level, FactValue::ofBool(decompressed, pathsOrBase));
    out.store(FactId::LevelPriorFusion, m_level, FactValue::ofBool(fused, pathsOrBase));
    if (nonunion || !solidityUnknown)
        out.store(FactId::LevelPriorFusionNonunion, m_level, FactValue::ofBool(nonunion, pathsOrBase));
    else
        out.store(
            FactId::LevelPriorFusionNonunion, m_level,
            FactValue::unknown(u"imaging assessment of the prior fusion at "_s + m_levelName + u" (solid or not)"_s,
                               pathsOrBase));
    if (nonunionDate && !nonunionDateUnknown)
        out.store(FactId::LevelMonthsSinceNonunionFusion, m_level,
                  FactValue::ofNumber(monthsBetween(*nonunionDate, m_reviewDate), pathsOrBase));
    else
        out.store(FactId::LevelMonthsSinceNonunionFusion, m_level,
                  FactValue::unknown(u"the date of the prior fusion at "_s + m_levelName, pathsOrBase));

    const QStringList& facetPathsOrBase = facetPaths.isEmpty() ? pathsOrBase : facetPaths;
    const auto facetRecord = [&]() -> QString {
        return u"the operative note of the prior decompression at "_s + m_levelName +
               u" (share of each facet removed)"_s;
    };
    out.store(FactId::LevelPriorFacetResectionLeftPercent, m_level,
              facetLeft ? FactValue::ofNumber(*facetLeft, facetPathsOrBase)
                        : FactValue::unknown(facetRecord(), facetPathsOrBase));
    out.store(FactId::LevelPriorFacetResectionRightPercent, m_level,
              facetRight ? FactValue::ofNumber(*facetRight, facetPathsOrBase)
                         : FactValue::unknown(facetRecord(), facetPathsOrBase));
}

FactValue LevelFactDeriver::adjacentPriorFusion() const
{
    const QString base = u"surgicalHistory"_s;
    if (!m_surgery.documented)
        return FactValue::unknown(u"the surgical history (prior lumbar operations with levels and dates)"_s,
                                  fixedPath([] { return u"surgicalHistory"_s; }));
    const QList<PriorOperation>& history = *m_case.surgicalHistory;
    bool adjacentFusion = false;
    QStringList adjacentPaths;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const PriorOperation& operation = history[i];
        if (operation.procedure != PriorProcedure::Fusion)
            continue;
        if (std::any_of(operation.levels.cbegin(), operation.levels.cend(),
                        [this](Level other) { return adjacent(m_level, other); })) {
            adjacentFusion = true;
            adjacentPaths.append(jsonPathIndex(base, i));
        }
    }
    return FactValue::ofBool(adjacentFusion,
                             adjacentPaths.isEmpty() ? fixedPath([] { return u"surgicalHistory"_s; }) : adjacentPaths);
}

FactValue LevelFactDeriver::plannedFacetShare(FactId id) const
{
    const Request& r = m_case.request;
    const bool left = id == FactId::LevelPlannedFacetectomyLeftPercent;
    const auto side = left ? &Facets::leftPercent : &Facets::rightPercent;
    const QString sideField = left ? u"leftPercent"_s : u"rightPercent"_s;
    // A level-specific plan overrides the request-wide one.
    if (r.levelPlans) {
        const auto it = r.levelPlans->constFind(m_level);
        if (it != r.levelPlans->constEnd() && it->plannedFacetectomy && (*it->plannedFacetectomy).*side)
            return FactValue::ofNumber(*((*it->plannedFacetectomy).*side), {u"request.levelPlans."_s + m_levelName +
                                                                            u".plannedFacetectomy."_s + sideField});
    }
    if (r.plannedFacetectomy && (*r.plannedFacetectomy).*side)
        return FactValue::ofNumber(*((*r.plannedFacetectomy).*side), {u"request.plannedFacetectomy."_s + sideField});
    const QString planRecord =
        u"the surgeon's operative plan for "_s + m_levelName + u" (share of each facet to be removed, pars removal)"_s;
    const bool neverOperated = m_surgery.documented && !m_surgery.operated;
    return neverOperated
               ? FactValue::unknownAssumable(planRecord, fixedPath([] { return u"request.plannedFacetectomy"_s; }))
               : FactValue::unknown(planRecord, fixedPath([] { return u"request.plannedFacetectomy"_s; }));
}

FactValue LevelFactDeriver::plannedParsRemoval() const
{
    const Request& r = m_case.request;
    if (r.levelPlans) {
        const auto it = r.levelPlans->constFind(m_level);
        if (it != r.levelPlans->constEnd() && it->plannedParsRemoval)
            return FactValue::ofBool(*it->plannedParsRemoval,
                                     {u"request.levelPlans."_s + m_levelName + u".plannedParsRemoval"_s});
    }
    if (r.plannedParsRemoval)
        return FactValue::ofBool(*r.plannedParsRemoval, fixedPath([] { return u"request.plannedParsRemoval"_s; }));
    const QString planRecord =
        u"the surgeon's operative plan for "_s + m_levelName + u" (share of each facet to be removed, pars removal)"_s;
    const bool neverOperated = m_surgery.documented && !m_surgery.operated;
    return neverOperated
               ? FactValue::unknownAssumable(planRecord, fixedPath([] { return u"request.plannedParsRemoval"_s; }))
               : FactValue::unknown(planRecord, fixedPath([] { return u"request.plannedParsRemoval"_s; }));
}

FactValue LevelFactDeriver::concordance() const
{
    const auto& s = m_case.symptoms;
    static const Symptoms none;
    const std::optional<bool>& claudication = (s ? *s : none).neurogenicClaudication;
    const std::optional<LegPain>& legPain = (s ? *s : none).legPain;
    const QStringList symptomPaths =
        fixedPath([] { return u"symptoms.neurogenicClaudication"_s; }, [] { return u"symptoms.legPain"_s; });

    // Root findings that map elsewhere override leg symptoms, unless claudication (which does not point
    // to a root) is documented.
    if (!claudication.value_or(false)) {
        QList<std::optional<Root>> roots;
        QStringList rootPaths;
        if (m_case.emg) {
            for (qsizetype i = 0; i < m_case.emg->size(); ++i) {
                const EmgStudy& study = m_case.emg->at(i);
                if (study.date > m_reviewDate || !study.findings)
                    continue;
                for (qsizetype j = 0; j < study.findings->size(); ++j) {
                    roots.append(study.findings->at(j).root);
                    rootPaths.append(jsonPathIndex(jsonPathMember(jsonPathIndex(u"emg"_s, i), u"findings"_s), j));
                }
            }
        }
        if (m_case.exam) {
            const auto collect = [&](const auto& list, const QString& field) {
                if (!list)
                    return;
                for (qsizetype i = 0; i < list->size(); ++i) {
                    roots.append(list->at(i).root);
                    rootPaths.append(jsonPathIndex(u"exam."_s + field, i));
                }
            };
            collect(m_case.exam->motorDeficit, u"motorDeficit"_s);
            collect(m_case.exam->sensoryDeficit, u"sensoryDeficit"_s);
        }
        // A finding without its root could be at this level, so it never points elsewhere.
        const bool allElsewhere =
            !roots.isEmpty() && std::all_of(roots.cbegin(), roots.cend(), [this](const std::optional<Root>& root) {
                return root && !levelsOfRoot(*root).contains(m_level);
            });
        if (allElsewhere) {
            FactValue value = FactValue::ofBool(false, rootPaths);
            value.note = u"the documented root findings point to another level"_s;
            return value;
        }
    }
    if (claudication.value_or(false) || legPain.value_or(LegPain::None) != LegPain::None)
        return FactValue::ofBool(true, symptomPaths);
    if (claudication && legPain)
        return FactValue::ofBool(false, symptomPaths);
    return FactValue::unknown(u"the symptom history (neurogenic claudication, radicular leg pain)"_s, symptomPaths);
}

FactValue LevelFactDeriver::requestedAt(Component component) const
{
    const bool requested =
        m_case.request.components.contains(component) && m_case.levelsOf(component).contains(m_level);
    return FactValue::ofBool(requested, fixedPath([] { return u"request"_s; }));
}

} // namespace spinereview
