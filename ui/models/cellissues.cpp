// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cellissues.h"

#include "models/cellroles.h"
#include "theme/palettecolours.h"

#include <QGuiApplication>

namespace spinereview {

void CellIssues::add(int row, int column, const QString& message)
{
    QString& text = m_messages[{row, column}];
    text = text.isEmpty() ? message : text + QLatin1Char('\n') + message;
}

std::optional<QVariant> CellIssues::decorate(int row, int column, int role, const QVariant& plain) const
{
    const auto it = m_messages.constFind({row, column});
    if (it == m_messages.constEnd())
        return std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return QVariant(QString(issuePrefix() + plain.toString()));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString text = plain.toString();
        const QString marked = issuePrefix() + *it;
        return QVariant(text.isEmpty() ? marked : QString(text + QLatin1Char('\n') + marked));
    }
    case Qt::ForegroundRole:
        return PaletteColours::issueText(QGuiApplication::palette());
    default:
        return std::nullopt;
    }
}

} // namespace spinereview
