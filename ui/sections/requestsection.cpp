// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/requestsection.h"

#include "editors/caselabels.h"
#include "sections/clinicalbindings.h"
#include "sections/receivedatfield.h"
#include "sections/requestplanpanel.h"
#include "sections/requestscopepanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;
using clinical::InCase;
using clinical::InObject;
using clinical::InRequest;

namespace {

template <typename T> InObject<Coverage, T> inCoverage(std::optional<T> Coverage::*member)
{
    return {&SpineCase::coverage, member};
}

// Codes typed as "M48.062, M54.17"; no text is no codes documented.
std::optional<QStringList> parseCodes(const QString& text)
{
    QStringList codes;
    for (const QString& part : text.split(u',')) {
        if (const QString code = part.trimmed(); !code.isEmpty())
            codes.append(code);
    }
    return codes.isEmpty() ? std::nullopt : std::optional<QStringList>(codes);
}

} // namespace

RequestSection::RequestSection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    QVBoxLayout* page = m_form.createPage(this);
    QLabel* general = m_form.createIssueLabel(u"request"_s);
    m_form.addIssuePath(u"coverage"_s, general);
    page->addWidget(general);
    buildCase(page);
    m_scope = new RequestScopePanel(document, m_form);
    page->addWidget(m_scope);
    m_plan = new RequestPlanPanel(document, m_form);
    page->addWidget(m_plan);
    buildStay(page);
    buildCodes(page);
    page->addStretch(1);
    // The main window focuses a section when it is chosen; the first field takes that focus.
    setFocusProxy(m_form.firstField());
    connect(&document, &CaseDocument::caseEdited, this, &RequestSection::refreshStructure);
    reload();
    showIssues(document.issues());
}

void RequestSection::buildCase(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Request"));

    // The one required text: an empty ID stays in the model so the core's issue shows beside the field.
    auto* caseId = new QLineEdit;
    m_form.addRow(form, tr("Case I&D"), caseId, u"caseId"_s);
    connect(caseId, &QLineEdit::textEdited, this,
            [this](const QString& text) { document().edit([&](SpineCase& c) { c.caseId = text; }, u"caseId"_s); });
    m_form.addLoader([this, caseId] {
        const QSignalBlocker blocker(caseId);
        caseId->setText(document().spineCase().caseId);
    });

    auto* reviewDate = new DateField;
    reviewDate->setToolTip(tr("The date the review is made as of; recency rules count to it. Not documented: "
                              "today"));
    m_form.addRow(form, tr("Revie&w date"), reviewDate, u"reviewDate"_s);
    bindDate(doc, m_form, reviewDate, u"reviewDate"_s, InCase<QDate>{&SpineCase::reviewDate});

    auto* receivedAt = new ReceivedAtField;
    m_form.addRow(form, tr("Request &received"), receivedAt, u"request.receivedAt"_s);
    connect(receivedAt, &ReceivedAtField::edited, this, [this](const std::optional<QDateTime>& value) {
        document().edit([&](SpineCase& c) { c.request.receivedAt = value; }, u"request.receivedAt"_s);
    });
    m_form.addLoader([this, receivedAt] { receivedAt->setValue(document().spineCase().request.receivedAt); });

    auto* urgency = EnumBox::create<Urgency>(CaseLabels::urgencies());
    m_form.addRow(form, tr("&Urgency"), urgency, u"request.urgency"_s);
    bindEnum<Urgency>(doc, m_form, urgency, u"request.urgency"_s, InRequest<Urgency>{&Request::urgency});

    auto* surgeryDate = new DateField;
    surgeryDate->setToolTip(tr("Not documented: the review date"));
    m_form.addRow(form, tr("Planned sur&gery date"), surgeryDate, u"request.plannedSurgeryDate"_s);
    bindDate(doc, m_form, surgeryDate, u"request.plannedSurgeryDate"_s, InRequest<QDate>{&Request::plannedSurgeryDate});
}

void RequestSection::buildStay(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Hospital stay"));

    auto* setting = EnumBox::create<Setting>(CaseLabels::settings());
    m_form.addRow(form, tr("Se&tting"), setting, u"request.setting"_s);
    bindEnum<Setting>(doc, m_form, setting, u"request.setting"_s, InRequest<Setting>{&Request::setting});

    auto* midnights = new NumberField(0, 365, 0);
    midnights->setToolTip(tr("The surgeon's expected hospital stay, in midnights"));
    m_form.addRow(form, tr("E&xpected midnights"), midnights, u"request.expectedMidnights"_s);
    bindInteger(doc, m_form, midnights, u"request.expectedMidnights"_s, InRequest<int>{&Request::expectedMidnights});

    // Absent (nothing documented) and empty (documented: no reason) read differently, hence the first box.
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    ClinicalForm::addCompositeRow(form, tr("Inpatient ris&k factors"), cell, nullptr);
    m_riskFactorsDocumented = new QCheckBox(tr("Documented (none ticked: no reason documented for a stay)"));
    cellLayout->addWidget(m_riskFactorsDocumented);
    m_form.addField(m_riskFactorsDocumented, u"request.inpatientRiskFactors"_s,
                    tr("Inpatient risk factors documented"));
    qobject_cast<QLabel*>(form->labelForField(cell))->setBuddy(m_riskFactorsDocumented);
    connect(m_riskFactorsDocumented, &QCheckBox::toggled, this, [this](bool on) {
        document().edit(
            [on](SpineCase& c) {
                auto& factors = c.request.inpatientRiskFactors;
                if (!on)
                    factors.reset();
                else if (!factors)
                    factors.emplace();
            },
            u"request.inpatientRiskFactors"_s);
    });
    auto* grid = new QGridLayout;
    cellLayout->addLayout(grid);
    const QStringList names = enumAllNames<InpatientRiskFactor>();
    const QStringList labels = CaseLabels::inpatientRiskFactors();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto factor = static_cast<InpatientRiskFactor>(i);
        auto* box = new QCheckBox(labels.value(i, names.at(i)));
        grid->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_form.addField(box, u"request.inpatientRiskFactors."_s + names.at(i), box->text());
        connect(box, &QCheckBox::toggled, this, [this, factor](bool on) {
            document().edit(
                [&](SpineCase& c) {
                    auto& factors = c.request.inpatientRiskFactors;
                    if (!factors)
                        factors.emplace();
                    if (!on)
                        factors->removeAll(factor);
                    else if (!factors->contains(factor))
                        factors->append(factor);
                },
                u"request.inpatientRiskFactors"_s);
        });
        m_riskFactors.insert(factor, box);
    }
    cellLayout->addWidget(m_form.createIssueLabel(u"request.inpatientRiskFactors"_s));
}

void RequestSection::buildCodes(QVBoxLayout* page)
{
    using namespace clinical;
    CaseDocument& doc = document();
    QFormLayout* form = ClinicalForm::addGroup(page, tr("Codes, coverage and notes"));

    const auto codes = [&](const QString& label, const QString& path, std::optional<QStringList> Request::*member) {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(tr("comma-separated; empty when not documented"));
        m_form.addRow(form, label, edit, path);
        connect(edit, &QLineEdit::textEdited, this, [this, path, member](const QString& text) {
            document().edit([&](SpineCase& c) { c.request.*member = parseCodes(text); }, path);
        });
        m_form.addLoader([this, edit, member] {
            const QSignalBlocker blocker(edit);
            edit->setText((document().spineCase().request.*member).value_or(QStringList()).join(u", "_s));
        });
    };
    codes(tr("&CPT codes"), u"request.cptCodes"_s, &Request::cptCodes);
    codes(tr("ICD-1&0 codes"), u"request.icd10Codes"_s, &Request::icd10Codes);

    auto* payer = new QLineEdit;
    m_form.addRow(form, tr("Pa&yer"), payer, u"coverage.payer"_s);
    bindText(doc, m_form, payer, u"coverage.payer"_s, inCoverage(&Coverage::payer));

    auto* planType = EnumBox::create<PlanType>(CaseLabels::planTypes());
    m_form.addRow(form, tr("Plan type"), planType, u"coverage.planType"_s);
    bindEnum<PlanType>(doc, m_form, planType, u"coverage.planType"_s, inCoverage(&Coverage::planType));

    auto* memberId = new QLineEdit;
    m_form.addRow(form, tr("&Member ID"), memberId, u"coverage.memberId"_s);
    bindText(doc, m_form, memberId, u"coverage.memberId"_s, inCoverage(&Coverage::memberId));

    auto* notes = new QPlainTextEdit;
    // Tab moves on to the next field, so the form stays usable from the keyboard alone.
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(80);
    m_form.addRow(form, tr("&Notes"), notes, u"notes"_s);
    connect(notes, &QPlainTextEdit::textChanged, this, [this, notes] {
        const QString text = notes->toPlainText();
        document().edit([&](SpineCase& c) { c.notes = text.isEmpty() ? std::nullopt : std::optional<QString>(text); },
                        u"notes"_s);
    });
    m_form.addLoader([this, notes] {
        const QSignalBlocker blocker(notes);
        notes->setPlainText(document().spineCase().notes.value_or(QString()));
    });
}

void RequestSection::refreshStructure()
{
    m_scope->refresh();
    m_plan->refresh();
    const auto& factors = document().spineCase().request.inpatientRiskFactors;
    {
        const QSignalBlocker blocker(m_riskFactorsDocumented);
        m_riskFactorsDocumented->setChecked(factors.has_value());
    }
    for (auto it = m_riskFactors.cbegin(); it != m_riskFactors.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(factors && factors->contains(it.key()));
        it.value()->setEnabled(factors.has_value());
    }
}

QString RequestSection::title() const
{
    return tr("Request & coverage");
}

CaseSection::Completeness RequestSection::completeness() const
{
    const SpineCase& c = document().spineCase();
    const Request& r = c.request;
    const bool any = !r.levels.isEmpty() || !r.components.isEmpty() || r.approach || r.interbodyTechnique ||
                     r.posterolateralFusion || r.plannedFacetectomy || r.plannedParsRemoval || r.levelPlans ||
                     r.autograftSource || r.autograftInsufficient || r.bmaHybridWithIliacCrest ||
                     r.bmpContraindication || r.setting || r.expectedMidnights || r.inpatientRiskFactors ||
                     r.plannedSurgeryDate || r.urgency || r.receivedAt || r.cptCodes || r.icd10Codes || c.coverage;
    if (!any)
        return Completeness::Empty;
    // What the criteria read for each requested component.
    const auto requested = [&r](Component component) { return r.components.contains(component); };
    const bool fusionPlan =
        !requested(Component::Fusion) ||
        (r.posterolateralFusion && (r.plannedFacetectomy || r.levelPlans) && (r.plannedParsRemoval || r.levelPlans));
    const bool complete =
        !c.caseId.isEmpty() && !r.levels.isEmpty() && !r.components.isEmpty() && r.approach && fusionPlan &&
        (!requested(Component::Interbody) || r.interbodyTechnique) &&
        (!requested(Component::Autograft) || (r.autograftSource && r.autograftInsufficient)) &&
        (!requested(Component::BoneMarrowAspirate) || r.bmaHybridWithIliacCrest) &&
        (!requested(Component::Bmp) || r.bmpContraindication) &&
        (!requested(Component::InpatientStay) || (r.setting && r.expectedMidnights && r.inpatientRiskFactors));
    return complete ? Completeness::Complete : Completeness::Partial;
}

bool RequestSection::focusPath(const QString& jsonPath)
{
    return m_form.focusPath(jsonPath);
}

void RequestSection::showIssues(const ValidationIssues& issues)
{
    m_form.showIssues(issues);
}

void RequestSection::reload()
{
    m_form.reload();
    refreshStructure();
}

bool RequestSection::ownsPath(const QString& jsonPath) const
{
    for (const QString& root : {u"caseId"_s, u"reviewDate"_s, u"request"_s, u"coverage"_s, u"notes"_s}) {
        if (ClinicalForm::isUnder(jsonPath, root))
            return true;
    }
    return false;
}

} // namespace spinereview
