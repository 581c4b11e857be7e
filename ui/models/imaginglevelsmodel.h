// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"
#include "core/json/validationissue.h"
#include "models/cellissues.h"

#include <QAbstractTableModel>

#include <optional>

namespace spinereview {

// The per-level findings of one imaging study as a grid: the five lumbar levels (rows) by the findings of the
// format's per-level table (columns). A level with nothing documented has no entry in `levels` — the format's
// "the study does not describe this level" — and a cell set back to "not documented" removes what it held.
class ImagingLevelsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagingLevelsModel)

public:
    enum class Column {
        CentralStenosis,
        LateralRecessLeft,
        LateralRecessRight,
        ForaminalLeft,
        ForaminalRight,
        SlipGrade,
        SlipTranslationMm,
        SlipType,
        SlipProgression,
        DynamicTranslationMm,
        DynamicAngulationDeg,
        DiscHeightLoss,
        ModicChanges,
        DiscHerniation,
        FacetHypertrophy,
        SynovialCyst,
        ParsDefect,
    };
    static constexpr int kColumnCount = static_cast<int>(Column::ParsDefect) + 1;
    using Levels = std::optional<QMap<Level, LevelFindings>>;

    explicit ImagingLevelsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Shows another study's levels (a model reset); emits no levelEdited().
    void setLevels(const Levels& levels);
    const Levels& levels() const { return m_levels; }
    // Marks the cells named by issues under `levelsPath` (the study's "imaging[0].levels").
    void setIssues(const ValidationIssues& issues, const QString& levelsPath);

    QModelIndex indexOf(Level level, Column column) const;
    static Level levelAt(int row) { return static_cast<Level>(row); }
    // The member path of a column inside a level's object: "centralStenosis", "lateralRecessStenosis.left".
    static QString fieldPath(Column column);
    // The column showing a member path, or the nearest one ("spondylolisthesis" → the slip grade).
    static std::optional<Column> columnOf(const QString& fieldPath);
    // Whether an entry documents anything, i.e. whether the format counts the level as described.
    static bool documentsAnything(const LevelFindings& findings);

signals:
    // The reviewer changed the cell; levels() holds the result.
    void levelEdited(const QModelIndex& index);

private:
    QVariant editValue(Level level, Column column) const;

    Levels m_levels;
    CellIssues m_issues;
};

} // namespace spinereview
