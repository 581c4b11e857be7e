// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

namespace spinereview {

// View → Language: the system's language, or English, Español, Français, each named in itself so a reader
// finds their own whatever the desk speaks. The choice is saved in the setting ui/language
// (LanguageLoader::settingKey) and applies at the next start, as the menu says.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QSettings& settings, QWidget* parent = nullptr);

    // "The language changes the next time SpineReview starts." — for a status bar after a choice.
    static QString restartNotice();

signals:
    // A language was chosen: "en", "es", "fr", or "" to follow the system.
    void languageChosen(const QString& language);

private:
    void choose(const QString& language);

    QSettings& m_settings;
    QActionGroup* m_group;
};

} // namespace spinereview
