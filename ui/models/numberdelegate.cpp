// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/numberdelegate.h"

#include "models/cellvalue.h"

#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// An empty text is a valid answer here ("not documented"); QDoubleValidator alone would hold it intermediate
// and the delegate would refuse to commit it.
class OptionalNumberValidator final : public QDoubleValidator
{
public:
    using QDoubleValidator::QDoubleValidator;

    State validate(QString& input, int& position) const override
    {
        return input.isEmpty() ? Acceptable : QDoubleValidator::validate(input, position);
    }
};

} // namespace

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_decimals(decimals)
{}

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(u"cellNumber"_s);
    auto* validator = new OptionalNumberValidator(m_minimum, m_maximum, m_decimals, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(QLocale::c());
    edit->setValidator(validator);
    edit->setPlaceholderText(tr("not documented"));
    edit->setToolTip(tr("From %1 to %2; leave empty when not documented").arg(m_minimum).arg(m_maximum));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return edit;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return;
    edit->setText(CellValue::numberText(index.data(Qt::EditRole)));
    edit->selectAll();
}

void NumberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit || !edit->hasAcceptableInput())
        return;
    const QString text = edit->text();
    if (text.isEmpty()) {
        model->setData(index, QVariant(), Qt::EditRole);
        return;
    }
    const double number = QLocale::c().toDouble(text);
    model->setData(index, m_decimals == 0 ? QVariant(qRound(number)) : QVariant(number), Qt::EditRole);
}

} // namespace spinereview
