// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace spinereview {

// Validation messages attached to the cells of a table model. A marked cell shows a "⚠" before its text, red
// text and the message as its tooltip and in its accessible text, so the mark never rests on colour alone.
class CellIssues
{
public:
    void clear() { m_messages.clear(); }
    void add(int row, int column, const QString& message);
    QString message(int row, int column) const { return m_messages.value({row, column}); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    bool operator==(const CellIssues& other) const { return m_messages == other.m_messages; }
    bool operator!=(const CellIssues& other) const { return !(*this == other); }

    // What a marked cell shows for `role`, given what it shows unmarked; nullopt when the cell has no issue
    // or the role is not one the mark changes.
    std::optional<QVariant> decorate(int row, int column, int role, const QVariant& plain) const;

private:
    QMap<std::pair<int, int>, QString> m_messages;
};

} // namespace spinereview
