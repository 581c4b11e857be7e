// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace spinereview {

// Edits a number cell within the format's range; an empty cell is "not documented", never 0. Numbers are
// typed as the case file writes them (a point for decimals) whatever the locale.
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDelegate)

public:
    // `decimals` 0 makes whole numbers (sessions, grades).
    NumberDelegate(double minimum, double maximum, int decimals, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
};

} // namespace spinereview
