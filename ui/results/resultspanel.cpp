// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultspanel.h"

#include "editors/caselabels.h"
#include "models/rationalemodel.h"
#include "results/cautionspanel.h"
#include "results/comparisonview.h"
#include "results/criteriasetbar.h"
#include "results/determinationcard.h"
#include "results/determinationcards.h"
#include "results/evidencepanel.h"
#include "results/missingdocumentspanel.h"
#include "results/rationaleview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

#include <set>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ResultsPanel::ResultsPanel(std::shared_ptr<const EvidenceLibrary> evidence, const QList<CriteriaSetPtr>& sets,
                           QWidget* parent)
    : QWidget(parent)
    , m_setBar(new CriteriaSetBar(sets, this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, m_stack))
    , m_cardsHeading(heading(this))
    , m_cards(new DeterminationCards(this))
    , m_rationaleHeading(heading(this))
    , m_rationaleModel(new RationaleModel(this))
    , m_rationale(new RationaleView(m_rationaleModel, this))
    , m_cautions(new CautionsPanel(this))
    , m_missing(new MissingDocumentsPanel(this))
    , m_evidence(new EvidencePanel(std::move(evidence), this))
    , m_comparison(new ComparisonView(m_stack))
{
    setObjectName(u"resultsPanel"_s);
    setAccessibleName(tr("Determinations"));
    m_stack->setObjectName(u"resultsStack"_s);
    m_stack->setAccessibleName(tr("Determinations or comparison"));
    m_splitter->setObjectName(u"resultsSplitter"_s);
    m_splitter->setAccessibleName(tr("Determinations, reasons, cautions, missing records and evidence"));
    m_splitter->setChildrenCollapsible(false);
    m_cardsHeading->setObjectName(u"resultsHeading"_s);
    m_rationaleHeading->setObjectName(u"rationaleHeading"_s);

    auto* cardsScroll = new QScrollArea(this);
    cardsScroll->setObjectName(u"determinationCardsScroll"_s);
    cardsScroll->setAccessibleName(tr("Determinations"));
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    cardsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cardsScroll->setWidget(m_cards);
    // Room for several cards at once: the answer should be readable without scrolling.
    cardsScroll->setMinimumHeight(230);

    m_splitter->addWidget(titled(u"determinationsBox"_s, m_cardsHeading, cardsScroll));
    m_splitter->addWidget(titled(u"rationaleBox"_s, m_rationaleHeading, m_rationale));
    m_splitter->addWidget(m_cautions);
    m_splitter->addWidget(m_missing);
    m_splitter->addWidget(m_evidence);
    // Weights, not pixels: the cards and the reasons get most of the column, the evidence the rest.
    // The determinations first: they are what the reviewer came for.
    m_splitter->setSizes({380, 300, 80, 110, 180});
    m_splitter->setStretchFactor(0, 3);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_comparison);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_setBar);
    layout->addWidget(m_stack, 1);

    connect(m_setBar, &CriteriaSetBar::setRequested, this, &ResultsPanel::setRequested);
    connect(m_setBar, &CriteriaSetBar::comparisonToggled, this, &ResultsPanel::showComparison);
    connect(m_cards, &DeterminationCards::componentSelected, this, &ResultsPanel::showComponent);
    connect(m_rationale, &RationaleView::factActivated, this, &ResultsPanel::factActivated);
    connect(m_rationale, &RationaleView::criterionSelected, this, &ResultsPanel::showEvidence);
    connect(m_comparison, &ComparisonView::cellActivated, this, &ResultsPanel::compareCellActivated);
    setResults({}, {});
}

QWidget* ResultsPanel::titled(const QString& objectName, QLabel* title, QWidget* content)
{
    auto* box = new QWidget(this);
    box->setObjectName(objectName);
    box->setAccessibleName(content->accessibleName());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

bool ResultsPanel::isComparisonShown() const
{
    return m_stack->currentWidget() == m_comparison;
}

std::optional<Component> ResultsPanel::selectedComponent() const
{
    return m_cards->selectedComponent();
}

void ResultsPanel::setResults(const EvaluationResult& current, const QList<EvaluationResult>& comparison)
{
    m_result = current;
    m_setBar->setCurrentSet(current.criteriaSet);
    m_cards->setResult(current);
    std::set<Level> levels;
    for (const ComponentOutcome& outcome : current.components) {
        for (const auto& level : outcome.levels)
            levels.insert(level.first);
    }
    QStringList levelNames;
    for (Level level : levels)
        levelNames.append(enumToString(level));
    QStringList parts{tr("Determinations")};
    if (!levelNames.isEmpty())
        parts.append(levelNames.join(u", "_s));
    if (current.reviewDate.isValid())
        parts.append(tr("as of %1").arg(current.reviewDate.toString(Qt::ISODate)));
    m_cardsHeading->setText(parts.join(u" · "_s));
    m_missing->setResult(current);
    m_comparison->setResults(comparison);
    showComponent();
}

void ResultsPanel::showComponent()
{
    const std::optional<Component> component = m_cards->selectedComponent();
    if (!component) {
        m_rationaleModel->clear();
        m_cautions->clear();
        m_rationaleHeading->setText(tr("Why"));
        return;
    }
    const ComponentOutcome* outcome = m_result.component(*component);
    QStringList levels;
    if (outcome) {
        for (const auto& level : outcome->levels)
            levels.append(enumToString(level.first));
    }
    const QString name = CaseLabels::component(*component);
    m_rationaleHeading->setText(levels.isEmpty() ? tr("Why — %1").arg(name)
                                                 : tr("Why — %1 at %2").arg(name, levels.join(u", "_s)));
    m_rationaleModel->setResult(m_result, *component);
    m_cautions->setComponent(m_result, *component);
}

void ResultsPanel::showEvidence(const CriterionNode* node)
{
    const int level = m_rationale->currentLevel();
    m_evidence->showCriterion(node, level < 0 ? std::nullopt : std::optional<Level>(static_cast<Level>(level)));
}

void ResultsPanel::selectComponent(Component component)
{
    m_cards->selectComponent(component);
}

void ResultsPanel::focusAnswer()
{
    if (isComparisonShown()) {
        m_comparison->table()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const std::optional<Component> selected = m_cards->selectedComponent();
    if (DeterminationCard* card = selected ? m_cards->card(*selected) : nullptr)
        card->setFocus(Qt::ShortcutFocusReason);
    else
        m_rationale->setFocus(Qt::ShortcutFocusReason);
}

void ResultsPanel::showComparison(bool show)
{
    if (show == isComparisonShown())
        return;
    m_stack->setCurrentWidget(show ? static_cast<QWidget*>(m_comparison) : m_splitter);
    m_setBar->setComparisonChecked(show);
    emit comparisonShown(show);
}

void ResultsPanel::compareCellActivated(const QString& setId, Component component)
{
    m_cards->selectComponent(component);
    showComparison(false);
    if (setId != m_setBar->currentSetId())
        emit setRequested(setId);
}

} // namespace spinereview
