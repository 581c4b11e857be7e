// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QStringList>

namespace spinereview {

// A subcommand's arguments split into options and positional arguments. Options take a value
// (`--format json` or `--format=json`) unless declared as flags; anything else starting with `-` is an
// error, reported rather than ignored.
class OptionParser
{
public:
    OptionParser(QSet<QString> valueOptions, QSet<QString> flags);

    bool parse(const QStringList& arguments);

    QString error() const { return m_error; }
    QStringList positional() const { return m_positional; }
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }

private:
    QSet<QString> m_valueOptions;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace spinereview
