// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/spinecase.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace spinereview {

class CaseDocument;

// A table over one optional list of the case (outcome scores, motor deficits, …), edited in place. The list
// may be absent (not documented) or documented and empty, and the model keeps the two apart: isDocumented()
// and setDocumented(). Every change goes through CaseDocument::edit() with the JSON path of the cell as its
// origin. Qt::EditRole holds the JSON value (a name, a number, a date) and an invalid QVariant for "not
// documented"; the horizontal header's Qt::UserRole holds each column's JSON member name.
class ClinicalListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClinicalListModel)

public:
    // How a column is edited: the delegate builds its editor from this, the model checks values against it.
    struct ColumnSpec
    {
        enum class Kind { Choice, Integer, Number, Date };
        Kind kind = Kind::Choice;
        QString key;
        QString title;
        QStringList names;  // Choice: JSON names
        QStringList labels; // Choice: what people read, parallel to names
        double minimum = 0;
        double maximum = 0;
        int decimals = 0;
    };

    ClinicalListModel(CaseDocument& document, const QString& path, QObject* parent = nullptr);

    QString path() const { return m_path; }
    const ColumnSpec& columnSpec(int column) const { return m_columns.at(column); }
    bool isDocumented() const { return m_documented; }
    // Documented makes an absent list empty; not documented removes the list with every row in it.
    void setDocumented(bool documented);
    // Reads the list from the document again (the case was replaced or edited elsewhere).
    void reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

signals:
    void documentedChanged(bool documented);

protected:
    void setColumns(const QList<ColumnSpec>& columns) { m_columns = columns; }
    static ColumnSpec choice(const QString& key, const QString& title, const QStringList& names,
                             const QStringList& labels);
    static ColumnSpec range(ColumnSpec::Kind kind, const QString& key, const QString& title, double minimum,
                            double maximum, int decimals = 0);

    // Cell values to and from the model's optionals.
    template <typename E> static QVariant fromEnum(const std::optional<E>& value)
    {
        return value ? QVariant(enumToString(*value)) : QVariant();
    }
    template <typename E> static std::optional<E> toEnum(const QVariant& value)
    {
        return value.isValid() ? enumFromString<E>(value.toString()) : std::nullopt;
    }
    template <typename T> static QVariant fromOptional(const std::optional<T>& value)
    {
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    static std::optional<int> toInteger(const QVariant& value)
    {
        return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
    }
    static std::optional<double> toNumber(const QVariant& value)
    {
        return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
    }
    CaseDocument& document() const { return m_document; }

    // The list's length in `c`, or -1 when the list is absent.
    virtual qsizetype entryCount(const SpineCase& c) const = 0;
    // Makes the list present and empty, or absent.
    virtual void setListPresent(SpineCase& c, bool present) const = 0;
    // Inserts `count` blank entries at `row` (the list is present).
    virtual void insertEntries(SpineCase& c, int row, int count) const = 0;
    virtual void removeEntries(SpineCase& c, int row, int count) const = 0;
    // The JSON value of one cell, an invalid QVariant when not documented; `row` is within the list.
    virtual QVariant entryValue(const SpineCase& c, int row, int column) const = 0;
    // Writes one checked value (invalid = not documented) into the entry at `row`.
    virtual void setEntryValue(SpineCase& c, int row, int column, const QVariant& value) const = 0;

private:
    QString displayText(int column, const QVariant& value) const;
    bool isAcceptable(int column, const QVariant& value) const;

    CaseDocument& m_document;
    QString m_path;
    QList<ColumnSpec> m_columns;
    int m_rowCount = 0;
    bool m_documented = false;
};

} // namespace spinereview
