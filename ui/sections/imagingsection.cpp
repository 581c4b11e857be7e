// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections/imagingsection.h"

#include "core/facts/factparameters.h"
#include "core/facts/imagingindex.h"
#include "core/i18n/resulttexts.h"
#include "document/casedocument.h"
#include "editors/caselabels.h"
#include "editors/datefield.h"
#include "editors/enumbox.h"
#include "editors/numberfield.h"
#include "models/cellroles.h"
#include "models/enumdelegate.h"
#include "models/imaginglevelsmodel.h"
#include "models/indexedpath.h"
#include "models/numberdelegate.h"
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
using Column = ImagingLevelsModel::Column;

namespace {

const QString kRoot = u"imaging"_s;

std::optional<StenosisGrade> anyStenosisGrade(const LevelFindings& f)
{
    const auto sided = [](const std::optional<SidedStenosis>& s) -> std::optional<StenosisGrade> {
        return !s ? std::nullopt : (s->left ? s->left : s->right);
    };
    if (f.centralStenosis)
        return f.centralStenosis;
    if (auto recess = sided(f.lateralRecessStenosis))
        return recess;
    return sided(f.foraminalStenosis);
}

} // namespace

ImagingSection::ImagingSection(CaseDocument& document, QWidget* parent)
    : CaseSection(document, parent)
{
    setObjectName(u"imagingSection"_s);
    auto* layout = new QVBoxLayout(this);
    buildStudyList();
    buildStudyForm();
    buildLevelGrid();
    m_issues = new IssueLabel(u"imaging_issues"_s, tr("Problems in the imaging studies"), this);
    layout->addWidget(m_issues);

    // Tab order follows the page: studies, their buttons, the study's fields, then its grid.
    const QList<QWidget*> order{m_studies, m_addStudy,     m_removeStudy, m_modality, m_date->dateEdit(),
                                m_cobb,    m_sagittalAxis, m_piLl,        m_levels};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    reload();
    showIssues(document.issues());
}

void ImagingSection::buildStudyList()
{
    auto* label = new QLabel(tr("Stud&ies"), this);
    m_studies = new QListWidget(this);
    m_studies->setObjectName(kRoot);
    m_studies->setAccessibleName(tr("Imaging studies"));
    m_studies->setMaximumHeight(m_studies->fontMetrics().height() * 6);
    label->setBuddy(m_studies);
    m_addStudy = new QPushButton(tr("&Add study"), this);
    m_addStudy->setObjectName(u"addStudy"_s);
    m_addStudy->setAccessibleName(tr("Add imaging study"));
    m_removeStudy = new QPushButton(tr("&Remove study"), this);
    m_removeStudy->setObjectName(u"removeStudy"_s);
    m_removeStudy->setAccessibleName(tr("Remove the selected imaging study"));

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
    connect(m_addStudy, &QPushButton::clicked, this, &ImagingSection::addStudy);
    connect(m_removeStudy, &QPushButton::clicked, this, &ImagingSection::removeStudy);
}

void ImagingSection::buildStudyForm()
{
    auto* form = new QFormLayout;
    const auto addRow = [this, form](const QString& text, QWidget* field, QWidget* buddy, QLayout* row = nullptr) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, field);
    };

    m_modality = EnumBox::create<Modality>(CaseLabels::modalities(), this);
    // The format requires a modality: this box offers no "not documented".
    m_modality->removeItem(0);
    m_modality->setObjectName(u"imaging_modality"_s);
    m_modality->setAccessibleName(tr("Modality of the study"));
    addRow(tr("&Modality"), m_modality, m_modality);

    m_date = new DateField(this);
    // The format requires a study's date, so it is always documented and only the date itself is edited.
    m_date->documentedBox()->setChecked(true);
    m_date->documentedBox()->hide();
    m_date->setFocusProxy(m_date->dateEdit());
    m_date->setObjectName(u"imaging_date"_s);
    m_date->setAccessibleName(tr("Date of the study"));
    m_date->dateEdit()->setAccessibleName(tr("Date of the study"));
    m_dateHint = new QLabel(this);
    m_dateHint->setObjectName(u"imaging_dateHint"_s);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateHint, 1);
    addRow(tr("Study &date"), nullptr, m_date->dateEdit(), dateRow);

    const auto number = [this](const QString& name, const QString& accessible, double min, double max) {
        auto* field = new NumberField(min, max, 1, this);
        field->setObjectName(name);
        field->setAccessibleName(accessible);
        return field;
    };
    m_cobb = number(u"imaging_coronalCobbDeg"_s, tr("Coronal Cobb angle in degrees"), 0, 180);
    addRow(tr("Coronal Co&bb angle (°)"), m_cobb, m_cobb);
    // Sagittal measures are signed: a negative SVA or PI − LL is a real finding.
    m_sagittalAxis = number(u"imaging_sagittalVerticalAxisCm"_s, tr("Sagittal vertical axis in centimetres"), -50, 50);
    addRow(tr("&Sagittal vertical axis (cm)"), m_sagittalAxis, m_sagittalAxis);
    m_piLl = number(u"imaging_pelvicIncidenceMinusLordosisDeg"_s,
                    tr("Pelvic incidence minus lumbar lordosis in degrees"), -90, 90);
    addRow(tr("&Pelvic incidence − lordosis (°)"), m_piLl, m_piLl);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);

    connect(m_modality, &EnumBox::edited, this, [this] {
        if (const auto modality = m_modality->valueAs<Modality>())
            editStudy(u"modality"_s, [modality](ImagingStudy& s) { s.modality = *modality; });
    });
    connect(m_date, &DateField::edited, this, [this](std::optional<QDate> date) {
        if (date && date->isValid())
            editStudy(u"date"_s, [date](ImagingStudy& s) { s.date = *date; });
    });
    connect(m_cobb, &NumberField::edited, this, [this](std::optional<double> v) {
        editStudy(u"coronalCobbDeg"_s, [v](ImagingStudy& s) { s.coronalCobbDeg = v; });
    });
    connect(m_sagittalAxis, &NumberField::edited, this, [this](std::optional<double> v) {
        editStudy(u"sagittalVerticalAxisCm"_s, [v](ImagingStudy& s) { s.sagittalVerticalAxisCm = v; });
    });
    connect(m_piLl, &NumberField::edited, this, [this](std::optional<double> v) {
        editStudy(u"pelvicIncidenceMinusLordosisDeg"_s,
                  [v](ImagingStudy& s) { s.pelvicIncidenceMinusLordosisDeg = v; });
    });
}

void ImagingSection::buildLevelGrid()
{
    auto* label = new QLabel(tr("Findings by &level (● described, ○ nothing documented)"), this);
    m_levelsModel = new ImagingLevelsModel(this);
    m_levels = new QTableView(this);
    m_levels->setObjectName(u"imaging_levels"_s);
    m_levels->setAccessibleName(tr("Findings by level of the selected study"));
    m_levels->setModel(m_levelsModel);
    label->setBuddy(m_levels);
    m_levels->setItemDelegate(new EnumDelegate(m_levels));
    // Slip and motion in millimetres and degrees; the limits only catch typing slips.
    m_levels->setItemDelegateForColumn(static_cast<int>(Column::SlipTranslationMm),
                                       new NumberDelegate(0, 100, 1, m_levels));
    m_levels->setItemDelegateForColumn(static_cast<int>(Column::DynamicTranslationMm),
                                       new NumberDelegate(0, 50, 1, m_levels));
    m_levels->setItemDelegateForColumn(static_cast<int>(Column::DynamicAngulationDeg),
                                       new NumberDelegate(0, 90, 1, m_levels));
    m_levels->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levels->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the grid for the next field; the arrows move between cells.
    m_levels->setTabKeyNavigation(false);
    m_levels->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levels->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_levels, &QTableView::activated, m_levels, qOverload<const QModelIndex&>(&QTableView::edit));
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(label);
    layout->addWidget(m_levels, 1);

    connect(m_levelsModel, &ImagingLevelsModel::levelEdited, this, [this](const QModelIndex& index) {
        const QString member = u"levels."_s + enumToString(ImagingLevelsModel::levelAt(index.row())) + u'.' +
                               ImagingLevelsModel::fieldPath(static_cast<Column>(index.column()));
        editStudy(member, [levels = m_levelsModel->levels()](ImagingStudy& s) { s.levels = levels; });
    });
}

QString ImagingSection::title() const
{
    return tr("Imaging");
}

CaseSection::Completeness ImagingSection::completeness() const
{
    const SpineCase& spineCase = document().spineCase();
    if (!spineCase.imaging || spineCase.imaging->isEmpty())
        return Completeness::Empty;
    const ImagingIndex index(spineCase, reviewDate(), FactParameters{}.qualifyingImagingMonths);
    for (const Level level : spineCase.request.levels) {
        if (!index.find<StenosisGrade>(level, anyStenosisGrade, true))
            return Completeness::Partial;
    }
    return index.hasQualifyingStudy() ? Completeness::Complete : Completeness::Partial;
}

bool ImagingSection::ownsPath(const QString& jsonPath) const
{
    return IndexedPath::within(jsonPath, kRoot);
}

QDate ImagingSection::reviewDate() const
{
    return document().spineCase().reviewDate.value_or(QDate::currentDate());
}

const ImagingStudy* ImagingSection::currentStudy() const
{
    const auto& imaging = document().spineCase().imaging;
    const int row = m_studies->currentRow();
    return imaging && row >= 0 && row < imaging->size() ? &imaging->at(row) : nullptr;
}

QString ImagingSection::studyHint(const ImagingStudy& study) const
{
    const QDate review = reviewDate();
    if (study.date > review)
        return tr("not counted: after the review date (%1)").arg(review.toString(Qt::ISODate));
    // The reference criteria's window (FactParameters); a set with a shorter one is stricter still.
    const int months = FactParameters{}.qualifyingImagingMonths;
    if (study.date < review.addMonths(-months))
        return tr("not qualifying imaging: more than %1 months before the review date").arg(months);
    return {};
}

void ImagingSection::reload()
{
    const int row = m_studies->currentRow();
    const QModelIndex cell = m_levels->currentIndex();
    {
        const QSignalBlocker blocker(m_studies);
        m_studies->clear();
        const auto& imaging = document().spineCase().imaging;
        for (qsizetype i = 0; imaging && i < imaging->size(); ++i)
            m_studies->addItem(QString());
        refreshStudyItems();
        if (m_studies->count() > 0)
            m_studies->setCurrentRow(std::clamp(row, 0, m_studies->count() - 1));
    }
    loadStudy();
    if (cell.isValid())
        m_levels->setCurrentIndex(m_levelsModel->index(cell.row(), cell.column()));
    applyIssues();
}

void ImagingSection::refreshStudyItems()
{
    const auto& imaging = document().spineCase().imaging;
    const QStringList modalities = CaseLabels::modalities();
    for (int i = 0; imaging && i < m_studies->count() && i < imaging->size(); ++i) {
        const ImagingStudy& study = imaging->at(i);
        QString text = tr("%1. %2, %3")
                           .arg(i + 1)
                           .arg(modalities.value(static_cast<int>(study.modality)), study.date.toString(Qt::ISODate));
        if (const QString hint = studyHint(study); !hint.isEmpty())
            text += u"  "_s + issuePrefix() + hint;
        m_studies->item(i)->setText(text);
    }
}

void ImagingSection::loadStudy()
{
    const ImagingStudy* study = currentStudy();
    for (QWidget* field :
         {static_cast<QWidget*>(m_modality), static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_cobb),
          static_cast<QWidget*>(m_sagittalAxis), static_cast<QWidget*>(m_piLl), static_cast<QWidget*>(m_levels),
          static_cast<QWidget*>(m_removeStudy)})
        field->setEnabled(study != nullptr);
    m_modality->setValueFrom<Modality>(study ? std::optional(study->modality) : std::nullopt);
    m_date->setValue(study ? study->date : reviewDate());
    m_cobb->setValue(study ? study->coronalCobbDeg : std::nullopt);
    m_sagittalAxis->setValue(study ? study->sagittalVerticalAxisCm : std::nullopt);
    m_piLl->setValue(study ? study->pelvicIncidenceMinusLordosisDeg : std::nullopt);
    m_levelsModel->setLevels(study ? study->levels : std::nullopt);
    const QString hint = study ? studyHint(*study) : QString();
    m_dateHint->setText(hint.isEmpty() ? QString() : issuePrefix() + hint);
    m_dateHint->setAccessibleName(hint);
}

void ImagingSection::editStudy(const QString& member, const std::function<void(ImagingStudy&)>& change)
{
    const int row = m_studies->currentRow();
    if (!currentStudy())
        return;
    document().edit([&](SpineCase& c) { change((*c.imaging)[row]); },
                    jsonPathMember(jsonPathIndex(kRoot, row), member));
    refreshStudyItems();
    const QString hint = studyHint(*currentStudy());
    m_dateHint->setText(hint.isEmpty() ? QString() : issuePrefix() + hint);
    m_dateHint->setAccessibleName(hint);
}

void ImagingSection::addStudy()
{
    const auto& imaging = document().spineCase().imaging;
    const qsizetype row = imaging ? imaging->size() : 0;
    ImagingStudy study;
    study.modality = Modality::Mri;
    study.date = reviewDate(); // required by the format; the reviewer corrects it from the report
    document().edit(
        [&](SpineCase& c) {
            if (!c.imaging)
                c.imaging = QList<ImagingStudy>{};
            c.imaging->append(study);
        },
        jsonPathIndex(kRoot, row));
    reload();
    m_studies->setCurrentRow(static_cast<int>(row));
    m_modality->setFocus(Qt::OtherFocusReason);
}

void ImagingSection::removeStudy()
{
    const int row = m_studies->currentRow();
    if (!currentStudy())
        return;
    document().edit(
        [row](SpineCase& c) {
            c.imaging->removeAt(row);
            // With its last study gone the case no longer documents any imaging.
            if (c.imaging->isEmpty())
                c.imaging.reset();
        },
        jsonPathIndex(kRoot, row));
    reload();
    m_studies->setFocus(Qt::OtherFocusReason);
}

void ImagingSection::showIssues(const ValidationIssues& issues)
{
    m_caseIssues = issues;
    applyIssues();
}

void ImagingSection::applyIssues()
{
    const int row = m_studies->currentRow();
    m_levelsModel->setIssues(m_caseIssues, jsonPathMember(jsonPathIndex(kRoot, row), u"levels"_s));
    QStringList lines;
    for (const ValidationIssue& issue : m_caseIssues) {
        if (!IndexedPath::within(issue.path, kRoot))
            continue;
        const std::optional<IndexedPath> path = IndexedPath::parse(issue.path, kRoot);
        if (!path)
            lines.append(issuePrefix() + ResultTexts::phrase(issue.message));
        else
            lines.append(
                issuePrefix() +
                tr("Study %1, %2: %3").arg(path->index + 1).arg(path->rest, ResultTexts::phrase(issue.message)));
    }
    m_issues->setText(lines.join(u'\n'));
    m_issues->setVisible(!lines.isEmpty());
}

bool ImagingSection::focusPath(const QString& jsonPath)
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
    const QString member = path->rest.section(u'.', 0, 0);
    QWidget* target = m_studies;
    if (member == u"modality"_s)
        target = m_modality;
    else if (member == u"date"_s)
        target = m_date->dateEdit();
    else if (member == u"coronalCobbDeg"_s)
        target = m_cobb;
    else if (member == u"sagittalVerticalAxisCm"_s)
        target = m_sagittalAxis;
    else if (member == u"pelvicIncidenceMinusLordosisDeg"_s)
        target = m_piLl;
    if (member == u"levels"_s)
        focusLevelCell(path->rest.mid(member.size() + 1));
    else
        target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ImagingSection::focusLevelCell(const QString& levelsMember)
{
    // levelsMember is "L5-S1.centralStenosis", "L5-S1" or empty.
    const qsizetype dot = levelsMember.indexOf(u'.');
    const std::optional<Level> level = enumFromString<Level>(dot < 0 ? levelsMember : levelsMember.left(dot));
    const std::optional<Column> column =
        dot < 0 ? Column::CentralStenosis : ImagingLevelsModel::columnOf(levelsMember.mid(dot + 1));
    const QModelIndex cell =
        m_levelsModel->indexOf(level.value_or(Level::L1L2), column.value_or(Column::CentralStenosis));
    if (level)
        m_levels->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_levels->scrollTo(cell);
    m_levels->setFocus(Qt::OtherFocusReason);
}

} // namespace spinereview
