// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/proceduremapper.h"

#include "interop/lumbarlevels.h"

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QStringList levelNames(const QList<Level>& levels)
{
    QStringList out;
    for (Level level : levels)
        out.append(enumToString(level));
    return out;
}

QList<Level> sortedUnion(QList<Level> levels, const QList<Level>& more)
{
    for (Level level : more) {
        if (!levels.contains(level))
            levels.append(level);
    }
    std::sort(levels.begin(), levels.end());
    return levels;
}

QString codeName(const SurgicalCode& code)
{
    return (code.system == FhirSystem::cpt ? u"CPT "_s : u"SNOMED CT "_s) + QString(code.code) + u" ("_s +
           QString(code.descriptor) + u')';
}

} // namespace

bool ProcedureMapper::map(FhirResourceReader& resource)
{
    const QString label = resource.label();
    const bool isProcedure = resource.resource().type == "Procedure"_L1;
    const QString status = resource.string("status"_L1).value_or(QString());
    // R4 Procedure.status: preparation is a planned operation ("planned" is DSTU2's word for it, still met).
    const bool completed = isProcedure && status == "completed"_L1;
    const bool planned = isProcedure ? (status == "preparation"_L1 || status == "planned"_L1)
                                     : (status == "active"_L1 || status == "draft"_L1 || status == "on-hold"_L1);
    if (!isProcedure) {
        resource.markRead("intent"_L1);
        mapReasons(resource);
    }
    if (!completed && !planned) {
        report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status,
                           status.isEmpty() ? u"no status"_s : u"status \"%1\""_s.arg(status));
        return false;
    }
    auto coded = readCoded(resource, isProcedure ? u"performed"_s : u"occurrence"_s);
    if (!coded)
        return false;
    if (planned) {
        m_requested.append(std::move(*coded));
        return true;
    }
    if (coded->date && *coded->date > context().today) {
        report().notMapped(label, coded->source, NotMappedReason::Conflicting,
                           u"completed, but dated %1, after the import"_s.arg(coded->date->toString(Qt::ISODate)));
        return false;
    }
    m_completed.append(std::move(*coded));
    return true;
}

std::optional<ProcedureMapper::Coded> ProcedureMapper::readCoded(FhirResourceReader& resource,
                                                                 const QString& dateElement)
{
    const QString label = resource.label();
    const auto code = resource.codeableConcept("code"_L1);
    if (!code || code->codings.isEmpty()) {
        report().notMapped(label, code ? code->path : resource.pathOf("code"_L1), NotMappedReason::MissingValue,
                           code ? u"no coding"_s : u"no code"_s);
        return std::nullopt;
    }
    Coded out;
    out.resource = label;
    // CPT before SNOMED CT: where a procedure carries both, CPT says more (levels, add-ons, technique).
    for (const QLatin1StringView system : {FhirSystem::cpt, FhirSystem::snomed}) {
        for (const FhirCoding& coding : code->codings) {
            if (!out.code && coding.system == system) {
                out.code = FhirCodes::surgicalCode(coding.system, coding.code);
                out.source = coding.path;
            }
        }
    }
    if (!out.code) {
        const bool known = code->coding(FhirSystem::cpt) || code->coding(FhirSystem::snomed);
        report().notMapped(label, code->path, known ? NotMappedReason::UnknownCode : NotMappedReason::UnknownCodeSystem,
                           known ? u"%1 is not a lumbar spine operation of the importer's table"_s.arg(code->describe())
                                 : u"%1; procedures are read in CPT or SNOMED CT"_s.arg(code->describe()));
        return std::nullopt;
    }
    const QByteArray dateKey = dateElement.toLatin1();
    out.date = resource.eventDate(QLatin1StringView(dateKey));
    out.levelSource = resource.pathOf("bodySite"_L1);
    const QList<FhirCodeableConcept> sites = resource.codeableConcepts("bodySite"_L1);
    for (const FhirCodeableConcept& site : sites) {
        const LumbarLevelsInText found = LumbarLevels::find(site.words());
        out.levels = sortedUnion(out.levels, found.levels);
        for (const QString& span : found.ambiguous)
            report().notMapped(label, site.path, NotMappedReason::Ambiguous,
                               u"\"%1\" spans more than one level; name each level (\"L4-L5, L5-S1\")"_s.arg(span));
    }
    return out;
}

void ProcedureMapper::mapReasons(FhirResourceReader& resource)
{
    for (const FhirCodeableConcept& reason : resource.codeableConcepts("reasonCode"_L1)) {
        const FhirCoding* coding = reason.coding(FhirSystem::icd10cm);
        const QString code = coding ? FhirCodes::normalisedIcd10(coding->code) : QString();
        if (code.isEmpty()) {
            report().notMapped(resource.label(), reason.path,
                               coding ? NotMappedReason::InvalidValue : NotMappedReason::UnknownCodeSystem,
                               u"%1; reasons are read in ICD-10-CM only"_s.arg(reason.describe()));
            continue;
        }
        context().addIcd10Code(code);
        report().mapped(resource.label(), coding->path, u"request.icd10Codes"_s, code);
    }
}

void ProcedureMapper::finish()
{
    finishHistory();
    finishRequest();
}

void ProcedureMapper::finishHistory()
{
    QList<PriorOperation> operations;
    QList<QStringList> sources;
    // Operations first: instrumentation codes attach to the fusion of their day, wherever it stands in the file.
    for (const Coded& c : std::as_const(m_completed)) {
        if (!c.code->priorProcedure)
            continue;
        if (c.levels.isEmpty()) {
            report().notMapped(
                c.resource, c.source, NotMappedReason::MissingValue,
                u"%1 names no level in its bodySite (such as \"L4-L5\"); surgicalHistory needs them"_s.arg(
                    codeName(*c.code)));
            continue;
        }
        // Codes of one kind on one day are one operation (63047 with its add-on 63048).
        const auto same = std::find_if(operations.begin(), operations.end(), [&c](const PriorOperation& op) {
            return op.procedure == *c.code->priorProcedure && op.date && op.date == c.date;
        });
        const qsizetype index = same == operations.end() ? operations.size() : same - operations.begin();
        if (same == operations.end()) {
            PriorOperation op;
            op.procedure = *c.code->priorProcedure;
            op.date = c.date;
            operations.append(op);
        }
        operations[index].levels = sortedUnion(operations[index].levels, c.levels);
        report().mapped(c.resource, c.source, u"surgicalHistory[%1]"_s.arg(index),
                        u"%1 at %2%3, from %4"_s.arg(
                            enumToString(*c.code->priorProcedure), levelNames(c.levels).join(u", "_s),
                            c.date ? u" on "_s + c.date->toString(Qt::ISODate) : QString(), codeName(*c.code)));
    }
    for (const Coded& c : std::as_const(m_completed)) {
        if (c.code->priorProcedure)
            continue;
        if (!c.code->instrumentation) {
            report().notMapped(c.resource, c.source, NotMappedReason::NoField,
                               u"%1 of a past operation: surgicalHistory records the operation, not its graft"_s.arg(
                                   codeName(*c.code)));
            continue;
        }
        bool attached = false;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if (operations[i].procedure == PriorProcedure::Fusion && c.date && operations[i].date == c.date) {
                operations[i].instrumented = true;
                report().mapped(c.resource, c.source, u"surgicalHistory[%1].instrumented"_s.arg(i),
                                u"true, from "_s + codeName(*c.code));
                attached = true;
            }
        }
        if (!attached)
            report().notMapped(c.resource, c.source, NotMappedReason::Ambiguous,
                               u"%1 with no fusion of the same day to attach it to"_s.arg(codeName(*c.code)));
    }
    if (!operations.isEmpty())
        context().spineCase.surgicalHistory = operations;
}

void ProcedureMapper::finishRequest()
{
    Request& request = context().spineCase.request;
    QList<Level> levels;
    for (const Coded& c : std::as_const(m_requested)) {
        if (c.code->system == FhirSystem::cpt) {
            if (!request.cptCodes)
                request.cptCodes.emplace();
            if (!request.cptCodes->contains(c.code->code))
                request.cptCodes->append(QString(c.code->code));
            report().mapped(c.resource, c.source, u"request.cptCodes"_s, codeName(*c.code));
        }
        if (!c.code->ambiguity.isEmpty())
            report().notMapped(c.resource, c.source, NotMappedReason::Ambiguous,
                               u"%1 names no component by itself: it %2; choose the component in Request"_s.arg(
                                   QString(c.code->code), QString(c.code->ambiguity)));
        else if (!c.levels.isEmpty())
            report().mapped(c.resource, c.levelSource, u"request.levels"_s, levelNames(c.levels).join(u", "_s));
        if (c.code->ambiguity.isEmpty())
            levels = sortedUnion(levels, c.levels);
    }
    request.levels = levels;
    finishComponents(levels);
    finishPlannedDate();
}

void ProcedureMapper::finishComponents(const QList<Level>& requestLevels)
{
    Request& request = context().spineCase.request;
    QMap<Component, QList<Level>> covered;
    QSet<Component> anyWithoutLevels;
    for (const Coded& c : std::as_const(m_requested)) {
        for (Component component : c.code->components) {
            if (!request.components.contains(component))
                request.components.append(component);
            covered[component] = sortedUnion(covered.value(component), c.levels);
            if (c.levels.isEmpty())
                anyWithoutLevels.insert(component);
        }
        if (c.code->components.isEmpty())
            continue;
        QStringList names;
        for (Component component : c.code->components)
            names.append(enumToString(component));
        report().mapped(c.resource, c.source, u"request.components"_s,
                        u"%1 at %2, from %3"_s.arg(names.join(u", "_s),
                                                   c.levels.isEmpty() ? u"every requested level (bodySite names none)"_s
                                                                      : levelNames(c.levels).join(u", "_s),
                                                   codeName(*c.code)));
    }
    std::sort(request.components.begin(), request.components.end());
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        if (anyWithoutLevels.contains(it.key()) || it.value() == requestLevels || it.value().isEmpty())
            continue;
        if (!request.componentLevels)
            request.componentLevels.emplace();
        request.componentLevels->insert(it.key(), it.value());
    }
    // 20936 alone is local bone from the same incision; a separate incision (20937, 20938) is not always the
    // iliac crest, so nothing is said then.
    QSet<QString> autografts;
    for (const Coded& c : std::as_const(m_requested)) {
        if (c.code->components.contains(Component::Autograft))
            autografts.insert(QString(c.code->code));
    }
    if (autografts == QSet<QString>{u"20936"_s}) {
        request.autograftSource = AutograftSource::Local;
        const auto local = std::find_if(m_requested.cbegin(), m_requested.cend(),
                                        [](const Coded& c) { return c.code->code == "20936"_L1; });
        report().mapped(local->resource, local->source, u"request.autograftSource"_s,
                        u"local, from CPT 20936 (same incision)"_s);
    }
}

void ProcedureMapper::finishPlannedDate()
{
    QList<const Coded*> dated;
    for (const Coded& c : std::as_const(m_requested)) {
        if (c.date)
            dated.append(&c);
    }
    if (dated.isEmpty())
        return;
    const bool agree =
        std::all_of(dated.cbegin(), dated.cend(), [&dated](const Coded* c) { return c->date == dated.first()->date; });
    for (const Coded* c : std::as_const(dated)) {
        if (agree)
            report().mapped(c->resource, c->source, u"request.plannedSurgeryDate"_s, c->date->toString(Qt::ISODate));
        else
            report().notMapped(
                c->resource, c->source, NotMappedReason::Conflicting,
                u"planned for %1, another requested procedure for another day"_s.arg(c->date->toString(Qt::ISODate)));
    }
    if (agree)
        context().spineCase.request.plannedSurgeryDate = dated.first()->date;
}

} // namespace spinereview
