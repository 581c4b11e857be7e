// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/casetext.h"

#include "core/case/caselabels.h"
#include "storage/turnaroundclock.h"

namespace spinereview {

using namespace Qt::StringLiterals;

HtmlWriter::Fields CaseText::identification(const SpineCase& spineCase)
{
    const Patient patient = spineCase.patient.value_or(Patient{});
    const Coverage coverage = spineCase.coverage.value_or(Coverage{});
    return {{tr("Case ID"), spineCase.caseId},
            {tr("Patient ID"), patient.id.value_or(QString())},
            {tr("Payer"), coverage.payer.value_or(QString())},
            {tr("Plan type"), label(CaseLabels::planTypes(), coverage.planType)},
            {tr("Member ID"), coverage.memberId.value_or(QString())}};
}

HtmlWriter::Fields CaseText::request(const SpineCase& spineCase)
{
    const Request& request = spineCase.request;
    QStringList components;
    for (Component component : request.components) {
        const QList<Level> covered = spineCase.levelsOf(component);
        components.append(covered == request.levels ? CaseLabels::component(component)
                                                    : componentAt(component, covered));
    }
    QString technique = label(CaseLabels::approaches(), request.approach);
    if (request.interbodyTechnique) {
        const QString name = enumToString(*request.interbodyTechnique);
        technique = technique.isEmpty() ? name : technique + u", "_s + name;
    }
    return {{tr("Levels"), levels(request.levels)},
            {tr("Components requested"), components.join(u"; "_s)},
            {tr("Approach"), technique},
            {tr("Setting"), label(CaseLabels::settings(), request.setting)},
            {tr("Urgency"), label(CaseLabels::urgencies(), request.urgency)},
            {tr("Received"), request.receivedAt ? dateTime(*request.receivedAt) : QString()},
            {tr("Determination due"), due(spineCase)},
            {tr("Planned surgery date"),
             request.plannedSurgeryDate ? request.plannedSurgeryDate->toString(Qt::ISODate) : QString()},
            {tr("ICD-10 codes"), request.icd10Codes.value_or(QStringList()).join(u", "_s)},
            {tr("CPT codes"), request.cptCodes.value_or(QStringList()).join(u", "_s)}};
}

QString CaseText::due(const SpineCase& spineCase)
{
    const Request& request = spineCase.request;
    const std::optional<QDateTime> dueAt = TurnaroundClock::dueAt(request.urgency, request.receivedAt);
    if (!dueAt)
        return {};
    const QString rule =
        request.urgency == Urgency::Expedited
            ? tr("expedited: %1 hours after receipt").arg(TurnaroundClock::expeditedHours)
            : tr("standard: %1 calendar days after receipt").arg(TurnaroundClock::standardCalendarDays);
    return u"%1 (%2)"_s.arg(dateTime(*dueAt), rule);
}

QString CaseText::componentAt(Component component, const QList<Level>& covered)
{
    return covered.isEmpty() ? CaseLabels::component(component)
                             : tr("%1 at %2").arg(CaseLabels::component(component), levels(covered));
}

QString CaseText::levels(const QList<Level>& levels)
{
    QStringList names;
    for (Level level : levels)
        names.append(enumToString(level));
    return names.join(u", "_s);
}

QString CaseText::dateTime(const QDateTime& time)
{
    // In the zone the time was written in, which names itself ("UTC-05:00").
    return time.toString(u"yyyy-MM-dd HH:mm t"_s);
}

QString CaseText::yesNo(std::optional<bool> value)
{
    return value ? (*value ? tr("yes") : tr("no")) : QString();
}

QString CaseText::number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace spinereview
