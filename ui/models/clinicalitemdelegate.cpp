// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/clinicalitemdelegate.h"

#include "models/clinicallistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <cmath>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

using Kind = ClinicalListModel::ColumnSpec::Kind;

// A date edit cannot be empty; its minimum date stands for "not documented" and shows as words. No outcome
// is measured on that day.
const QDate undocumentedDate(1900, 1, 1);

const ClinicalListModel::ColumnSpec* specOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const ClinicalListModel*>(index.model());
    return model ? &model->columnSpec(index.column()) : nullptr;
}

} // namespace

ClinicalItemDelegate::ClinicalItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* ClinicalItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    const auto* spec = specOf(index);
    if (!spec)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QString accessibleName = spec->title;
    QWidget* editor = nullptr;
    switch (spec->kind) {
    case Kind::Choice: {
        auto* box = new QComboBox(parent);
        box->addItem(tr("Not documented"));
        for (qsizetype i = 0; i < spec->names.size(); ++i)
            box->addItem(spec->labels.value(i, spec->names.at(i)), spec->names.at(i));
        editor = box;
        break;
    }
    case Kind::Integer: {
        // One step below the range is the "not documented" value.
        auto* box = new QSpinBox(parent);
        box->setRange(static_cast<int>(spec->minimum) - 1, static_cast<int>(spec->maximum));
        box->setSpecialValueText(tr("Not documented"));
        editor = box;
        break;
    }
    case Kind::Number: {
        auto* box = new QDoubleSpinBox(parent);
        box->setLocale(QLocale::c());
        box->setDecimals(spec->decimals);
        box->setRange(spec->minimum - 1, spec->maximum);
        box->setSpecialValueText(tr("Not documented"));
        editor = box;
        break;
    }
    case Kind::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(undocumentedDate);
        edit->setSpecialValueText(tr("Not documented"));
        editor = edit;
        break;
    }
    }
    editor->setAccessibleName(accessibleName);
    return editor;
}

void ClinicalItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const auto* spec = specOf(index);
    if (!spec) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(value.isValid() ? std::max(0, box->findData(value.toString())) : 0);
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.isValid() ? value.toInt() : spin->minimum());
    else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(editor))
        doubleSpin->setValue(value.isValid() ? value.toDouble() : doubleSpin->minimum());
    else if (auto* dateEdit = qobject_cast<QDateEdit*>(editor))
        dateEdit->setDate(value.isValid() ? value.toDate() : undocumentedDate);
}

void ClinicalItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (!specOf(index)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QVariant value;
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        value = box->currentData();
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        if (spin->value() != spin->minimum())
            value = spin->value();
    } else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(editor)) {
        doubleSpin->interpretText();
        if (doubleSpin->value() != doubleSpin->minimum())
            value = doubleSpin->value();
    } else if (auto* dateEdit = qobject_cast<QDateEdit*>(editor)) {
        dateEdit->interpretText();
        if (dateEdit->date() != undocumentedDate)
            value = dateEdit->date();
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace spinereview
