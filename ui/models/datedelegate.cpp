// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datedelegate.h"

#include <QDate>
#include <QLineEdit>
#include <QValidator>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Accepts an empty text or a real ISO date; a prefix of one ("2025-0") is intermediate while typing.
class IsoDateValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString& input, int& /*position*/) const override
    {
        if (input.isEmpty())
            return Acceptable;
        static const QString pattern = u"0000-00-00"_s;
        if (input.size() > pattern.size())
            return Invalid;
        for (qsizetype i = 0; i < input.size(); ++i) {
            const bool digitWanted = pattern.at(i) == QLatin1Char('0');
            if (digitWanted != input.at(i).isDigit())
                return Invalid;
        }
        if (input.size() < pattern.size())
            return Intermediate;
        return QDate::fromString(input, Qt::ISODate).isValid() ? Acceptable : Intermediate;
    }
};

} // namespace

DateDelegate::DateDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                    const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(u"cellDate"_s);
    edit->setValidator(new IsoDateValidator(edit));
    edit->setPlaceholderText(tr("yyyy-mm-dd"));
    edit->setToolTip(tr("A date as yyyy-mm-dd; leave empty when not documented"));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return edit;
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return;
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    edit->selectAll();
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit || !edit->hasAcceptableInput())
        return; // a half-typed date leaves the cell as it was
    const QString text = edit->text();
    model->setData(index, text.isEmpty() ? QVariant() : QVariant(QDate::fromString(text, Qt::ISODate)), Qt::EditRole);
}

} // namespace spinereview
