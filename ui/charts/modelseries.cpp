// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/modelseries.h"

#include <QChart>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVXYModelMapper>
#include <QXYSeries>

namespace spinereview::ModelSeries {

QSortFilterProxyModel* rowsWithValue(QAbstractItemModel* model, int column, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(column);
    proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral(".")));
    return proxy;
}

void feed(QXYSeries* series, QAbstractItemModel* model, int xColumn, int yColumn, QChart* chart)
{
    auto* mapper = new QVXYModelMapper(series);
    mapper->setXColumn(xColumn);
    mapper->setYColumn(yColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
}

} // namespace spinereview::ModelSeries
