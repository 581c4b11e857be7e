// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/enginephrases.h"

#include "core/case/caselabels.h"
#include "core/case/enumnames.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// What fills a placeholder of a phrase: kept as the core wrote it (a level, a number, a value of the file),
// translated as a phrase itself, or named as the desk names a component or a status.
enum class Arg { Raw, Phrase, Component, Status };

struct Phrase
{
    const char* source;
    Arg first = Arg::Raw;
    Arg second = Arg::Raw;
};

// Written exactly as the core writes them (app/core/facts, app/core/engine, app/core/case, app/core/json).
// %1 and %2 stand where the core inserts something; every other character must match.
const Phrase kPhrases[] = {
    // Records to request: app/core/facts/casefactderiver.cpp, conservativecare.cpp
    {QT_TRANSLATE_NOOP("EnginePhrases", "the symptom history (neurogenic claudication, radicular leg pain)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether back pain or leg pain predominates")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "documentation of how the symptoms limit daily activities or work")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a pain score (NRS or VAS)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an Oswestry Disability Index score")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the duration of the current symptoms")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the examination's findings on cauda equina syndrome")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the examination's findings on a progressive neurological deficit")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the examination's findings on infection")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the examination's findings on tumour")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the examination's findings on fracture")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a motor examination of roots L5 and S1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a motor examination of roots L3 and L4")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the root and MRC grade of each motor deficit (roots L5 and S1)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the root and MRC grade of each motor deficit (roots L3 and L4)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "electrodiagnostic studies (EMG/NCS)")},
    //: coronalCobbDeg is the case file's field: the coronal Cobb angle
    {QT_TRANSLATE_NOOP("EnginePhrases", "standing alignment films reporting coronalCobbDeg")},
    //: sagittalVerticalAxisCm is the case file's field: the sagittal vertical axis
    {QT_TRANSLATE_NOOP("EnginePhrases", "standing alignment films reporting sagittalVerticalAxisCm")},
    //: pelvicIncidenceMinusLordosisDeg is the case file's field: pelvic incidence minus lumbar lordosis
    {QT_TRANSLATE_NOOP("EnginePhrases", "standing alignment films reporting pelvicIncidenceMinusLordosisDeg")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a cotinine test in the weeks before surgery")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the patient's nicotine use (never, former, current)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the date nicotine use stopped")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether the patient has diabetes")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a recent HbA1c")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the patient's BMI")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a bone density study (DEXA T-score)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "vertebral Hounsfield units on CT")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether osteoporosis is diagnosed")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "chronic steroid use")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether the patient has renal disease")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "alcohol use history")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "pregnancy status")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the patient's age")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the interbody technique")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the surgical approach")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether the fusion includes a posterolateral graft bed")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the autograft source")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether autograft is unavailable or insufficient")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "whether the aspirate is mixed with iliac-crest autograft")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "contraindications to rhBMP-2")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the requested setting")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the surgeon's expected stay")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the criteria set's effective date")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "documented reasons for an inpatient stay")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "conservative-therapy records (each modality with its dates and response)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the response to physical therapy (progress or discharge notes)")},
    // Records to request at a level (%1 is the level, L5-S1): app/core/facts/levelfactderiver.cpp
    {QT_TRANSLATE_NOOP("EnginePhrases", "the surgical history (prior lumbar operations with levels and dates)")},
    //: %1 is a number of months
    {QT_TRANSLATE_NOOP("EnginePhrases", "a current MRI or CT (within %1 months)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an MRI or CT report addressing %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a graded report of stenosis at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the date of the prior operation at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an MRI or CT of %1 after the prior operation")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the type of the spondylolisthesis at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "serial films showing whether the slip at %1 progressed")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "flexion–extension radiographs of %1 (translation in mm)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "imaging of the pars interarticularis at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the Modic classification at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the disc height at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "imaging assessment of the prior fusion at %1 (solid or not)")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the date of the prior fusion at %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases",
                       "the operative note of the prior decompression at %1 (share of each facet removed)")},
    {QT_TRANSLATE_NOOP("EnginePhrases",
                       "the surgeon's operative plan for %1 (share of each facet to be removed, pars removal)")},
    //: %1 is a requested component (Fusion, rhBMP-2, …)
    {QT_TRANSLATE_NOOP("EnginePhrases", "physician review: the criteria set has no rule for %1"), Arg::Component},
    // Notes on how a fact's value was reached
    {QT_TRANSLATE_NOOP("EnginePhrases", "another deficit's root or grade is not documented; it may be weaker")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an episode resolved or improved the symptoms")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "zones the report leaves ungraded are taken as none")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "the documented root findings point to another level")},
    // The engine's remarks on a criterion: app/core/engine/treeevaluator.cpp
    //: %1 is a component (Fusion, rhBMP-2, …), %2 a level (L5-S1)
    {QT_TRANSLATE_NOOP("EnginePhrases", "%1 is not requested at %2"), Arg::Component},
    //: %1 is a component (Fusion, rhBMP-2, …)
    {QT_TRANSLATE_NOOP("EnginePhrases", "%1 is not requested"), Arg::Component},
    //: %1 is a status: met, not met or incomplete
    {QT_TRANSLATE_NOOP("EnginePhrases", "counted as met: the criterion asks for %1"), Arg::Status},
    // Problems in a case file: app/core/case, app/core/json. Field names and values of the file stay as written.
    //: %1 and %2 are dates
    {QT_TRANSLATE_NOOP("EnginePhrases", "end %1 is before start %2")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "component %1 is not listed in request.components")},
    //: %1 is a level, %2 the levels the request lists
    {QT_TRANSLATE_NOOP("EnginePhrases", "level %1 is not one of request.levels (%2)")},
    //: %1 is what the format expects (“a number from 0 to 10”), %2 what the file holds
    {QT_TRANSLATE_NOOP("EnginePhrases", "expected %1; found %2"), Arg::Phrase, Arg::Phrase},
    //: %1 is the name of the case format
    {QT_TRANSLATE_NOOP("EnginePhrases", "expected \"%1\"; found %2"), Arg::Raw, Arg::Phrase},
    {QT_TRANSLATE_NOOP("EnginePhrases", "required field is missing; found null")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "required field is missing")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "must not be empty")},
    //: %1 is the system's reason
    {QT_TRANSLATE_NOOP("EnginePhrases", "cannot open the file: %1")},
    //: %1 is the parser's reason, %2 a number
    {QT_TRANSLATE_NOOP("EnginePhrases", "malformed JSON: %1 at byte offset %2")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "expected a JSON object at the top level; found an array")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a raw byte-order mark (U+FEFF) at byte offset %1: the JSON parser would "
                                        "drop it and lose the member it starts; write it as \\ufeff")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a boolean")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a string")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer that fits in 32 bits")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a calendar date YYYY-MM-DD")},
    {QT_TRANSLATE_NOOP("EnginePhrases",
                       "an ISO 8601 date-time with a zone (Z or ±hh:mm), e.g. 2025-09-10T08:30:00-04:00")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an object")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an array")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "nothing")},
    //: %1 lists the values the format allows, as the file writes them
    {QT_TRANSLATE_NOOP("EnginePhrases", "one of %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a number")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer from %1 to %2")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a number from %1 to %2")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer greater than %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a number greater than %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer of at least %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a number of at least %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "an integer of at most %1")},
    {QT_TRANSLATE_NOOP("EnginePhrases", "a number of at most %1")},
};

// A phrase split at its placeholders: the literal pieces around them, in order.
struct Pattern
{
    const Phrase* phrase;
    QStringList pieces;
    qsizetype literalLength = 0;
};

struct Book
{
    QHash<QString, const Phrase*> exact;
    std::vector<Pattern> patterns; // the most literal text first, so the most specific phrase wins
};

const Book& book()
{
    static const Book built = [] {
        Book b;
        for (const Phrase& phrase : kPhrases) {
            const QString source = QString::fromUtf8(phrase.source);
            if (!source.contains(u'%')) {
                b.exact.insert(source, &phrase);
                continue;
            }
            Pattern pattern{&phrase, {}, 0};
            qsizetype at = 0;
            for (QStringView placeholder : {u"%1", u"%2"}) {
                const qsizetype found = source.indexOf(placeholder, at);
                if (found < 0)
                    break;
                pattern.pieces.append(source.mid(at, found - at));
                at = found + placeholder.size();
            }
            pattern.pieces.append(source.mid(at));
            for (const QString& piece : pattern.pieces)
                pattern.literalLength += piece.size();
            b.patterns.push_back(std::move(pattern));
        }
        std::stable_sort(b.patterns.begin(), b.patterns.end(),
                         [](const Pattern& a, const Pattern& c) { return a.literalLength > c.literalLength; });
        return b;
    }();
    return built;
}

// The values in `text` where `pattern` has placeholders, or nothing when `text` is not this phrase.
std::optional<QStringList> match(const Pattern& pattern, const QString& text)
{
    const QStringList& pieces = pattern.pieces;
    if (!text.startsWith(pieces.first()) || !text.endsWith(pieces.last()) ||
        text.size() <= pieces.first().size() + pieces.last().size())
        return std::nullopt;
    QStringList values;
    qsizetype at = pieces.first().size();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        const qsizetype next = last ? text.size() - pieces.last().size() : text.indexOf(pieces.at(i), at + 1);
        if (next <= at)
            return std::nullopt;
        values.append(text.mid(at, next - at));
        at = next + pieces.at(i).size();
    }
    return values;
}

QString argument(const QString& value, Arg kind)
{
    switch (kind) {
    case Arg::Raw:
        return value;
    case Arg::Phrase:
        return EnginePhrases::translate(value);
    case Arg::Component: {
        const auto component = enumFromString<Component>(value);
        return component ? CaseLabels::component(*component) : value;
    }
    case Arg::Status: {
        const auto status = statusFromName(value);
        return status ? EnginePhrases::statusInSentence(*status) : value;
    }
    }
    return value;
}

} // namespace

QString EnginePhrases::translate(const QString& english)
{
    if (english.isEmpty())
        return english;
    const Book& phrases = book();
    if (const auto found = phrases.exact.constFind(english); found != phrases.exact.cend())
        return tr((*found)->source);
    for (const Pattern& pattern : phrases.patterns) {
        const auto values = match(pattern, english);
        if (!values)
            continue;
        const QString translated = tr(pattern.phrase->source);
        const QString first = argument(values->at(0), pattern.phrase->first);
        return values->size() == 1 ? translated.arg(first)
                                   : translated.arg(first, argument(values->at(1), pattern.phrase->second));
    }
    return english;
}

bool EnginePhrases::knows(const QString& english)
{
    const Book& phrases = book();
    return phrases.exact.contains(english) ||
           std::any_of(phrases.patterns.cbegin(), phrases.patterns.cend(),
                       [&english](const Pattern& pattern) { return match(pattern, english).has_value(); });
}

QString EnginePhrases::statusInSentence(Status status)
{
    switch (status) {
    case Status::Met:
        return tr("met", "a status inside a sentence");
    case Status::NotMet:
        return tr("not met", "a status inside a sentence");
    case Status::Incomplete:
        return tr("incomplete", "a status inside a sentence");
    }
    return {};
}

} // namespace spinereview
