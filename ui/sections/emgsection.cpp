// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/emgsection.h"

#include "core/i18n/resulttexts.h"
#include "document/casedocument.h"
#include "editors/datefield.h"
#include "editors/tristatebox.h"
#include "models/cellroles.h"
#include "models/emgfindingsmodel.h"
#include "models/enumdelegate.h"
#include "models/indexedpath.h"
#include "theme/issuelabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

const QString kRoot = u"emg"_s;

} // namespace

EmgSection::EmgSection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    setObjectName(u"emgSection"_s);
    auto* layout = new QVBoxLayout(this);
    buildStudyList();
    buildStudyForm();
    m_issues = new IssueLabel(u"emg_issues"_s, tr("Problems in the electrodiagnostic studies"), this);
    layout->addWidget(m_issues);

    const QList<QWidget*> order{m_studies,    m_addStudy,           m_removeStudy, m_date->dateEdit(),
                                m_neuropathy, m_findingsDocumented, m_findings};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    reload();
    showIssues(document.issues());
}

void EmgSection::buildStudyList()
{
    auto* label = new QLabel(tr("Stud&ies"), this);
    m_studies = new QListWidget(this);
    m_studies->setObjectName(kRoot);
    m_studies->setAccessibleName(tr("Electrodiagnostic studies"));
    m_studies->setMaximumHeight(m_studies->fontMetrics().height() * 6);
    label->setBuddy(m_studies);
    m_addStudy = new QPushButton(tr("&Add study"), this);
    m_addStudy->setObjectName(u"addEmgStudy"_s);
    m_addStudy->setAccessibleName(tr("Add electrodiagnostic study"));
    m_removeStudy = new QPushButton(tr("&Remove study"), this);
    m_removeStudy->setObjectName(u"removeEmgStudy"_s);
    m_removeStudy->setAccessibleName(tr("Remove the selected electrodiagnostic study"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addStudy);
    buttons->addWidget(m_removeStudy);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_studies, 1);
    row->addLayout(buttons);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(label);
    layout->addLayout(row);

    connect(m_studies, &QListWidget::currentRowChanged, this, [this] {
        loadStudy();
        applyIssues();
    });
    connect(m_addStudy, &QPushButton::clicked, this, &EmgSection::addStudy);
    connect(m_removeStudy, &QPushButton::clicked, this, &EmgSection::removeStudy);
}

void EmgSection::buildStudyForm()
{
    auto* form = new QFormLayout;
    m_date = new DateField(this);
    // The format requires a study's date, so it is always documented and only the date itself is edited.
    m_date->documentedBox()->setChecked(true);
    m_date->documentedBox()->hide();
    m_date->setFocusProxy(m_date->dateEdit());
    m_date->setObjectName(u"emg_date"_s);
    m_date->setAccessibleName(tr("Date of the study"));
    m_date->dateEdit()->setAccessibleName(tr("Date of the study"));
    auto* dateLabel = new QLabel(tr("Study &date"), this);
    dateLabel->setBuddy(m_date->dateEdit());
    form->addRow(dateLabel, m_date);

    m_neuropathy = new TriStateBox(this);
    m_neuropathy->setObjectName(u"emg_peripheralNeuropathy"_s);
    m_neuropathy->setAccessibleName(tr("Peripheral neuropathy"));
    m_neuropathy->setToolTip(tr("A confounder of the radiculopathy findings"));
    auto* neuropathyLabel = new QLabel(tr("Peripheral &neuropathy"), this);
    neuropathyLabel->setBuddy(m_neuropathy);
    form->addRow(neuropathyLabel, m_neuropathy);

    m_findingsDocumented = new QCheckBox(tr("Findin&gs documented"), this);
    m_findingsDocumented->setObjectName(u"emg_findingsDocumented"_s);
    m_findingsDocumented->setAccessibleName(tr("Findings documented"));
    form->addRow(QString(), m_findingsDocumented);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(form);

    auto* gridLabel = new QLabel(tr("Radiculopathy findings by r&oot and side"), this);
    m_findingsModel = new EmgFindingsModel(this);
    m_findings = new QTableView(this);
    m_findings->setObjectName(u"emg_findings"_s);
    m_findings->setAccessibleName(tr("Radiculopathy findings by root and side"));
    m_findings->setModel(m_findingsModel);
    m_findings->setItemDelegate(new EnumDelegate(m_findings));
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_findings->setTabKeyNavigation(false);
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_findings, &QTableView::activated, m_findings, qOverload<const QModelIndex&>(&QTableView::edit));
    gridLabel->setBuddy(m_findings);
    m_findingsNote = new QLabel(this);
    m_findingsNote->setObjectName(u"emg_findingsNote"_s);
    m_findingsNote->setWordWrap(true);
    layout->addWidget(gridLabel);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_findingsNote);

    connect(m_date, &DateField::edited, this, [this](std::optional<QDate> date) {
        if (date && date->isValid())
            editStudy(u"date"_s, [date](EmgStudy& s) { s.date = *date; });
    });
    connect(m_neuropathy, &TriStateBox::edited, this, [this](std::optional<bool> value) {
        editStudy(u"peripheralNeuropathy"_s, [value](EmgStudy& s) { s.peripheralNeuropathy = value; });
    });
    // Ticked with an empty grid is a normal study ([]); unticked, the result is not documented (absent).
    connect(m_findingsDocumented, &QCheckBox::toggled, this, [this](bool documented) {
        editStudy(u"findings"_s, [documented](EmgStudy& s) {
            s.findings = documented ? std::optional(QList<EmgFinding>{}) : std::nullopt;
        });
        refreshFindingsState();
    });
    connect(m_findingsModel, &EmgFindingsModel::findingEdited, this, [this] {
        // Entering a finding documents the study's result.
        editStudy(u"findings"_s, [findings = m_findingsModel->findings()](EmgStudy& s) { s.findings = findings; });
        refreshFindingsState();
    });
}

QString EmgSection::title() const
{
    return tr("Electrodiagnostics");
}

CaseSection::Completeness EmgSection::completeness() const
{
    const auto& emg = document().spineCase().emg;
    if (!emg || emg->isEmpty())
        return Completeness::Empty;
    const bool documented =
        std::any_of(emg->cbegin(), emg->cend(), [](const EmgStudy& s) { return s.findings.has_value(); });
    return documented ? Completeness::Complete : Completeness::Partial;
}

bool EmgSection::ownsPath(const QString& jsonPath) const
{
    return IndexedPath::within(jsonPath, kRoot);
}

QDate EmgSection::reviewDate() const
{
    return document().spineCase().reviewDate.value_or(QDate::currentDate());
}

const EmgStudy* EmgSection::currentStudy() const
{
    const auto& emg = document().spineCase().emg;
    const int row = m_studies->currentRow();
    return emg && row >= 0 && row < emg->size() ? &emg->at(row) : nullptr;
}

void EmgSection::reload()
{
    const int row = m_studies->currentRow();
    const QModelIndex cell = m_findings->currentIndex();
    {
        const QSignalBlocker blocker(m_studies);
        m_studies->clear();
        const auto& emg = document().spineCase().emg;
        for (qsizetype i = 0; emg && i < emg->size(); ++i)
            m_studies->addItem(QString());
        refreshStudyItems();
        if (m_studies->count() > 0)
            m_studies->setCurrentRow(std::clamp(row, 0, m_studies->count() - 1));
    }
    loadStudy();
    if (cell.isValid())
        m_findings->setCurrentIndex(m_findingsModel->index(cell.row(), cell.column()));
    applyIssues();
}

void EmgSection::refreshStudyItems()
{
    const auto& emg = document().spineCase().emg;
    for (int i = 0; emg && i < m_studies->count() && i < emg->size(); ++i) {
        const EmgStudy& study = emg->at(i);
        QStringList roots;
        for (const EmgFinding& finding : study.findings.value_or(QList<EmgFinding>{})) {
            const QString root = finding.root ? enumToString(*finding.root) : tr("root not documented");
            if (!roots.contains(root))
                roots.append(root);
        }
        const QString result = !study.findings             ? tr("result not documented")
                               : study.findings->isEmpty() ? tr("normal study")
                                                           : tr("radiculopathy at %1").arg(roots.join(u", "_s));
        m_studies->item(i)->setText(tr("%1. %2, %3").arg(i + 1).arg(study.date.toString(Qt::ISODate), result));
    }
}

void EmgSection::loadStudy()
{
    const EmgStudy* study = currentStudy();
    for (QWidget* field : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_neuropathy),
                           static_cast<QWidget*>(m_findingsDocumented), static_cast<QWidget*>(m_findings),
                           static_cast<QWidget*>(m_removeStudy)})
        field->setEnabled(study != nullptr);
    m_date->setValue(study ? study->date : reviewDate());
    m_neuropathy->setValue(study ? study->peripheralNeuropathy : std::nullopt);
    m_findingsModel->setFindings(study && study->findings ? *study->findings : QList<EmgFinding>{});
    refreshFindingsState();
}

void EmgSection::refreshFindingsState()
{
    const EmgStudy* study = currentStudy();
    const bool documented = study && study->findings.has_value();
    const bool any = documented && !study->findings->isEmpty();
    {
        const QSignalBlocker blocker(m_findingsDocumented);
        m_findingsDocumented->setChecked(documented);
    }
    // A study with findings has a documented result; clearing its cells is the way back to a normal study.
    m_findingsDocumented->setEnabled(study && !any);
    m_findingsDocumented->setToolTip(any ? tr("Set every cell to — to change a study with findings")
                                         : tr("Unticked: the result is not documented. Ticked with no findings: "
                                              "a normal study."));
    if (!study)
        m_findingsNote->clear();
    else if (!documented)
        m_findingsNote->setText(tr("The result of this study is not documented: tick \"Findings documented\" for "
                                   "a normal study, or enter its findings in the grid."));
    else if (!any)
        m_findingsNote->setText(tr("A normal study: no radiculopathy findings."));
    else
        m_findingsNote->clear();
    refreshStudyItems();
}

void EmgSection::editStudy(const QString& member, const std::function<void(EmgStudy&)>& change)
{
    const int row = m_studies->currentRow();
    if (!currentStudy())
        return;
    document().edit([&](SpineCase& c) { change((*c.emg)[row]); }, jsonPathMember(jsonPathIndex(kRoot, row), member));
    refreshStudyItems();
}

void EmgSection::addStudy()
{
    const auto& emg = document().spineCase().emg;
    const qsizetype row = emg ? emg->size() : 0;
    EmgStudy study;
    study.date = reviewDate(); // required by the format; the reviewer corrects it from the report
    document().edit(
        [&](SpineCase& c) {
            if (!c.emg)
                c.emg = QList<EmgStudy>{};
            c.emg->append(study);
        },
        jsonPathIndex(kRoot, row));
    reload();
    m_studies->setCurrentRow(static_cast<int>(row));
    m_date->dateEdit()->setFocus(Qt::OtherFocusReason);
}

void EmgSection::removeStudy()
{
    const int row = m_studies->currentRow();
    if (!currentStudy())
        return;
    document().edit(
        [row](SpineCase& c) {
            c.emg->removeAt(row);
            if (c.emg->isEmpty())
                c.emg.reset();
        },
        jsonPathIndex(kRoot, row));
    reload();
    m_studies->setFocus(Qt::OtherFocusReason);
}

void EmgSection::showIssues(const ValidationIssues& issues)
{
    m_caseIssues = issues;
    applyIssues();
}

void EmgSection::applyIssues()
{
    const int row = m_studies->currentRow();
    m_findingsModel->setIssues(m_caseIssues, jsonPathMember(jsonPathIndex(kRoot, row), u"findings"_s));
    QStringList lines;
    for (const ValidationIssue& issue : m_caseIssues) {
        if (!IndexedPath::within(issue.path, kRoot))
            continue;
        const std::optional<IndexedPath> path = IndexedPath::parse(issue.path, kRoot);
        lines.append(
            issuePrefix() +
            (path ? tr("Study %1, %2: %3").arg(path->index + 1).arg(path->rest, ResultTexts::phrase(issue.message))
                  : ResultTexts::phrase(issue.message)));
    }
    m_issues->setText(lines.join(u'\n'));
    m_issues->setVisible(!lines.isEmpty());
}

bool EmgSection::focusPath(const QString& jsonPath)
{
    if (!ownsPath(jsonPath))
        return false;
    const std::optional<IndexedPath> path = IndexedPath::parse(jsonPath, kRoot);
    if (!path) {
        m_studies->setFocus(Qt::OtherFocusReason);
        return jsonPath == kRoot;
    }
    if (path->index >= m_studies->count())
        return false;
    m_studies->setCurrentRow(static_cast<int>(path->index));
    const QString member = path->rest.section(u'.', 0, 0).section(u'[', 0, 0);
    if (member == u"date"_s) {
        m_date->dateEdit()->setFocus(Qt::OtherFocusReason);
    } else if (member == u"peripheralNeuropathy"_s) {
        m_neuropathy->setFocus(Qt::OtherFocusReason);
    } else if (member == u"findings"_s) {
        const EmgStudy* study = currentStudy();
        if (!study->findings) {
            m_findingsDocumented->setFocus(Qt::OtherFocusReason);
            return true;
        }
        // "findings[2]…" points at one finding: select its cell (the left one of a bilateral finding).
        QModelIndex cell = m_findingsModel->index(0, 0);
        if (const auto finding = IndexedPath::parse(path->rest.section(u'.', 0, 0), u"findings"_s);
            finding && finding->index < study->findings->size()) {
            const EmgFinding& f = study->findings->at(finding->index);
            if (f.root && f.side)
                cell = m_findingsModel->indexOf(*f.root, *f.side);
        }
        m_findings->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
        m_findings->setFocus(Qt::OtherFocusReason);
    } else {
        m_studies->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

} // namespace spinereview
