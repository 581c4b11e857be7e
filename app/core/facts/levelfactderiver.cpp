// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/levelfactderiver.h"

#include "core/facts/factcatalog.h"
#include "core/json/validationissue.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

void set(std::vector<FactValue>& out, FactId id, FactValue value)
{
    out[static_cast<std::size_t>(id)] = std::move(value);
}

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

FactValue stenosisRank(StenosisGrade grade, QStringList paths)
{
    FactValue value = FactValue::ofNumber(static_cast<double>(grade), std::move(paths));
    value.label = enumToString(grade);
    return value;
}

} // namespace

LevelFactDeriver::LevelFactDeriver(const SpineCase& spineCase, QDate reviewDate, const FactParameters& parameters,
                                   const ImagingIndex& imaging)
    : m_case(spineCase)
    , m_reviewDate(reviewDate)
    , m_parameters(parameters)
    , m_imaging(imaging)
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

std::vector<FactValue> LevelFactDeriver::derive(Level level) const
{
    std::vector<FactValue> out(static_cast<std::size_t>(FactCatalog::count()));
    const QString name = enumToString(level);
    set(out, FactId::LevelName, FactValue::ofText(name, {u"request.levels"_s}));

    const QStringList describing = m_imaging.describingPaths(level);
    set(out, FactId::LevelDescribed,
        describing.isEmpty() ? FactValue::unknown(imagingRecord(level), {u"imaging"_s})
                             : FactValue::ofBool(true, describing));

    const SurgeryAtLevel surgery = SurgeryAtLevel::of(m_case, level);
    deriveStenosis(level, out);
    deriveSlipAndMotion(level, surgery, out);
    deriveHistory(level, surgery, out);
    derivePlan(level, surgery, out);
    set(out, FactId::LevelConcordant, concordance(level));

    const auto requestedAt = [&](Component component) {
        return m_case.request.components.contains(component) && m_case.levelsOf(component).contains(level);
    };
    set(out, FactId::LevelFusionRequested, FactValue::ofBool(requestedAt(Component::Fusion), {u"request"_s}));
    set(out, FactId::LevelDecompressionRequested,
        FactValue::ofBool(requestedAt(Component::Decompression), {u"request"_s}));
    return out;
}

QString LevelFactDeriver::imagingRecord(Level level) const
{
    if (!m_imaging.hasQualifyingStudy())
        return u"a current MRI or CT (within %1 months)"_s.arg(m_parameters.qualifyingImagingMonths);
    return u"an MRI or CT report addressing "_s + enumToString(level);
}

void LevelFactDeriver::deriveStenosis(Level level, std::vector<FactValue>& out) const
{
    const bool described = m_imaging.described(level);
    using Pick = std::function<std::optional<StenosisGrade>(const LevelFindings&)>;
    struct Zone
    {
        QString field;
        Pick pick;
    };
    const auto sided = [](std::optional<SidedStenosis> LevelFindings::*zone, bool left) {
        return Pick([zone, left](const LevelFindings& f) -> std::optional<StenosisGrade> {
            const auto& sides = f.*zone;
            if (!sides)
                return std::nullopt;
            return left ? sides->left : sides->right;
        });
    };
    const Zone central{u"centralStenosis"_s, [](const LevelFindings& f) { return f.centralStenosis; }};
    const Zone zones[] = {
        central,
        {u"lateralRecessStenosis.left"_s, sided(&LevelFindings::lateralRecessStenosis, true)},
        {u"lateralRecessStenosis.right"_s, sided(&LevelFindings::lateralRecessStenosis, false)},
        {u"foraminalStenosis.left"_s, sided(&LevelFindings::foraminalStenosis, true)},
        {u"foraminalStenosis.right"_s, sided(&LevelFindings::foraminalStenosis, false)},
    };

    // The worst grade over the given zones. A described level's ungraded zones count as none (the
    // reference definition); a level no qualifying study describes is unknown.
    const auto worst = [&](const auto& zoneList) {
        std::optional<StenosisGrade> grade;
        QStringList paths;
        int graded = 0;
        for (const Zone& zone : zoneList) {
            const auto found = m_imaging.find<StenosisGrade>(level, zone.pick, true);
            if (!found)
                continue;
            ++graded;
            paths.append(ImagingIndex::levelPath(found->studyIndex, level, zone.field));
            grade = std::max(grade.value_or(StenosisGrade::None), found->value);
        }
        if (!grade) {
            const QString path = u"imaging"_s;
            return described
                       ? FactValue::unknownAssumable(u"a graded report of stenosis at "_s + enumToString(level), {path})
                       : FactValue::unknown(imagingRecord(level), {path});
        }
        FactValue value = stenosisRank(*grade, paths);
        if (graded < static_cast<int>(std::size(zoneList)))
            value.note = u"zones the report leaves ungraded are taken as none"_s;
        return value;
    };
    set(out, FactId::LevelWorstStenosis, worst(zones));
    set(out, FactId::LevelCentralStenosis, worst(std::array<Zone, 1>{central}));
    set(out, FactId::LevelForaminalStenosis, worst(std::array<Zone, 2>{zones[3], zones[4]}));
}

void LevelFactDeriver::deriveSlipAndMotion(Level level, const SurgeryAtLevel& surgery,
                                           std::vector<FactValue>& out) const
{
    const QString levelName = enumToString(level);
    // At an operated level only studies after the last operation describe the level as it is now.
    const std::optional<QDate> after = surgery.findingsAfter();
    const bool datesKnown = surgery.datesKnown();
    const bool describedNow = datesKnown && m_imaging.described(level, after);
    const QString slipRecord =
        surgery.operated && !datesKnown
            ? u"the date of the prior operation at "_s + levelName
            : (surgery.operated ? u"an MRI or CT of "_s + levelName + u" after the prior operation"_s
                                : imagingRecord(level));

    const auto finding = [&](auto pick, const QString& field, bool assumable, const QString& record) {
        using T = typename decltype(pick(std::declval<const LevelFindings&>()))::value_type;
        const auto found = datesKnown ? m_imaging.find<T>(level, pick, false, after) : std::nullopt;
        if (!found)
            return assumable ? FactValue::unknownAssumable(record, {u"imaging"_s})
                             : FactValue::unknown(record, {u"imaging"_s});
        const QString path = ImagingIndex::levelPath(found->studyIndex, level, field);
        if constexpr (std::is_same_v<T, bool>)
            return FactValue::ofBool(found->value, {path});
        else if constexpr (std::is_same_v<T, SlipType>)
            return FactValue::ofText(enumToString(found->value), {path});
        else
            return FactValue::ofNumber(static_cast<double>(found->value), {path});
    };

    set(out, FactId::LevelSlipGrade,
        finding([](const LevelFindings& f) { return f.spondylolisthesis ? f.spondylolisthesis->grade : std::nullopt; },
                u"spondylolisthesis.grade"_s, describedNow, slipRecord));
    set(out, FactId::LevelSlipType,
        finding([](const LevelFindings& f) { return f.spondylolisthesis ? f.spondylolisthesis->type : std::nullopt; },
                u"spondylolisthesis.type"_s, false, u"the type of the spondylolisthesis at "_s + levelName));
    set(out, FactId::LevelSlipProgression,
        finding(
            [](const LevelFindings& f) {
                return f.spondylolisthesis ? f.spondylolisthesis->progression : std::nullopt;
            },
            u"spondylolisthesis.progression"_s, false,
            u"serial films showing whether the slip at "_s + levelName + u" progressed"_s));

    // Dynamic translation may be taken as absent only where the spine was never operated on — which
    // needs the surgical history itself to be documented.
    const bool neverOperated = surgery.documented && !surgery.operated;
    set(out, FactId::LevelDynamicTranslationMm,
        finding([](const LevelFindings& f) { return f.dynamicTranslationMm; }, u"dynamicTranslationMm"_s, neverOperated,
                u"flexion–extension radiographs of "_s + levelName + u" (translation in mm)"_s));
    set(out, FactId::LevelParsDefect,
        finding([](const LevelFindings& f) { return f.parsDefect; }, u"parsDefect"_s, true,
                u"imaging of the pars interarticularis at "_s + levelName));
    set(out, FactId::LevelModicChanges,
        finding([](const LevelFindings& f) { return f.modicChanges; }, u"modicChanges"_s, false,
                u"the Modic classification at "_s + levelName));
    const auto disc = m_imaging.find<DiscHeightLoss>(
        level, [](const LevelFindings& f) { return f.discHeightLoss; }, false);
    set(out, FactId::LevelDiscHeightLoss,
        disc ? FactValue::ofText(enumToString(disc->value),
                                 {ImagingIndex::levelPath(disc->studyIndex, level, u"discHeightLoss"_s)})
             : FactValue::unknown(u"the disc height at "_s + levelName, {u"imaging"_s}));
}

void LevelFactDeriver::deriveHistory(Level level, const SurgeryAtLevel& surgery, std::vector<FactValue>& out) const
{
    const QString levelName = enumToString(level);
    const QString base = u"surgicalHistory"_s;
    if (!surgery.documented) {
        const QString record = u"the surgical history (prior lumbar operations with levels and dates)"_s;
        for (FactId id : {FactId::LevelPreviouslyOperated, FactId::LevelPriorDecompression, FactId::LevelPriorFusion,
                          FactId::LevelPriorFusionNonunion, FactId::LevelMonthsSinceNonunionFusion,
                          FactId::LevelPriorFacetResectionLeftPercent, FactId::LevelPriorFacetResectionRightPercent,
                          FactId::LevelAdjacentPriorFusion})
            set(out, id, FactValue::unknown(record, {base}));
        return;
    }
    const QList<PriorOperation>& history = *m_case.surgicalHistory;
    QStringList paths;
    for (qsizetype i : surgery.operations)
        paths.append(jsonPathIndex(base, i));
    const QStringList pathsOrBase = paths.isEmpty() ? QStringList{base} : paths;
    set(out, FactId::LevelPreviouslyOperated, FactValue::ofBool(surgery.operated, pathsOrBase));

    bool decompressed = false;
    bool fused = false;
    bool nonunion = false;
    bool solidityUnknown = false;
    std::optional<QDate> nonunionDate;
    bool nonunionDateUnknown = false;
    std::optional<double> facetLeft = 0.0;
    std::optional<double> facetRight = 0.0;
    QStringList facetPaths;
    for (qsizetype i : surgery.operations) {
        const PriorOperation& operation = history[i];
        if (isDecompression(operation.procedure)) {
            decompressed = true;
            const QString path = jsonPathMember(jsonPathIndex(base, i), u"facetResection"_s);
            facetPaths.append(path);
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
    set(out, FactId::LevelPriorDecompression, FactValue::ofBool(decompressed, pathsOrBase));
    set(out, FactId::LevelPriorFusion, FactValue::ofBool(fused, pathsOrBase));
    if (nonunion || !solidityUnknown)
        set(out, FactId::LevelPriorFusionNonunion, FactValue::ofBool(nonunion, pathsOrBase));
    else
        set(out, FactId::LevelPriorFusionNonunion,
            FactValue::unknown(u"imaging assessment of the prior fusion at "_s + levelName + u" (solid or not)"_s,
                               pathsOrBase));
    if (nonunionDate && !nonunionDateUnknown)
        set(out, FactId::LevelMonthsSinceNonunionFusion,
            FactValue::ofNumber(monthsBetween(*nonunionDate, m_reviewDate), pathsOrBase));
    else
        set(out, FactId::LevelMonthsSinceNonunionFusion,
            FactValue::unknown(u"the date of the prior fusion at "_s + levelName, pathsOrBase));

    const QString facetRecord =
        u"the operative note of the prior decompression at "_s + levelName + u" (share of each facet removed)"_s;
    const QStringList facetPathsOrBase = facetPaths.isEmpty() ? pathsOrBase : facetPaths;
    set(out, FactId::LevelPriorFacetResectionLeftPercent,
        facetLeft ? FactValue::ofNumber(*facetLeft, facetPathsOrBase)
                  : FactValue::unknown(facetRecord, facetPathsOrBase));
    set(out, FactId::LevelPriorFacetResectionRightPercent,
        facetRight ? FactValue::ofNumber(*facetRight, facetPathsOrBase)
                   : FactValue::unknown(facetRecord, facetPathsOrBase));

    bool adjacentFusion = false;
    QStringList adjacentPaths;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const PriorOperation& operation = history[i];
        if (operation.procedure != PriorProcedure::Fusion)
            continue;
        if (std::any_of(operation.levels.cbegin(), operation.levels.cend(),
                        [level](Level other) { return adjacent(level, other); })) {
            adjacentFusion = true;
            adjacentPaths.append(jsonPathIndex(base, i));
        }
    }
    set(out, FactId::LevelAdjacentPriorFusion,
        FactValue::ofBool(adjacentFusion, adjacentPaths.isEmpty() ? QStringList{base} : adjacentPaths));
}

void LevelFactDeriver::derivePlan(Level level, const SurgeryAtLevel& surgery, std::vector<FactValue>& out) const
{
    const Request& r = m_case.request;
    const QString levelName = enumToString(level);
    const LevelPlan* plan = nullptr;
    if (r.levelPlans) {
        const auto it = r.levelPlans->constFind(level);
        if (it != r.levelPlans->constEnd())
            plan = &*it;
    }
    // A level-specific plan overrides the request-wide one.
    const auto facetShare = [&](std::optional<double> Facets::*side, const QString& sideField) {
        if (plan && plan->plannedFacetectomy && (*plan->plannedFacetectomy).*side)
            return FactValue::ofNumber(*((*plan->plannedFacetectomy).*side),
                                       {u"request.levelPlans."_s + levelName + u".plannedFacetectomy."_s + sideField});
        if (r.plannedFacetectomy && (*r.plannedFacetectomy).*side)
            return FactValue::ofNumber(*((*r.plannedFacetectomy).*side),
                                       {u"request.plannedFacetectomy."_s + sideField});
        return FactValue();
    };
    const bool neverOperated = surgery.documented && !surgery.operated;
    const QString planRecord =
        u"the surgeon's operative plan for "_s + levelName + u" (share of each facet to be removed, pars removal)"_s;
    const auto orUnknown = [&](FactValue value) {
        if (value.isKnown())
            return value;
        return neverOperated ? FactValue::unknownAssumable(planRecord, {u"request.plannedFacetectomy"_s})
                             : FactValue::unknown(planRecord, {u"request.plannedFacetectomy"_s});
    };
    set(out, FactId::LevelPlannedFacetectomyLeftPercent, orUnknown(facetShare(&Facets::leftPercent, u"leftPercent"_s)));
    set(out, FactId::LevelPlannedFacetectomyRightPercent,
        orUnknown(facetShare(&Facets::rightPercent, u"rightPercent"_s)));

    FactValue pars;
    if (plan && plan->plannedParsRemoval)
        pars = FactValue::ofBool(*plan->plannedParsRemoval,
                                 {u"request.levelPlans."_s + levelName + u".plannedParsRemoval"_s});
    else if (r.plannedParsRemoval)
        pars = FactValue::ofBool(*r.plannedParsRemoval, {u"request.plannedParsRemoval"_s});
    if (!pars.isKnown())
        pars = neverOperated ? FactValue::unknownAssumable(planRecord, {u"request.plannedParsRemoval"_s})
                             : FactValue::unknown(planRecord, {u"request.plannedParsRemoval"_s});
    set(out, FactId::LevelPlannedParsRemoval, pars);
}

FactValue LevelFactDeriver::concordance(Level level) const
{
    const auto& s = m_case.symptoms;
    static const Symptoms none;
    const std::optional<bool>& claudication = (s ? *s : none).neurogenicClaudication;
    const std::optional<LegPain>& legPain = (s ? *s : none).legPain;
    const QStringList symptomPaths = {u"symptoms.neurogenicClaudication"_s, u"symptoms.legPain"_s};

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
            !roots.isEmpty() && std::all_of(roots.cbegin(), roots.cend(), [level](const std::optional<Root>& root) {
                return root && !levelsOfRoot(*root).contains(level);
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

} // namespace spinereview
