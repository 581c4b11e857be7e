// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/requestplanpanel.h"

#include "editors/caselabels.h"
#include "sections/clinicalbindings.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <functional>

namespace spinereview {

using namespace Qt::StringLiterals;
using clinical::InRequest;

namespace {

// One side of a planned facetectomy. An object left with no side documented and nothing unknown in it is
// removed, so clearing both fields returns the plan to "not documented" rather than to an empty object.
struct FacetSide
{
    std::optional<double> Facets::*side;

    std::optional<double> get(const std::optional<Facets>& facets) const
    {
        return facets ? (*facets).*side : std::nullopt;
    }
    void set(std::optional<Facets>& facets, std::optional<double> value) const
    {
        if (!facets)
            facets.emplace();
        (*facets).*side = value;
        if (!facets->leftPercent && !facets->rightPercent && facets->extra.isEmpty())
            facets.reset();
    }
};

// request.plannedFacetectomy.leftPercent / rightPercent.
struct InRequestFacets
{
    FacetSide side;

    std::optional<double> get(const SpineCase& c) const { return side.get(c.request.plannedFacetectomy); }
    void set(SpineCase& c, std::optional<double> value) const { side.set(c.request.plannedFacetectomy, value); }
};

// A member of request.levelPlans[level]; a plan with nothing left in it is removed, and the map with it.
template <typename T> struct InLevelPlan
{
    Level level;
    std::function<std::optional<T>(const LevelPlan&)> read;
    std::function<void(LevelPlan&, std::optional<T>)> write;

    std::optional<T> get(const SpineCase& c) const
    {
        const auto& plans = c.request.levelPlans;
        return plans && plans->contains(level) ? read(plans->value(level)) : std::nullopt;
    }
    void set(SpineCase& c, std::optional<T> value) const
    {
        auto& plans = c.request.levelPlans;
        if (!plans)
            plans.emplace();
        LevelPlan& plan = (*plans)[level];
        write(plan, std::move(value));
        if (!plan.plannedFacetectomy && !plan.plannedParsRemoval && plan.extra.isEmpty())
            plans->remove(level);
        if (plans->isEmpty())
            plans.reset();
    }
};

InLevelPlan<double> levelFacet(Level level, std::optional<double> Facets::*side)
{
    const FacetSide facet{side};
    return {level, [facet](const LevelPlan& p) { return facet.get(p.plannedFacetectomy); },
            [facet](LevelPlan& p, std::optional<double> v) { facet.set(p.plannedFacetectomy, v); }};
}

InLevelPlan<bool> levelPars(Level level)
{
    return {level, [](const LevelPlan& p) { return p.plannedParsRemoval; },
            [](LevelPlan& p, std::optional<bool> v) { p.plannedParsRemoval = v; }};
}

} // namespace

RequestPlanPanel::RequestPlanPanel(CaseDocument& document, ClinicalForm& form, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildPlan(form, layout);
    buildGraft(form, layout);
}

void RequestPlanPanel::buildPlan(ClinicalForm& form, QVBoxLayout* layout)
{
    using namespace clinical;
    QFormLayout* rows = ClinicalForm::addGroup(layout, tr("Operative plan"));

    auto* approach = EnumBox::create<Approach>(CaseLabels::approaches());
    form.addRow(rows, tr("&Approach"), approach, u"request.approach"_s);
    bindEnum<Approach>(m_document, form, approach, u"request.approach"_s, InRequest<Approach>{&Request::approach});

    auto* technique = EnumBox::create<InterbodyTechnique>({});
    technique->setToolTip(tr("With an interbody device"));
    form.addRow(rows, tr("&Interbody technique"), technique, u"request.interbodyTechnique"_s);
    bindEnum<InterbodyTechnique>(m_document, form, technique, u"request.interbodyTechnique"_s,
                                 InRequest<InterbodyTechnique>{&Request::interbodyTechnique});

    auto* posterolateral = new TriStateBox;
    posterolateral->setToolTip(tr("The fusion includes a posterolateral graft bed"));
    form.addRow(rows, tr("Posterolateral fusion"), posterolateral, u"request.posterolateralFusion"_s);
    bindTriState(m_document, form, posterolateral, u"request.posterolateralFusion"_s,
                 InRequest<bool>{&Request::posterolateralFusion});

    auto* left = new NumberField(0, 100, 1);
    form.addRow(rows, tr("Planned facetectomy, l&eft (%)"), left, u"request.plannedFacetectomy.leftPercent"_s);
    bindNumber(m_document, form, left, u"request.plannedFacetectomy.leftPercent"_s,
               InRequestFacets{{&Facets::leftPercent}});
    form.addFocusTarget(u"request.plannedFacetectomy"_s, left);

    auto* right = new NumberField(0, 100, 1);
    form.addRow(rows, tr("Planned facetectomy, right (%)"), right, u"request.plannedFacetectomy.rightPercent"_s);
    bindNumber(m_document, form, right, u"request.plannedFacetectomy.rightPercent"_s,
               InRequestFacets{{&Facets::rightPercent}});

    auto* pars = new TriStateBox;
    form.addRow(rows, tr("Planned pars removal"), pars, u"request.plannedParsRemoval"_s);
    bindTriState(m_document, form, pars, u"request.plannedParsRemoval"_s,
                 InRequest<bool>{&Request::plannedParsRemoval});

    buildLevelPlans(form, rows);
}

void RequestPlanPanel::buildLevelPlans(ClinicalForm& form, QFormLayout* layout)
{
    using namespace clinical;
    m_levelPlans = new QWidget;
    auto* cell = new QVBoxLayout(m_levelPlans);
    cell->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    cell->addLayout(grid);
    cell->addWidget(form.createIssueLabel(u"request.levelPlans"_s));
    ClinicalForm::addCompositeRow(layout, tr("Plan &by level"), m_levelPlans, m_levelPlans);
    m_levelPlans->setToolTip(tr("Where a level's plan differs; it overrides the values above at that level"));
    form.addFocusTarget(u"request.levelPlans"_s, m_levelPlans);
    grid->addWidget(new QLabel(tr("Facetectomy left (%)")), 0, 1);
    grid->addWidget(new QLabel(tr("Facetectomy right (%)")), 0, 2);
    grid->addWidget(new QLabel(tr("Pars removal")), 0, 3);
    const QStringList names = enumAllNames<Level>();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Level level = static_cast<Level>(i);
        const QString path = u"request.levelPlans."_s + names.at(i);
        const int row = static_cast<int>(i) + 1;
        LevelRow& r = m_levelRows[level];
        r.label = new QLabel(names.at(i));
        grid->addWidget(r.label, row, 0);
        r.left = new NumberField(0, 100, 1);
        grid->addWidget(r.left, row, 1);
        form.addField(r.left, path + u".plannedFacetectomy.leftPercent"_s,
                      tr("%1 planned facetectomy, left (%)").arg(names.at(i)));
        form.addFocusTarget(path, r.left);
        bindNumber(m_document, form, r.left, path + u".plannedFacetectomy.leftPercent"_s,
                   levelFacet(level, &Facets::leftPercent));
        r.right = new NumberField(0, 100, 1);
        grid->addWidget(r.right, row, 2);
        form.addField(r.right, path + u".plannedFacetectomy.rightPercent"_s,
                      tr("%1 planned facetectomy, right (%)").arg(names.at(i)));
        bindNumber(m_document, form, r.right, path + u".plannedFacetectomy.rightPercent"_s,
                   levelFacet(level, &Facets::rightPercent));
        r.pars = new TriStateBox;
        grid->addWidget(r.pars, row, 3);
        form.addField(r.pars, path + u".plannedParsRemoval"_s, tr("%1 planned pars removal").arg(names.at(i)));
        bindTriState(m_document, form, r.pars, path + u".plannedParsRemoval"_s, levelPars(level));
    }
}

void RequestPlanPanel::buildGraft(ClinicalForm& form, QVBoxLayout* layout)
{
    using namespace clinical;
    QFormLayout* rows = ClinicalForm::addGroup(layout, tr("Graft and biologics"));

    auto* source = EnumBox::create<AutograftSource>(CaseLabels::autograftSources());
    form.addRow(rows, tr("Autograft &source"), source, u"request.autograftSource"_s);
    bindEnum<AutograftSource>(m_document, form, source, u"request.autograftSource"_s,
                              InRequest<AutograftSource>{&Request::autograftSource});

    const auto flag = [&](const QString& label, const QString& key, std::optional<bool> Request::*member,
                          const QString& toolTip) {
        auto* box = new TriStateBox;
        const QString path = u"request."_s + key;
        box->setToolTip(toolTip);
        form.addRow(rows, label, box, path);
        bindTriState(m_document, form, box, path, InRequest<bool>{member});
    };
    flag(tr("Autograft insufficient"), u"autograftInsufficient"_s, &Request::autograftInsufficient,
         tr("Autograft unavailable or insufficient"));
    flag(tr("BMA hybrid with iliac crest"), u"bmaHybridWithIliacCrest"_s, &Request::bmaHybridWithIliacCrest,
         tr("Bone marrow aspirate mixed with iliac-crest autograft"));
    flag(tr("rhBMP-&2 contraindication"), u"bmpContraindication"_s, &Request::bmpContraindication,
         tr("Hypersensitivity, active infection or tumour at the site, skeletal immaturity"));
}

void RequestPlanPanel::refresh()
{
    const Request& request = m_document.spineCase().request;
    QWidget* first = nullptr;
    for (auto it = m_levelRows.cbegin(); it != m_levelRows.cend(); ++it) {
        const bool planned = request.levelPlans && request.levelPlans->contains(it.key());
        // A plan for a level no longer requested stays visible (with the core's issue) until it is cleared.
        const bool visible = request.levels.contains(it.key()) || planned;
        for (QWidget* widget : {static_cast<QWidget*>(it->label), static_cast<QWidget*>(it->left),
                                static_cast<QWidget*>(it->right), static_cast<QWidget*>(it->pars)})
            widget->setVisible(visible);
        if (visible && !first)
            first = it->left;
    }
    m_levelPlans->setFocusProxy(first);
}

} // namespace spinereview
