// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemenu.h"

#include "i18n/languageloader.h"

#include <QActionGroup>
#include <QSettings>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {

// Each language in itself, untranslated on purpose; the mnemonics differ from each other and from the
// system entry's in every language the desk speaks.
QString endonym(const QString& language)
{
    if (language == "es"_L1)
        return u"E&spañol"_s;
    if (language == "fr"_L1)
        return u"&Français"_s;
    return u"&English"_s;
}

QString plainEndonym(const QString& language)
{
    return endonym(language).remove(u'&');
}

} // namespace

LanguageMenu::LanguageMenu(QSettings& settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"menuLanguage"_s);
    const QString current = LanguageLoader::setting(settings);
    const QString system = LanguageLoader::resolve(QString(), QLocale::system());
    QAction* follow = addAction(tr("&Use the system's language (%1)").arg(plainEndonym(system)));
    follow->setObjectName(u"actionLanguageSystem"_s);
    follow->setData(QString());
    addSeparator();
    QList<QAction*> choices{follow};
    for (const QString& language : LanguageLoader::languages()) {
        QAction* action = addAction(endonym(language));
        action->setObjectName(u"actionLanguage_"_s + language);
        action->setData(language);
        choices.append(action);
    }
    for (QAction* action : std::as_const(choices)) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
        action->setToolTip(restartNotice());
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { choose(action->data().toString()); });
    }
    addSeparator();
    QAction* notice = addAction(tr("Applies at the next start"));
    notice->setObjectName(u"actionLanguageNotice"_s);
    notice->setEnabled(false);
}

QString LanguageMenu::restartNotice()
{
    return tr("The language changes the next time SpineReview starts.");
}

void LanguageMenu::choose(const QString& language)
{
    m_settings.setValue(QLatin1StringView(LanguageLoader::settingKey), language);
    emit languageChosen(language);
}

} // namespace spinereview
