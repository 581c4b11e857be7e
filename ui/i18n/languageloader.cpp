// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace spinereview {

using namespace Qt::StringLiterals;

QStringList LanguageLoader::languages()
{
    return {u"en"_s, u"es"_s, u"fr"_s};
}

QString LanguageLoader::setting(const QSettings& settings)
{
    const QString value = settings.value(QLatin1StringView(settingKey)).toString().trimmed().toLower();
    return languages().contains(value) ? value : QString();
}

QString LanguageLoader::resolve(const QString& setting, const QLocale& system)
{
    if (languages().contains(setting))
        return setting;
    // QLocale names the language, not the country: es_MX and fr_CA read the same translations.
    const QString language = QLocale::languageToCode(system.language(), QLocale::ISO639Part1);
    return languages().contains(language) ? language : u"en"_s;
}

QString LanguageLoader::chosen(const QSettings& settings)
{
    return resolve(setting(settings), QLocale::system());
}

LanguageLoader::~LanguageLoader()
{
    remove();
}

void LanguageLoader::remove()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_localeChanged)
        QLocale::setDefault(QLocale::system());
    m_localeChanged = false;
    m_language = u"en"_s;
}

bool LanguageLoader::install(const QString& language)
{
    remove();
    if (language == "en"_L1 || !languages().contains(language))
        return language == "en"_L1;
    if (!m_app.load(u":/i18n/spinereview_"_s + language + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(&m_app);
    // Qt's own words (OK, Cancel, the file dialog) where the system has them; the desk's words do not need them.
    if (m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    const QLocale locale(QLocale::codeToLanguage(language, QLocale::ISO639Part1));
    if (QLocale::system().language() != locale.language()) {
        QLocale::setDefault(locale);
        m_localeChanged = true;
    }
    m_language = language;
    return true;
}

} // namespace spinereview
