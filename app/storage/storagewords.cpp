// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storagewords.h"

#include <iterator>

namespace spinereview {

namespace {

struct Word
{
    const char* source;
    const char* comment;
};

// In the order of Component; each source is the component's enumToString, checked below, so the English
// messages read as they always have.
constexpr Word componentWords[] = {
    QT_TRANSLATE_NOOP3("StorageWords", "decompression", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "fusion", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "instrumentation", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "interbody", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "bone_marrow_aspirate", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "bmp", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "allograft", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "autograft", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "cement_augmentation", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "bone_growth_stimulator", "a requested component, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "inpatient_stay", "a requested component, inside a sentence"),
};

// In the order of ReviewStatus, each its enumToString.
constexpr Word reviewStatusWords[] = {
    QT_TRANSLATE_NOOP3("StorageWords", "draft", "a review's status, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "in_review", "a review's status, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "physician_advisor", "a review's status, inside a sentence"),
    QT_TRANSLATE_NOOP3("StorageWords", "determined", "a review's status, inside a sentence"),
};

constexpr bool sameText(const char* a, const char* b)
{
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

template <typename E, std::size_t N> constexpr bool spellsEnum(const Word (&words)[N])
{
    if (N != enumCount<E>())
        return false;
    for (std::size_t i = 0; i < N; ++i) {
        if (!sameText(words[i].source, EnumNames<E>::names[i]))
            return false;
    }
    return true;
}

static_assert(spellsEnum<Component>(componentWords), "one word per component, spelled as enumToString");
static_assert(spellsEnum<ReviewStatus>(reviewStatusWords), "one word per review status, spelled as enumToString");

} // namespace

QString StorageWords::component(Component component)
{
    const auto index = static_cast<std::size_t>(component);
    return index < std::size(componentWords) ? tr(componentWords[index].source, componentWords[index].comment)
                                             : enumToString(component);
}

QString StorageWords::status(Status status)
{
    // statusName's spelling.
    switch (status) {
    case Status::Met:
        return tr("met", "a determination, inside a sentence");
    case Status::NotMet:
        return tr("not_met", "a determination, inside a sentence");
    case Status::Incomplete:
        return tr("incomplete", "a determination, inside a sentence");
    }
    return statusName(status);
}

QString StorageWords::reviewStatus(ReviewStatus status)
{
    const auto index = static_cast<std::size_t>(status);
    return index < std::size(reviewStatusWords) ? tr(reviewStatusWords[index].source, reviewStatusWords[index].comment)
                                                : enumToString(status);
}

} // namespace spinereview
