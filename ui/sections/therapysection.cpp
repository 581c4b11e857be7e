// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/therapysection.h"

#include "core/facts/conservativecare.h"
#include "core/facts/factparameters.h"
#include "document/casedocument.h"
#include "models/cellroles.h"
#include "models/datedelegate.h"
#include "models/enumdelegate.h"
#include "models/indexedpath.h"
#include "models/numberdelegate.h"
#include "models/therapyepisodesmodel.h"
#include "theme/issuelabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace spinereview {

using namespace Qt::StringLiterals;
using Column = TherapyEpisodesModel::Column;

namespace {

const QString kRoot = u"conservativeTherapy"_s;

} // namespace

TherapySection::TherapySection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    setObjectName(u"therapySection"_s);
    m_documented = new QCheckBox(tr("Conservative therapy &documented"), this);
    m_documented->setObjectName(u"conservativeTherapy_documented"_s);
    m_documented->setAccessibleName(tr("Conservative therapy documented"));

    auto* tableLabel = new QLabel(tr("E&pisodes"), this);
    m_model = new TherapyEpisodesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(kRoot);
    m_table->setAccessibleName(tr("Episodes of conservative therapy"));
    m_table->setModel(m_model);
    tableLabel->setBuddy(m_table);
    m_table->setItemDelegate(new EnumDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::Start), new DateDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::End), new DateDelegate(m_table));
    m_table->setItemDelegateForColumn(static_cast<int>(Column::Sessions), new NumberDelegate(0, 1000, 0, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, m_table, qOverload<const QModelIndex&>(&QTableView::edit));

    m_addEpisode = new QPushButton(tr("&Add episode"), this);
    m_addEpisode->setObjectName(u"addEpisode"_s);
    m_addEpisode->setAccessibleName(tr("Add therapy episode"));
    m_removeEpisode = new QPushButton(tr("&Remove episode"), this);
    m_removeEpisode->setObjectName(u"removeEpisode"_s);
    m_removeEpisode->setAccessibleName(tr("Remove the selected therapy episode"));
    m_issues = new IssueLabel(u"conservativeTherapy_issues"_s, tr("Problems in the therapy episodes"), this);
    m_weeks = new QLabel(this);
    m_weeks->setObjectName(u"conservativeTherapy_weeks"_s);
    m_weeks->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEpisode);
    buttons->addWidget(m_removeEpisode);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_documented);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issues);
    layout->addLayout(buttons);
    layout->addWidget(m_weeks);
    setTabOrder(m_documented, m_table);
    setTabOrder(m_table, m_addEpisode);
    setTabOrder(m_addEpisode, m_removeEpisode);

    // Ticked with no episodes: documented as none ([]). Unticked: not documented (absent).
    connect(m_documented, &QCheckBox::toggled, this, [this](bool documented) {
        this->document().edit(
            [documented](SpineCase& c) {
                c.conservativeTherapy = documented ? std::optional(QList<TherapyEpisode>{}) : std::nullopt;
            },
            kRoot);
        refreshState();
    });
    connect(m_model, &TherapyEpisodesModel::episodesEdited, this, &TherapySection::writeEpisodes);
    connect(m_addEpisode, &QPushButton::clicked, this, &TherapySection::addEpisode);
    connect(m_removeEpisode, &QPushButton::clicked, this, &TherapySection::removeEpisode);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TherapySection::refreshState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TherapySection::refreshState);

    reload();
    showIssues(document.issues());
}

QString TherapySection::title() const
{
    return tr("Conservative therapy");
}

CaseSection::Completeness TherapySection::completeness() const
{
    const auto& therapy = document().spineCase().conservativeTherapy;
    if (!therapy)
        return Completeness::Empty;
    const bool dated =
        std::all_of(therapy->cbegin(), therapy->cend(), [](const TherapyEpisode& e) { return e.start.has_value(); });
    const bool ptResponse = std::any_of(therapy->cbegin(), therapy->cend(), [](const TherapyEpisode& e) {
        return e.type == TherapyType::PhysicalTherapy && e.response.has_value();
    });
    return !therapy->isEmpty() && dated && ptResponse ? Completeness::Complete : Completeness::Partial;
}

bool TherapySection::ownsPath(const QString& jsonPath) const
{
    return IndexedPath::within(jsonPath, kRoot);
}

void TherapySection::reload()
{
    const QModelIndex cell = m_table->currentIndex();
    const auto& therapy = document().spineCase().conservativeTherapy;
    {
        const QSignalBlocker blocker(m_documented);
        m_documented->setChecked(therapy.has_value());
    }
    m_model->setEpisodes(therapy.value_or(QList<TherapyEpisode>{}));
    if (cell.isValid() && cell.row() < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(cell.row(), cell.column()));
    showIssues(document().issues());
    refreshState();
}

void TherapySection::writeEpisodes(const QString& member)
{
    document().edit([episodes = m_model->episodes()](SpineCase& c) { c.conservativeTherapy = episodes; },
                    kRoot + member);
    refreshState();
}

void TherapySection::refreshState()
{
    const SpineCase& spineCase = document().spineCase();
    const bool any = m_model->rowCount() > 0;
    {
        const QSignalBlocker blocker(m_documented);
        m_documented->setChecked(spineCase.conservativeTherapy.has_value());
    }
    // A list with episodes is documented by definition; removing them is the way back.
    m_documented->setEnabled(!any);
    m_documented->setToolTip(any ? tr("Remove the episodes to change this")
                                 : tr("Unticked: not documented. Ticked with no episodes: documented as none."));
    m_removeEpisode->setEnabled(m_table->currentIndex().isValid());

    const QDate reviewDate = spineCase.reviewDate.value_or(QDate::currentDate());
    const ConservativeCareFacts facts =
        ConservativeCareFacts::derive(spineCase, reviewDate, FactParameters{}.activeTherapyRecencyMonths);
    // The same count the criteria read: the union of the dated episodes up to the review date, contraindicated
    // ones left out, in whole weeks.
    m_weeks->setText(facts.weeks.isKnown() ? tr("Weeks of conservative care counted as of %1: %2")
                                                 .arg(reviewDate.toString(Qt::ISODate), facts.weeks.display())
                                           : tr("Weeks of conservative care: not documented"));
}

void TherapySection::addEpisode()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex cell = m_model->index(row, static_cast<int>(Column::Type));
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_table->setFocus(Qt::OtherFocusReason);
}

void TherapySection::removeEpisode()
{
    const QModelIndex cell = m_table->currentIndex();
    if (!cell.isValid())
        return;
    m_model->removeRows(cell.row(), 1);
    m_table->setFocus(Qt::OtherFocusReason);
}

void TherapySection::showIssues(const ValidationIssues& issues)
{
    QStringList lines = m_model->setIssues(issues, kRoot);
    for (QString& line : lines)
        line.prepend(issuePrefix());
    m_issues->setText(lines.join(u'\n'));
    m_issues->setVisible(!lines.isEmpty());
}

bool TherapySection::focusPath(const QString& jsonPath)
{
    if (!ownsPath(jsonPath))
        return false;
    const std::optional<IndexedPath> path = IndexedPath::parse(jsonPath, kRoot);
    if (!path) {
        (m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_documented)->setFocus(Qt::OtherFocusReason);
        return jsonPath == kRoot;
    }
    if (path->index >= m_model->rowCount())
        return false;
    const Column column = TherapyEpisodesModel::columnOf(path->rest).value_or(Column::Type);
    const QModelIndex cell = m_model->index(static_cast<int>(path->index), static_cast<int>(column));
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(cell);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace spinereview
