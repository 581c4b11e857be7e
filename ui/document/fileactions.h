// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace spinereview {

class CaseDocument;
class CaseStore;

// New, Open, Save, Save As and recent files for the case document, with the prompt before unsaved changes
// are dropped. Problems in a file are shown in one message listing each field — never a cascade of dialogs.
class FileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    FileActions(CaseDocument& document, QSettings& settings, QWidget* window);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QMenu* recentMenu() const { return m_recentMenu; }

    // Opens a case file (menu, recent list, drag and drop, command line). False if it was not opened.
    bool open(const QString& path);
    // Asks what to do with unsaved changes; false when the reviewer cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    QStringList recentFiles() const;
    // Where a case that did not come from a file is saved (the database); nullptr: files only.
    void setStore(CaseStore* store) { m_store = store; }

    static constexpr int maxRecentFiles = 8;

private:
    void newCase();
    void chooseAndOpen();
    void addRecent(const QString& path);
    void rebuildRecentMenu();

    CaseDocument& m_document;
    QSettings& m_settings;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QMenu* m_recentMenu;
    CaseStore* m_store = nullptr;
};

} // namespace spinereview
