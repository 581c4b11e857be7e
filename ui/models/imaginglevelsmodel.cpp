// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/imaginglevelsmodel.h"

#include "core/i18n/resulttexts.h"
#include "editors/caselabels.h"
#include "models/cellchoices.h"
#include "models/cellroles.h"
#include "models/cellvalue.h"

namespace spinereview {

using namespace Qt::StringLiterals;
using Column = ImagingLevelsModel::Column;

namespace {

constexpr int kLevelCount = static_cast<int>(enumCount<Level>());

bool isNumberColumn(Column column)
{
    return column == Column::SlipTranslationMm || column == Column::DynamicTranslationMm ||
           column == Column::DynamicAngulationDeg;
}

CellChoices choicesFor(Column column)
{
    switch (column) {
    case Column::CentralStenosis:
    case Column::LateralRecessLeft:
    case Column::LateralRecessRight:
    case Column::ForaminalLeft:
    case Column::ForaminalRight:
        return CellChoices::ofEnum<StenosisGrade>(CaseLabels::stenosisGrades());
    case Column::SlipGrade:
        return CellChoices::ofRange(5, ImagingLevelsModel::tr("0 – no slip"));
    case Column::SlipType:
        return CellChoices::ofEnum<SlipType>(CaseLabels::slipTypes());
    case Column::DiscHeightLoss:
        return CellChoices::ofEnum<DiscHeightLoss>(CaseLabels::discHeightLoss());
    case Column::ModicChanges:
        return CellChoices::ofRange(3, ImagingLevelsModel::tr("0 – none"));
    case Column::DiscHerniation:
        return CellChoices::ofEnum<DiscHerniation>(CaseLabels::discHerniation());
    case Column::SlipProgression:
    case Column::FacetHypertrophy:
    case Column::SynovialCyst:
    case Column::ParsDefect:
        return CellChoices::ofBool();
    case Column::SlipTranslationMm:
    case Column::DynamicTranslationMm:
    case Column::DynamicAngulationDeg:
        break;
    }
    return {};
}

// {short header, full name} of each column.
std::pair<QString, QString> columnNames(Column column)
{
    switch (column) {
    case Column::CentralStenosis:
        return {ImagingLevelsModel::tr("Central"), ImagingLevelsModel::tr("Central canal stenosis")};
    case Column::LateralRecessLeft:
        return {ImagingLevelsModel::tr("Recess L"), ImagingLevelsModel::tr("Lateral recess stenosis, left")};
    case Column::LateralRecessRight:
        return {ImagingLevelsModel::tr("Recess R"), ImagingLevelsModel::tr("Lateral recess stenosis, right")};
    case Column::ForaminalLeft:
        return {ImagingLevelsModel::tr("Foramen L"), ImagingLevelsModel::tr("Foraminal stenosis, left")};
    case Column::ForaminalRight:
        return {ImagingLevelsModel::tr("Foramen R"), ImagingLevelsModel::tr("Foraminal stenosis, right")};
    case Column::SlipGrade:
        return {ImagingLevelsModel::tr("Slip grade"),
                ImagingLevelsModel::tr("Spondylolisthesis, Meyerding grade (0 = documented no slip)")};
    case Column::SlipTranslationMm:
        return {ImagingLevelsModel::tr("Slip mm"),
                ImagingLevelsModel::tr("Spondylolisthesis, translation in millimetres")};
    case Column::SlipType:
        return {ImagingLevelsModel::tr("Slip type"), ImagingLevelsModel::tr("Spondylolisthesis, type")};
    case Column::SlipProgression:
        return {ImagingLevelsModel::tr("Slip progressing"),
                ImagingLevelsModel::tr("Spondylolisthesis, the slip grew on serial films")};
    case Column::DynamicTranslationMm:
        return {ImagingLevelsModel::tr("Motion mm"),
                ImagingLevelsModel::tr("Dynamic translation between flexion and extension (or supine and "
                                       "upright) films, in millimetres")};
    case Column::DynamicAngulationDeg:
        return {ImagingLevelsModel::tr("Motion °"),
                ImagingLevelsModel::tr("Dynamic angulation between flexion and extension films, in degrees")};
    case Column::DiscHeightLoss:
        return {ImagingLevelsModel::tr("Disc height loss"), ImagingLevelsModel::tr("Disc height loss")};
    case Column::ModicChanges:
        return {ImagingLevelsModel::tr("Modic"), ImagingLevelsModel::tr("Modic type (0 = none)")};
    case Column::DiscHerniation:
        return {ImagingLevelsModel::tr("Disc herniation"), ImagingLevelsModel::tr("Disc herniation")};
    case Column::FacetHypertrophy:
        return {ImagingLevelsModel::tr("Facet hypertrophy"), ImagingLevelsModel::tr("Facet hypertrophy")};
    case Column::SynovialCyst:
        return {ImagingLevelsModel::tr("Synovial cyst"), ImagingLevelsModel::tr("Synovial cyst")};
    case Column::ParsDefect:
        return {ImagingLevelsModel::tr("Pars defect"),
                ImagingLevelsModel::tr("Pars defect (spondylolysis, or a pars fracture after surgery)")};
    }
    return {};
}

QVariant readField(const LevelFindings& f, Column column)
{
    const SidedStenosis recess = f.lateralRecessStenosis.value_or(SidedStenosis{});
    const SidedStenosis foramen = f.foraminalStenosis.value_or(SidedStenosis{});
    const Spondylolisthesis slip = f.spondylolisthesis.value_or(Spondylolisthesis{});
    switch (column) {
    case Column::CentralStenosis:
        return CellValue::ofEnum(f.centralStenosis);
    case Column::LateralRecessLeft:
        return CellValue::ofEnum(recess.left);
    case Column::LateralRecessRight:
        return CellValue::ofEnum(recess.right);
    case Column::ForaminalLeft:
        return CellValue::ofEnum(foramen.left);
    case Column::ForaminalRight:
        return CellValue::ofEnum(foramen.right);
    case Column::SlipGrade:
        return CellValue::of(slip.grade);
    case Column::SlipTranslationMm:
        return CellValue::of(slip.translationMm);
    case Column::SlipType:
        return CellValue::ofEnum(slip.type);
    case Column::SlipProgression:
        return CellValue::of(slip.progression);
    case Column::DynamicTranslationMm:
        return CellValue::of(f.dynamicTranslationMm);
    case Column::DynamicAngulationDeg:
        return CellValue::of(f.dynamicAngulationDeg);
    case Column::DiscHeightLoss:
        return CellValue::ofEnum(f.discHeightLoss);
    case Column::ModicChanges:
        return CellValue::of(f.modicChanges);
    case Column::DiscHerniation:
        return CellValue::ofEnum(f.discHerniation);
    case Column::FacetHypertrophy:
        return CellValue::of(f.facetHypertrophy);
    case Column::SynovialCyst:
        return CellValue::of(f.synovialCyst);
    case Column::ParsDefect:
        return CellValue::of(f.parsDefect);
    }
    return {};
}

// Keeps a sub-object only while it holds something, so clearing its last member removes it from the file.
template <typename T, typename Empty> void keepIfDocumented(std::optional<T>& slot, T value, Empty isEmpty)
{
    slot = (isEmpty(value) && value.extra.isEmpty()) ? std::nullopt : std::optional<T>(std::move(value));
}

bool writeSided(std::optional<SidedStenosis>& slot, bool left, const QVariant& value)
{
    SidedStenosis sided = slot.value_or(SidedStenosis{});
    if (!CellValue::toEnum(value, left ? sided.left : sided.right))
        return false;
    keepIfDocumented(slot, std::move(sided), [](const SidedStenosis& s) { return !s.left && !s.right; });
    return true;
}

bool writeSlip(std::optional<Spondylolisthesis>& slot, Column column, const QVariant& value)
{
    Spondylolisthesis slip = slot.value_or(Spondylolisthesis{});
    bool ok = false;
    if (column == Column::SlipGrade)
        ok = CellValue::toInteger(value, slip.grade, 0, 5); // Meyerding grades I–V, 0 = documented none
    else if (column == Column::SlipTranslationMm)
        ok = CellValue::toNumber(value, slip.translationMm);
    else if (column == Column::SlipType)
        ok = CellValue::toEnum(value, slip.type);
    else
        ok = CellValue::toBool(value, slip.progression);
    if (!ok)
        return false;
    keepIfDocumented(slot, std::move(slip), [](const Spondylolisthesis& s) {
        return !s.grade && !s.translationMm && !s.type && !s.progression;
    });
    return true;
}

bool writeField(LevelFindings& f, Column column, const QVariant& value)
{
    switch (column) {
    case Column::CentralStenosis:
        return CellValue::toEnum(value, f.centralStenosis);
    case Column::LateralRecessLeft:
    case Column::LateralRecessRight:
        return writeSided(f.lateralRecessStenosis, column == Column::LateralRecessLeft, value);
    case Column::ForaminalLeft:
    case Column::ForaminalRight:
        return writeSided(f.foraminalStenosis, column == Column::ForaminalLeft, value);
    case Column::SlipGrade:
    case Column::SlipTranslationMm:
    case Column::SlipType:
    case Column::SlipProgression:
        return writeSlip(f.spondylolisthesis, column, value);
    case Column::DynamicTranslationMm:
        return CellValue::toNumber(value, f.dynamicTranslationMm);
    case Column::DynamicAngulationDeg:
        return CellValue::toNumber(value, f.dynamicAngulationDeg);
    case Column::DiscHeightLoss:
        return CellValue::toEnum(value, f.discHeightLoss);
    case Column::ModicChanges:
        return CellValue::toInteger(value, f.modicChanges, 0, 3);
    case Column::DiscHerniation:
        return CellValue::toEnum(value, f.discHerniation);
    case Column::FacetHypertrophy:
        return CellValue::toBool(value, f.facetHypertrophy);
    case Column::SynovialCyst:
        return CellValue::toBool(value, f.synovialCyst);
    case Column::ParsDefect:
        return CellValue::toBool(value, f.parsDefect);
    }
    return false;
}

} // namespace

ImagingLevelsModel::ImagingLevelsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImagingLevelsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLevelCount;
}

int ImagingLevelsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ImagingLevelsModel::editValue(Level level, Column column) const
{
    if (!m_levels)
        return {};
    const auto it = m_levels->constFind(level);
    return it == m_levels->constEnd() ? QVariant() : readField(*it, column);
}

QVariant ImagingLevelsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const auto column = static_cast<Column>(index.column());
    const Level level = levelAt(index.row());
    const QVariant value = editValue(level, column);
    const QString text = isNumberColumn(column) ? CellValue::numberText(value) : choicesFor(column).labelOf(value);
    const QString spoken =
        tr("%1, %2: %3")
            .arg(enumToString(level), columnNames(column).second, text.isEmpty() ? tr("not documented") : text);
    const QVariant plain = role == Qt::DisplayRole                                     ? QVariant(text)
                           : role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ? QVariant(spoken)
                                                                                       : QVariant();
    if (const auto marked = m_issues.decorate(index.row(), index.column(), role, plain))
        return *marked;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return plain;
    case Qt::EditRole:
        return value;
    case ChoiceLabelsRole:
        return isNumberColumn(column) ? QVariant() : QVariant(choicesFor(column).labels);
    case ChoiceValuesRole:
        return isNumberColumn(column) ? QVariant() : QVariant(choicesFor(column).values);
    default:
        return {};
    }
}

QVariant ImagingLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= kColumnCount)
            return {};
        const auto names = columnNames(static_cast<Column>(section));
        if (role == Qt::DisplayRole)
            return names.first;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return names.second;
        return {};
    }
    if (section < 0 || section >= kLevelCount)
        return {};
    const Level level = levelAt(section);
    const QString name = enumToString(level);
    // The format's "described": an entry exists exactly when something is documented at the level. Shown as
    // a filled or empty circle and said in words, like the completeness marks of the side list.
    const bool described = m_levels && m_levels->contains(level);
    switch (role) {
    case Qt::DisplayRole:
        return QString((described ? u"● "_s : u"○ "_s) + name);
    case Qt::ToolTipRole:
        return described ? tr("%1 is described in this study").arg(name)
                         : tr("%1 is not described: nothing is documented at this level in this study").arg(name);
    case Qt::AccessibleTextRole:
        return described ? tr("%1, described").arg(name) : tr("%1, not described").arg(name);
    default:
        return {};
    }
}

Qt::ItemFlags ImagingLevelsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ImagingLevelsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    const auto column = static_cast<Column>(index.column());
    const Level level = levelAt(index.row());
    QMap<Level, LevelFindings> levels = m_levels.value_or(QMap<Level, LevelFindings>{});
    LevelFindings findings = levels.value(level);
    if (!writeField(findings, column, value))
        return false;
    const QVariant before = editValue(level, column);
    if (documentsAnything(findings))
        levels.insert(level, findings);
    else
        levels.remove(level);
    const bool wasDescribed = m_levels && m_levels->contains(level);
    m_levels = levels.isEmpty() ? Levels() : Levels(levels);
    if (editValue(level, column) == before && wasDescribed == (m_levels && m_levels->contains(level)))
        return true;
    emit dataChanged(index, index);
    if (wasDescribed != (m_levels && m_levels->contains(level)))
        emit headerDataChanged(Qt::Vertical, index.row(), index.row());
    emit levelEdited(index);
    return true;
}

void ImagingLevelsModel::setLevels(const Levels& levels)
{
    beginResetModel();
    m_levels = levels;
    m_issues.clear();
    endResetModel();
}

void ImagingLevelsModel::setIssues(const ValidationIssues& issues, const QString& levelsPath)
{
    CellIssues marks;
    const QString prefix = levelsPath + QLatin1Char('.');
    for (const ValidationIssue& issue : issues) {
        if (!issue.path.startsWith(prefix))
            continue;
        const QString rest = issue.path.mid(prefix.size());
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        const std::optional<Level> level = enumFromString<Level>(dot < 0 ? rest : rest.left(dot));
        if (!level)
            continue;
        const std::optional<Column> column = dot < 0 ? Column::CentralStenosis : columnOf(rest.mid(dot + 1));
        marks.add(static_cast<int>(*level), static_cast<int>(column.value_or(Column::CentralStenosis)),
                  ResultTexts::phrase(issue.message));
    }
    if (marks == m_issues)
        return;
    m_issues = marks;
    emit dataChanged(index(0, 0), index(kLevelCount - 1, kColumnCount - 1));
}

QModelIndex ImagingLevelsModel::indexOf(Level level, Column column) const
{
    return index(static_cast<int>(level), static_cast<int>(column));
}

QString ImagingLevelsModel::fieldPath(Column column)
{
    switch (column) {
    case Column::CentralStenosis:
        return u"centralStenosis"_s;
    case Column::LateralRecessLeft:
        return u"lateralRecessStenosis.left"_s;
    case Column::LateralRecessRight:
        return u"lateralRecessStenosis.right"_s;
    case Column::ForaminalLeft:
        return u"foraminalStenosis.left"_s;
    case Column::ForaminalRight:
        return u"foraminalStenosis.right"_s;
    case Column::SlipGrade:
        return u"spondylolisthesis.grade"_s;
    case Column::SlipTranslationMm:
        return u"spondylolisthesis.translationMm"_s;
    case Column::SlipType:
        return u"spondylolisthesis.type"_s;
    case Column::SlipProgression:
        return u"spondylolisthesis.progression"_s;
    case Column::DynamicTranslationMm:
        return u"dynamicTranslationMm"_s;
    case Column::DynamicAngulationDeg:
        return u"dynamicAngulationDeg"_s;
    case Column::DiscHeightLoss:
        return u"discHeightLoss"_s;
    case Column::ModicChanges:
        return u"modicChanges"_s;
    case Column::DiscHerniation:
        return u"discHerniation"_s;
    case Column::FacetHypertrophy:
        return u"facetHypertrophy"_s;
    case Column::SynovialCyst:
        return u"synovialCyst"_s;
    case Column::ParsDefect:
        return u"parsDefect"_s;
    }
    return {};
}

std::optional<Column> ImagingLevelsModel::columnOf(const QString& fieldPath)
{
    for (int c = 0; c < kColumnCount; ++c) {
        const QString path = ImagingLevelsModel::fieldPath(static_cast<Column>(c));
        // A whole sub-object ("spondylolisthesis") goes to its first column.
        if (path == fieldPath || path.startsWith(fieldPath + QLatin1Char('.')) ||
            fieldPath.startsWith(path + QLatin1Char('.')))
            return static_cast<Column>(c);
    }
    return std::nullopt;
}

bool ImagingLevelsModel::documentsAnything(const LevelFindings& f)
{
    return f.centralStenosis || f.lateralRecessStenosis || f.foraminalStenosis || f.spondylolisthesis ||
           f.dynamicTranslationMm || f.dynamicAngulationDeg || f.discHeightLoss || f.modicChanges || f.discHerniation ||
           f.facetHypertrophy || f.synovialCyst || f.parsDefect || !f.extra.isEmpty();
}

} // namespace spinereview
