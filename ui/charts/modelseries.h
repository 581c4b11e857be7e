// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QChart;
class QObject;
class QSortFilterProxyModel;
class QXYSeries;

namespace spinereview::ModelSeries {

// The rows of `model` whose `column` holds a value. An empty cell is an invalid QVariant, whose text is empty,
// so a series fed from these rows leaves it out instead of drawing it at 0.
QSortFilterProxyModel* rowsWithValue(QAbstractItemModel* model, int column, QObject* parent);

// Feeds `series` its points from `model` — x from one column, y from another, a point a row — through a
// QVXYModelMapper the series owns, and adds the series to `chart`.
void feed(QXYSeries* series, QAbstractItemModel* model, int xColumn, int yColumn, QChart* chart);

} // namespace spinereview::ModelSeries
