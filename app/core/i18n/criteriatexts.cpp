// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/criteriatexts.h"

#include <QCoreApplication>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "criteria";

QString lookUp(const QString& english, const QString& key)
{
    if (english.isEmpty())
        return english;
    const QByteArray source = english.toUtf8();
    const QByteArray disambiguation = key.toUtf8();
    return QCoreApplication::translate(kContext, source.constData(), disambiguation.constData());
}

// Whether `listed` is `pattern` with each `placeholder` replaced by some text; the replacements in order.
std::optional<QStringList> fill(const QString& pattern, QStringView placeholder, const QString& listed)
{
    const QStringList pieces = pattern.split(placeholder.toString());
    if (pieces.size() == 1)
        return pattern == listed ? std::optional<QStringList>(QStringList()) : std::nullopt;
    if (!listed.startsWith(pieces.first()) || !listed.endsWith(pieces.last()))
        return std::nullopt;
    QStringList values;
    qsizetype at = pieces.first().size();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        const qsizetype next = last ? listed.size() - pieces.last().size() : listed.indexOf(pieces.at(i), at);
        if (next < at)
            return std::nullopt;
        values.append(listed.mid(at, next - at));
        at = next + pieces.at(i).size();
    }
    return values;
}

QString refill(QString translated, QStringView placeholder, const QStringList& values)
{
    for (const QString& value : values) {
        const qsizetype at = translated.indexOf(placeholder);
        if (at < 0)
            break;
        translated.replace(at, placeholder.size(), value);
    }
    return translated;
}

} // namespace

QString CriteriaTexts::withLevel(QString text, const std::optional<Level>& level)
{
    if (level)
        text.replace(u"{level}"_s, enumToString(*level));
    return text;
}

QString CriteriaTexts::text(const CriterionNode& node, const std::optional<Level>& level)
{
    return withLevel(lookUp(node.text, node.id + u"|text"_s), level);
}

QString CriteriaTexts::ask(const CriterionNode& node, const std::optional<Level>& level)
{
    return withLevel(lookUp(node.ask, node.id + u"|ask"_s), level);
}

QString CriteriaTexts::note(const CriterionNode& node)
{
    return lookUp(node.note, node.id + u"|note"_s);
}

QString CriteriaTexts::caution(const Caution& caution)
{
    return lookUp(caution.text, caution.id + u"|text"_s);
}

QString CriteriaTexts::title(const CriteriaSetInfo& info)
{
    return lookUp(info.title, u"set:"_s + info.id + u"|title"_s);
}

QString CriteriaTexts::label(const CriteriaSetInfo& info)
{
    return lookUp(info.label, u"set:"_s + info.id + u"|label"_s);
}

QString CriteriaTexts::listedCaution(const CriteriaSet* set, const QString& english)
{
    if (!set)
        return english;
    for (const Caution& caution : set->cautions) {
        for (QStringView placeholder : {u"{levels}", u"{level}"}) {
            if (const auto values = fill(caution.text, placeholder, english))
                return refill(CriteriaTexts::caution(caution), placeholder, *values);
        }
    }
    return english;
}

QString CriteriaTexts::listedAsk(const CriteriaSet* set, const QString& english)
{
    if (!set)
        return {};
    for (const CriterionNode& node : set->nodes) {
        if (node.ask.isEmpty())
            continue;
        if (const auto values = fill(node.ask, u"{level}", english))
            return refill(lookUp(node.ask, node.id + u"|ask"_s), u"{level}", *values);
    }
    return {};
}

} // namespace spinereview
