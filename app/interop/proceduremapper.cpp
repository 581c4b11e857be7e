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
        //: a FHIR resource has no status element
        const QString detail = tr("no status");
        report().notMapped(label, resource.pathOf("status"_L1), NotMappedReason::Status,
                           status.isEmpty() ? detail : u"status \"%1\""_s.arg(status));
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
        //: a Procedure completed on a date (%1) later than the day of the import
        report().notMapped(label, coded->source, NotMappedReason::Conflicting,
                           tr("completed, but dated %1, after the import").arg(coded->date->toString(Qt::ISODate)));
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
    if (!code) {
        //: a FHIR resource has no code element
        report().notMapped(label, resource.pathOf("code"_L1), NotMappedReason::MissingValue, tr("no code"));
        return std::nullopt;
    }
    if (code->codings.isEmpty()) {
        //: a FHIR CodeableConcept has no coding element
        report().notMapped(label, code->path, NotMappedReason::MissingValue, tr("no coding"));
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
        if (known)
            //: %1 lists the codings the file gives (system|code)
            report().notMapped(label, code->path, NotMappedReason::UnknownCode,
                               tr("%1 is not a lumbar spine operation of the importer's table").arg(code->describe()));
        else
            //: %1 lists the codings the file gives (system|code)
            report().notMapped(label, code->path, NotMappedReason::UnknownCodeSystem,
                               tr("%1; procedures are read in CPT or SNOMED CT").arg(code->describe()));
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
            //: %1 is a span of levels as the file writes it ("L3-L5")
            report().notMapped(label, site.path, NotMappedReason::Ambiguous,
                               tr("\"%1\" spans more than one level; name each level (\"L4-L5, L5-S1\")").arg(span));
    }
    return out;
}

void ProcedureMapper::mapReasons(FhirResourceReader& resource)
{
    for (const FhirCodeableConcept& reason : resource.codeableConcepts("reasonCode"_L1)) {
        const FhirCoding* coding = reason.coding(FhirSystem::icd10cm);
        const QString code = coding ? FhirCodes::normalisedIcd10(coding->code) : QString();
        if (code.isEmpty()) {
            //: %1 lists the codings of a ServiceRequest's reasonCode (system|code)
            report().notMapped(resource.label(), reason.path,
                               coding ? NotMappedReason::InvalidValue : NotMappedReason::UnknownCodeSystem,
                               tr("%1; reasons are read in ICD-10-CM only").arg(reason.describe()));
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
            //: %1 is a procedure code and its descriptor; bodySite is a FHIR element name and surgicalHistory a
            //: field of the case file: keep them as is
            report().notMapped(c.resource, c.source, NotMappedReason::MissingValue,
                               tr("%1 names no level in its bodySite (such as \"L4-L5\"); surgicalHistory needs them")
                                   .arg(codeName(*c.code)));
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
        const QString kind = enumToString(*c.code->priorProcedure);
        const QString levels = levelNames(c.levels).join(u", "_s);
        QString detail;
        if (c.date)
            //: %1 is an operation as the case file writes it (laminectomy, fusion), %2 its levels, %3 its date,
            //: %4 the procedure code and its descriptor
            detail = tr("%1 at %2 on %3, from %4").arg(kind, levels, c.date->toString(Qt::ISODate), codeName(*c.code));
        else
            //: %1 is an operation or the components of a request as the case file writes them (laminectomy,
            //: fusion), %2 levels, %3 the procedure code and its descriptor
            detail = tr("%1 at %2, from %3").arg(kind, levels, codeName(*c.code));
        report().mapped(c.resource, c.source, u"surgicalHistory[%1]"_s.arg(index), detail);
    }
    for (const Coded& c : std::as_const(m_completed)) {
        if (c.code->priorProcedure)
            continue;
        if (!c.code->instrumentation) {
            //: %1 is a procedure code and its descriptor; surgicalHistory is a field of the case file
            report().notMapped(c.resource, c.source, NotMappedReason::NoField,
                               tr("%1 of a past operation: surgicalHistory records the operation, not its graft")
                                   .arg(codeName(*c.code)));
            continue;
        }
        bool attached = false;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            if (operations[i].procedure == PriorProcedure::Fusion && c.date && operations[i].date == c.date) {
                operations[i].instrumented = true;
                //: true is the value written into the case file: keep it as is; %1 is a procedure code and its
                //: descriptor
                report().mapped(c.resource, c.source, u"surgicalHistory[%1].instrumented"_s.arg(i),
                                tr("true, from %1").arg(codeName(*c.code)));
                attached = true;
            }
        }
        if (!attached)
            //: %1 is an instrumentation procedure code and its descriptor
            report().notMapped(c.resource, c.source, NotMappedReason::Ambiguous,
                               tr("%1 with no fusion of the same day to attach it to").arg(codeName(*c.code)));
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
            //: %1 is a CPT code, %2 what it covers ("covers morselized allograft and …"); Request is the desk's
            //: section of that name
            report().notMapped(c.resource, c.source, NotMappedReason::Ambiguous,
                               tr("%1 names no component by itself: it %2; choose the component in Request")
                                   .arg(QString(c.code->code), c.code->ambiguityText()));
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
        QString levels = levelNames(c.levels).join(u", "_s);
        if (c.levels.isEmpty())
            //: where requested components apply when the procedure names no level; bodySite is a FHIR element
            //: name: keep it as is
            levels = tr("every requested level (bodySite names none)");
        report().mapped(c.resource, c.source, u"request.components"_s,
                        tr("%1 at %2, from %3").arg(names.join(u", "_s), levels, codeName(*c.code)));
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
        //: local is the value written into the case file: keep it as is
        report().mapped(local->resource, local->source, u"request.autograftSource"_s,
                        tr("local, from CPT 20936 (same incision)"));
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
            //: %1 is the date a requested procedure is planned for
            report().notMapped(
                c->resource, c->source, NotMappedReason::Conflicting,
                tr("planned for %1, another requested procedure for another day").arg(c->date->toString(Qt::ISODate)));
    }
    if (agree)
        context().spineCase.request.plannedSurgeryDate = dated.first()->date;
}

} // namespace spinereview
