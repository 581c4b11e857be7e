// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewpanel.h"

#include "core/i18n/criteriatexts.h"
#include "document/evaluationcontroller.h"
#include "models/cellroles.h"
#include "models/enumdelegate.h"
#include "review/componentdecisionsmodel.h"
#include "review/criterionnotesmodel.h"
#include "review/reviewerpicker.h"
#include "review/reviewsession.h"
#include "storage/reviewrules.h"
#include "theme/issuelabel.h"
#include "worklist/reviewlabels.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

QTableView* tableView(const QString& objectName, const QString& accessibleName, QAbstractItemModel* model,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    return view;
}

QAction* stepAction(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    return action;
}

// A button for an action, named after it for tests and screen readers; its text drops the menu's mnemonic.
QToolButton* stepButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + u"Button"_s);
    return button;
}

} // namespace

ReviewPanel::ReviewPanel(ReviewSession& session, const EvaluationController& evaluation, ReviewerPicker* picker,
                         std::function<bool()> save, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_evaluation(evaluation)
    , m_picker(picker)
    , m_save(std::move(save))
    , m_decisions(new ComponentDecisionsModel(session, evaluation, this))
    , m_notes(new CriterionNotesModel(session, evaluation, this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new IssueLabel(u"reviewMessage"_s, tr("Review message"), this))
    , m_assign(stepAction(tr("Assign to &me"), u"assign"_s, this))
    , m_start(stepAction(tr("&Start review"), u"startReview"_s, this))
    , m_toAdvisor(stepAction(tr("Send to &physician advisor"), u"toAdvisor"_s, this))
    , m_back(stepAction(tr("Return to &review"), u"returnToReview"_s, this))
    , m_determine(stepAction(tr("&Determine"), u"determine"_s, this))
    , m_saveReview(stepAction(tr("Sa&ve review"), u"saveReview"_s, this))
    , m_addNote(stepAction(tr("Add &note…"), u"addNote"_s, this))
    , m_removeNote(stepAction(tr("Remo&ve note"), u"removeNote"_s, this))
{
    setObjectName(u"reviewPanel"_s);
    m_title->setObjectName(u"reviewTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setAccessibleName(tr("Review status"));

    m_decisionsView = tableView(u"decisionsView"_s, tr("Decisions per component"), m_decisions, this);
    m_decisionsView->setItemDelegateForColumn(ComponentDecisionsModel::DecisionColumn, new EnumDelegate(this));
    m_decisionsView->horizontalHeader()->setSectionResizeMode(ComponentDecisionsModel::ComponentColumn,
                                                              QHeaderView::ResizeToContents);
    m_notesView = tableView(u"notesView"_s, tr("Notes on criteria"), m_notes, this);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    if (m_picker)
        header->addWidget(m_picker);

    auto* notesBox = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notesView, 1);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(stepButton(m_addNote, this));
    noteButtons->addWidget(stepButton(m_removeNote, this));
    noteButtons->addStretch(1);
    notesLayout->addLayout(noteButtons);

    auto* split = new QSplitter(this);
    split->setObjectName(u"reviewSplitter"_s);
    split->addWidget(m_decisionsView);
    split->addWidget(notesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* steps = new QHBoxLayout;
    steps->addWidget(m_message, 1);
    for (QAction* step : {m_assign, m_start, m_toAdvisor, m_back, m_determine, m_saveReview})
        steps->addWidget(stepButton(step, this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addLayout(steps);

    connect(m_assign, &QAction::triggered, this, [this] {
        if (m_picker && m_picker->reviewer())
            m_session.setReviewer(m_picker->reviewer()->ref);
    });
    connect(m_start, &QAction::triggered, this, [this] { moveTo(ReviewStatus::InReview); });
    connect(m_toAdvisor, &QAction::triggered, this, [this] { moveTo(ReviewStatus::PhysicianAdvisor); });
    connect(m_back, &QAction::triggered, this, [this] { moveTo(ReviewStatus::InReview); });
    connect(m_determine, &QAction::triggered, this, [this] { moveTo(ReviewStatus::Determined); });
    connect(m_saveReview, &QAction::triggered, this, [this] { m_save(); });
    connect(m_addNote, &QAction::triggered, this, &ReviewPanel::addNote);
    connect(m_removeNote, &QAction::triggered, this, &ReviewPanel::removeSelectedNote);

    connect(&m_session, &ReviewSession::opened, this, &ReviewPanel::refresh);
    connect(&m_session, &ReviewSession::closed, this, &ReviewPanel::refresh);
    connect(&m_session, &ReviewSession::reviewEdited, this, &ReviewPanel::refresh);
    connect(&m_evaluation, &EvaluationController::evaluated, this, &ReviewPanel::refresh);
    if (m_picker) {
        // Saves are made as the person the picker names.
        const auto workAs = [this](const std::optional<Reviewer>& reviewer) {
            m_session.setActor(reviewer ? std::optional(Actor::of(*reviewer)) : std::nullopt);
            refresh();
        };
        workAs(m_picker->reviewer());
        connect(m_picker, &ReviewerPicker::reviewerChanged, this, workAs);
    }
    refresh();
}

QList<QAction*> ReviewPanel::stepActions() const
{
    return {m_assign, m_start, m_toAdvisor, m_back, m_determine, m_saveReview, m_addNote};
}

void ReviewPanel::refresh()
{
    const bool open = m_session.isOpen();
    setEnabled(open);
    if (!open) {
        m_title->setText(tr("No stored review is open: open one from the worklist (Ctrl+L)."));
        m_status->clear();
        return;
    }
    const Review& review = m_session.review();
    const StoredCase& stored = m_session.storedCase();
    QString due = tr("no due time (receipt not documented)");
    if (stored.dueAt)
        due = tr("due %1").arg(QLocale().toString(stored.dueAt->toLocalTime(), QLocale::ShortFormat));
    m_title->setText(tr("Case %1 · review %2 · criteria set %3, version %4 · %5")
                         .arg(stored.caseId)
                         .arg(review.ref)
                         .arg(review.criteriaId, review.criteriaVersion, due));
    const QString modified = m_session.isReviewModified() ? tr(" (unsaved)") : QString();
    m_status->setText(tr("Status: %1%2").arg(ReviewLabels::status(review.status), modified));

    const std::optional<ReviewerRole> role =
        m_picker && m_picker->reviewer() ? std::optional(m_picker->reviewer()->role) : std::nullopt;
    const bool decides = role && *role != ReviewerRole::SurgeonsOffice && review.status != ReviewStatus::Determined;
    const auto can = [&](ReviewStatus to) { return decides && ReviewRules::canMove(review.status, to); };
    m_start->setEnabled(can(ReviewStatus::InReview) && review.status == ReviewStatus::Draft);
    m_toAdvisor->setEnabled(can(ReviewStatus::PhysicianAdvisor));
    m_back->setEnabled(can(ReviewStatus::InReview) && review.status == ReviewStatus::PhysicianAdvisor);
    m_determine->setEnabled(can(ReviewStatus::Determined));
    m_assign->setEnabled(decides && m_picker->reviewer()->ref != review.reviewerRef.value_or(0));
    m_addNote->setEnabled(review.status != ReviewStatus::Determined);
    m_removeNote->setEnabled(review.status != ReviewStatus::Determined && !review.notes.isEmpty());

    const int missing = m_decisions->missingReasons();
    if (missing > 0)
        showMessage(tr("%n decision(s) differ from the engine's without a reason.", nullptr, missing));
    else if (!role)
        showMessage(tr("Choose who you are (Working as) to save decisions."));
    else
        showMessage({});
}

void ReviewPanel::showMessage(const QString& message)
{
    m_message->setText(message.isEmpty() ? QString() : issuePrefix() + message);
    m_message->setVisible(!message.isEmpty());
}

bool ReviewPanel::moveTo(ReviewStatus status)
{
    if (!m_session.isOpen())
        return false;
    const ReviewStatus before = m_session.review().status;
    m_session.setStatus(status);
    if (m_save())
        return true;
    m_session.setStatus(before);
    return false;
}

void ReviewPanel::addNote()
{
    if (!m_session.isOpen())
        return;
    const CriteriaSetPtr set = m_evaluation.catalog().find(m_session.review().criteriaId);
    QDialog dialog(this);
    dialog.setObjectName(u"addNoteDialog"_s);
    dialog.setWindowTitle(tr("Note on a criterion"));
    auto* criterion = new QComboBox(&dialog);
    criterion->setObjectName(u"noteCriterion"_s);
    if (set) {
        QStringList seen;
        for (const CriterionNode& node : set->nodes) {
            if (node.id.isEmpty() || node.text.isEmpty() || seen.contains(node.id))
                continue;
            seen.append(node.id);
            criterion->addItem(CriteriaTexts::text(node), node.id);
        }
    }
    auto* level = new QComboBox(&dialog);
    level->setObjectName(u"noteLevel"_s);
    level->addItem(tr("Whole case"));
    for (Level requested : m_session.storedCase().levels)
        level->addItem(enumToString(requested), static_cast<int>(requested));
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(u"noteText"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Criterion:"), criterion);
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Note:"), text);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || criterion->currentIndex() < 0)
        return;
    const QVariant chosenLevel = level->currentData();
    m_session.setNote(criterion->currentData().toString(),
                      chosenLevel.isValid() ? std::optional(static_cast<Level>(chosenLevel.toInt())) : std::nullopt,
                      text->toPlainText());
}

void ReviewPanel::removeSelectedNote()
{
    const QModelIndex current = m_notesView->currentIndex();
    if (!current.isValid())
        return;
    m_notes->setData(m_notes->index(current.row(), CriterionNotesModel::NoteColumn), QString());
}

} // namespace spinereview
