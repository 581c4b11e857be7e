// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/criteria/criteriaset.h"

#include <QString>

#include <optional>

namespace spinereview {

// The criteria files' reviewer-facing texts in the installed language. A translation is looked up by the
// criterion's id and field with the file's English as the source text (context "criteria", disambiguation
// "<id>|text"; see cmake/GenerateCriteriaStrings.cmake), so it applies only while the English is what the file
// still says; otherwise, and for a set without translations, the file's English is shown. The files and their
// hashes are never touched.
class CriteriaTexts
{
public:
    // The statement, with {level} filled in when a level is given.
    static QString text(const CriterionNode& node, const std::optional<Level>& level = std::nullopt);
    // The documentation to request when the criterion is incomplete, {level} filled in.
    static QString ask(const CriterionNode& node, const std::optional<Level>& level = std::nullopt);
    static QString note(const CriterionNode& node);
    // The caution's text with {level} and {levels} still in it.
    static QString caution(const Caution& caution);
    static QString title(const CriteriaSetInfo& info);
    static QString label(const CriteriaSetInfo& info);

    // A caution as the engine listed it (ComponentOutcome::cautions, levels filled in), in the desk's language;
    // the English when no caution of `set` reads like it.
    static QString listedCaution(const CriteriaSet* set, const QString& english);
    // A record as the engine listed it (ComponentOutcome::missing): a criterion's `ask` of `set`, levels filled
    // in, in the desk's language; an empty string when no `ask` of `set` reads like it.
    static QString listedAsk(const CriteriaSet* set, const QString& english);

    // `text` with `{level}` replaced, as the engine fills it in.
    static QString withLevel(QString text, const std::optional<Level>& level);
};

} // namespace spinereview
