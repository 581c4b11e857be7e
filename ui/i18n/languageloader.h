// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QSettings;

namespace spinereview {

// Chooses the desk's language and installs its translations: SpineReview's own, embedded under :/i18n, and
// Qt's for its standard dialogs and buttons (qtbase_<language>.qm from QLibraryInfo::TranslationsPath, Debian's
// qt6-translations-l10n). The language is the setting ui/language when it names one, else the system's.
// Translations are installed once, before the window is built; a change of the setting applies at the next
// start. The command line installs none: its output stays English.
class LanguageLoader final
{
    Q_DISABLE_COPY_MOVE(LanguageLoader)

public:
    // The setting: "" follows the system, "en", "es" or "fr" chooses.
    static constexpr char settingKey[] = "ui/language";

    // The languages the desk speaks, by their ISO 639-1 code; English first, the language of the sources.
    static QStringList languages();
    // What the setting asks for: one of languages(), or "" to follow the system (also for an unknown value).
    static QString setting(const QSettings& settings);
    // The language to speak for a setting and the system's locale: the setting when it names one, else the
    // system's language when the desk speaks it, else English.
    static QString resolve(const QString& setting, const QLocale& system);
    // The language to speak at this start: resolve(setting(settings), QLocale::system()).
    static QString chosen(const QSettings& settings);

    LanguageLoader() = default;
    ~LanguageLoader();

    // Installs the translations of `language` in the running application, replacing any this loader installed.
    // English needs none. False when SpineReview's translation for `language` is missing: the desk stays
    // English. A language other than the system's also becomes the default locale, so numbers and dates in
    // the window follow the words.
    bool install(const QString& language);
    // The language installed: "en" until install() succeeds for another.
    QString language() const { return m_language; }

private:
    void remove();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
    bool m_localeChanged = false;
};

} // namespace spinereview
