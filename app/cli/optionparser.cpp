// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/optionparser.h"

namespace spinereview {

using namespace Qt::StringLiterals;

OptionParser::OptionParser(QSet<QString> valueOptions, QSet<QString> flags)
    : m_valueOptions(std::move(valueOptions))
    , m_flags(std::move(flags))
{}

bool OptionParser::parse(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith("--"_L1) || argument == "--"_L1) {
            m_positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (m_flags.contains(name) && !inlineValue) {
            m_values.insert(name, u"true"_s);
        } else if (m_valueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= arguments.size()) {
                m_error = u"option --%1 needs a value"_s.arg(name);
                return false;
            }
            m_values.insert(name, inlineValue ? *inlineValue : arguments[++i]);
        } else {
            m_error = u"unknown option \"%1\""_s.arg(argument);
            return false;
        }
    }
    return true;
}

} // namespace spinereview
