// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/clinicaltext.h"

#include "core/case/caselabels.h"
#include "reports/casetext.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

template <typename E> QString lower(const QStringList& labels, const std::optional<E>& value)
{
    return CaseText::label(labels, value).toLower();
}

QString sided(const SidedStenosis& stenosis)
{
    QStringList sides;
    if (stenosis.left)
        sides.append(ClinicalText::tr("left %1").arg(lower(CaseLabels::stenosisGrades(), stenosis.left)));
    if (stenosis.right)
        sides.append(ClinicalText::tr("right %1").arg(lower(CaseLabels::stenosisGrades(), stenosis.right)));
    return sides.join(u", "_s);
}

// "S1 left", for roots and sides that may each be undocumented.
QString rootSide(const std::optional<Root>& root, const std::optional<Side>& side)
{
    QStringList parts;
    if (root)
        parts.append(enumToString(*root));
    if (side)
        parts.append(lower(CaseLabels::sides(), side));
    return parts.join(u' ');
}

QString date(const std::optional<QDate>& value)
{
    return value ? value->toString(Qt::ISODate) : QString();
}

} // namespace

HtmlWriter::Fields ClinicalText::patient(const SpineCase& spineCase)
{
    const Patient patient = spineCase.patient.value_or(Patient{});
    return {{tr("Age"), patient.ageYears ? tr("%1 years").arg(*patient.ageYears) : QString()},
            {tr("Date of birth"), date(patient.birthDate)},
            {tr("Sex"), CaseText::label(CaseLabels::sexes(), patient.sex)}};
}

HtmlWriter::Fields ClinicalText::symptoms(const SpineCase& spineCase)
{
    const Symptoms symptoms = spineCase.symptoms.value_or(Symptoms{});
    QStringList scores;
    for (const OutcomeScore& score : symptoms.outcomeScores.value_or(QList<OutcomeScore>())) {
        QStringList values;
        if (score.painScore)
            values.append(tr("pain %1/10").arg(CaseText::number(*score.painScore)));
        if (score.odi)
            values.append(tr("ODI %1").arg(CaseText::number(*score.odi)));
        scores.append(score.date.toString(Qt::ISODate) + u": "_s + values.join(u", "_s));
    }
    return {
        {tr("Neurogenic claudication"), CaseText::yesNo(symptoms.neurogenicClaudication)},
        {tr("Leg pain"), CaseText::label(CaseLabels::legPain(), symptoms.legPain)},
        {tr("Back pain predominant"), CaseText::yesNo(symptoms.backPainPredominant)},
        {tr("Duration"), symptoms.durationWeeks ? tr("%1 weeks").arg(*symptoms.durationWeeks) : QString()},
        {tr("Pain score"), symptoms.painScore ? tr("%1/10").arg(CaseText::number(*symptoms.painScore)) : QString()},
        {tr("Oswestry Disability Index"), symptoms.odi ? tr("%1/100").arg(CaseText::number(*symptoms.odi)) : QString()},
        {tr("Functional impairment"), CaseText::yesNo(symptoms.functionalImpairment)},
        {tr("Scores over time"), scores.join(u"; "_s)}};
}

HtmlWriter::Fields ClinicalText::exam(const SpineCase& spineCase)
{
    const Exam exam = spineCase.exam.value_or(Exam{});
    const auto listOrNone = [](const auto& list, const auto& describe) {
        if (!list)
            return QString();
        if (list->isEmpty())
            return tr("none");
        QStringList items;
        for (const auto& item : *list)
            items.append(describe(item));
        return items.join(u"; "_s);
    };
    return {{tr("Motor deficit"), listOrNone(exam.motorDeficit,
                                             [](const MotorDeficit& deficit) {
                                                 QString text = rootSide(deficit.root, deficit.side);
                                                 if (deficit.grade)
                                                     text += u", "_s + tr("grade %1/5").arg(*deficit.grade);
                                                 return text;
                                             })},
            {tr("Progressive neurological deficit"), CaseText::yesNo(exam.progressiveDeficit)},
            {tr("Cauda equina syndrome"), CaseText::yesNo(exam.caudaEquina)},
            {tr("Reflex changes"), listOrNone(exam.reflexChanges,
                                              [](const ReflexChange& change) {
                                                  return QString(lower(CaseLabels::reflexes(), change.reflex) + u' ' +
                                                                 lower(CaseLabels::sides(), change.side))
                                                      .trimmed();
                                              })},
            {tr("Sensory deficit"),
             listOrNone(exam.sensoryDeficit,
                        [](const RootFinding& finding) { return rootSide(finding.root, finding.side); })},
            {tr("Straight leg raise"), CaseText::label(CaseLabels::straightLegRaise(), exam.straightLegRaise)},
            {tr("Infection"), CaseText::yesNo(exam.infection)},
            {tr("Tumour"), CaseText::yesNo(exam.tumor)},
            {tr("Fracture"), CaseText::yesNo(exam.fracture)}};
}

QStringList ClinicalText::priorOperations(const SpineCase& spineCase)
{
    if (!spineCase.surgicalHistory)
        return {};
    if (spineCase.surgicalHistory->isEmpty())
        return {tr("None documented: the history records no prior lumbar operation.")};
    QStringList out;
    for (const PriorOperation& operation : *spineCase.surgicalHistory) {
        QStringList parts{CaseLabels::procedures().value(static_cast<qsizetype>(operation.procedure)) + u' ' +
                          tr("at %1").arg(CaseText::levels(operation.levels))};
        if (operation.date)
            parts.append(operation.date->toString(Qt::ISODate));
        if (operation.instrumented)
            parts.append(*operation.instrumented ? tr("instrumented") : tr("not instrumented"));
        if (operation.solidFusion)
            parts.append(*operation.solidFusion ? tr("solid fusion") : tr("not solid (pseudarthrosis)"));
        if (operation.facetResection) {
            QStringList sides;
            if (operation.facetResection->leftPercent)
                sides.append(tr("left %1 %").arg(CaseText::number(*operation.facetResection->leftPercent)));
            if (operation.facetResection->rightPercent)
                sides.append(tr("right %1 %").arg(CaseText::number(*operation.facetResection->rightPercent)));
            parts.append(tr("facet resection %1").arg(sides.join(u", "_s)));
        }
        out.append(parts.join(u", "_s));
    }
    return out;
}

QString ClinicalText::imagingStudy(const ImagingStudy& study)
{
    QStringList parts{CaseLabels::modalities().value(static_cast<qsizetype>(study.modality)),
                      study.date.toString(Qt::ISODate)};
    if (study.coronalCobbDeg)
        parts.append(tr("coronal Cobb angle %1°").arg(CaseText::number(*study.coronalCobbDeg)));
    if (study.sagittalVerticalAxisCm)
        parts.append(tr("sagittal vertical axis %1 cm").arg(CaseText::number(*study.sagittalVerticalAxisCm)));
    if (study.pelvicIncidenceMinusLordosisDeg)
        parts.append(tr("PI − LL %1°").arg(CaseText::number(*study.pelvicIncidenceMinusLordosisDeg)));
    return parts.join(u", "_s);
}

QList<QStringList> ClinicalText::imagingLevels(const ImagingStudy& study)
{
    QList<QStringList> rows;
    if (!study.levels)
        return rows;
    for (auto it = study.levels->cbegin(); it != study.levels->cend(); ++it) {
        const QString findings = levelFindings(it.value());
        if (!findings.isEmpty())
            rows.append({enumToString(it.key()), findings});
    }
    return rows;
}

QString ClinicalText::levelFindings(const LevelFindings& level)
{
    const auto present = [](const std::optional<bool>& value, const QString& finding) {
        return value ? (*value ? finding : tr("no %1").arg(finding)) : QString();
    };
    QStringList parts;
    if (level.centralStenosis)
        parts.append(tr("central stenosis %1").arg(lower(CaseLabels::stenosisGrades(), level.centralStenosis)));
    if (level.lateralRecessStenosis)
        parts.append(tr("lateral recess stenosis %1").arg(sided(*level.lateralRecessStenosis)));
    if (level.foraminalStenosis)
        parts.append(tr("foraminal stenosis %1").arg(sided(*level.foraminalStenosis)));
    if (level.spondylolisthesis) {
        const Spondylolisthesis& slip = *level.spondylolisthesis;
        if (slip.grade == 0) {
            parts.append(tr("no spondylolisthesis"));
        } else {
            QStringList details;
            if (slip.translationMm)
                details.append(tr("%1 mm").arg(CaseText::number(*slip.translationMm)));
            if (slip.type)
                details.append(lower(CaseLabels::slipTypes(), slip.type));
            if (slip.progression)
                details.append(*slip.progression ? tr("progressing") : tr("not progressing"));
            QString text = slip.grade ? tr("spondylolisthesis grade %1").arg(*slip.grade) : tr("spondylolisthesis");
            if (!details.isEmpty())
                text += u" ("_s + details.join(u", "_s) + u')';
            parts.append(text);
        }
    }
    if (level.dynamicTranslationMm)
        parts.append(tr("%1 mm translation on dynamic films").arg(CaseText::number(*level.dynamicTranslationMm)));
    if (level.dynamicAngulationDeg)
        parts.append(tr("%1° angulation on dynamic films").arg(CaseText::number(*level.dynamicAngulationDeg)));
    if (level.discHeightLoss)
        parts.append(tr("disc height loss %1").arg(lower(CaseLabels::discHeightLoss(), level.discHeightLoss)));
    if (level.modicChanges)
        parts.append(*level.modicChanges == 0 ? tr("no Modic changes")
                                              : tr("Modic type %1 changes").arg(*level.modicChanges));
    if (level.discHerniation)
        parts.append(tr("disc herniation: %1").arg(lower(CaseLabels::discHerniation(), level.discHerniation)));
    for (const QString& finding :
         {present(level.facetHypertrophy, tr("facet hypertrophy")), present(level.synovialCyst, tr("synovial cyst")),
          present(level.parsDefect, tr("pars defect"))}) {
        if (!finding.isEmpty())
            parts.append(finding);
    }
    return parts.join(u"; "_s);
}

QString ClinicalText::emgStudy(const EmgStudy& study)
{
    QString text = study.date.toString(Qt::ISODate) + u": "_s;
    if (!study.findings) {
        text += tr("findings not documented");
    } else if (study.findings->isEmpty()) {
        text += tr("a normal study");
    } else {
        QStringList findings;
        for (const EmgFinding& finding : *study.findings) {
            QString item = tr("%1 radiculopathy").arg(rootSide(finding.root, finding.side));
            if (finding.acuity)
                item += u" ("_s + lower(CaseLabels::acuity(), finding.acuity) + u')';
            findings.append(item);
        }
        text += findings.join(u"; "_s);
    }
    if (study.peripheralNeuropathy)
        text += u"; "_s + (*study.peripheralNeuropathy ? tr("peripheral neuropathy") : tr("no peripheral neuropathy"));
    return text;
}

QStringList ClinicalText::therapyHeader()
{
    return {tr("Treatment"), tr("Start"), tr("End"), tr("Sessions"), tr("Response"), tr("Remarks")};
}

QList<QStringList> ClinicalText::therapyEpisodes(const SpineCase& spineCase)
{
    QList<TherapyEpisode> episodes = spineCase.conservativeTherapy.value_or(QList<TherapyEpisode>());
    // Undated episodes last, in the order written.
    std::stable_sort(episodes.begin(), episodes.end(), [](const TherapyEpisode& a, const TherapyEpisode& b) {
        return a.start && (!b.start || *a.start < *b.start);
    });
    QList<QStringList> rows;
    for (const TherapyEpisode& episode : episodes) {
        QStringList remarks;
        if (episode.delivery)
            remarks.append(CaseText::label(CaseLabels::deliveries(), episode.delivery));
        if (episode.contraindicated.value_or(false))
            remarks.append(tr("contraindicated"));
        rows.append({CaseLabels::therapyTypes().value(static_cast<qsizetype>(episode.type)), date(episode.start),
                     episode.end ? date(episode.end) : (episode.start ? tr("ongoing") : QString()),
                     episode.sessions ? QString::number(*episode.sessions) : QString(),
                     CaseText::label(CaseLabels::therapyResponses(), episode.response), remarks.join(u", "_s)});
    }
    return rows;
}

} // namespace spinereview
