// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/fileactions.h"

#include "core/i18n/resulttexts.h"
#include "document/casedocument.h"
#include "document/casestore.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace spinereview {

using namespace Qt::StringLiterals;

namespace {
const QString kRecentKey = u"files/recent"_s;
const char kFilter[] = QT_TRANSLATE_NOOP("spinereview::FileActions", "SpineReview cases (*.json)");
} // namespace

FileActions::FileActions(CaseDocument& document, QSettings& settings, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
    , m_new(new QAction(tr("&New case"), this))
    , m_open(new QAction(tr("&Open…"), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &as…"), this))
    , m_recentMenu(new QMenu(tr("Open &recent"), window))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_new->setObjectName(u"actionNew"_s);
    m_open->setObjectName(u"actionOpen"_s);
    m_save->setObjectName(u"actionSave"_s);
    m_saveAs->setObjectName(u"actionSaveAs"_s);
    m_recentMenu->setObjectName(u"menuRecent"_s);
    connect(m_new, &QAction::triggered, this, &FileActions::newCase);
    connect(m_open, &QAction::triggered, this, &FileActions::chooseAndOpen);
    connect(m_save, &QAction::triggered, this, &FileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    rebuildRecentMenu();
}

QStringList FileActions::recentFiles() const
{
    return m_settings.value(kRecentKey).toStringList();
}

void FileActions::newCase()
{
    if (maybeSave())
        m_document.reset();
}

void FileActions::chooseAndOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open case"), {}, tr(kFilter));
    if (!path.isEmpty())
        open(path);
}

bool FileActions::open(const QString& path)
{
    const ValidationIssues issues = m_document.load(path);
    if (issues.isEmpty()) {
        addRecent(path);
        return true;
    }
    // One message naming every problem; the case on screen stays as it was.
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines.append(issue.path.isEmpty() ? ResultTexts::phrase(issue.message)
                                          : issue.path + u": "_s + ResultTexts::phrase(issue.message));
    QMessageBox box(QMessageBox::Warning, tr("The case could not be opened"),
                    tr("%1 does not follow the SpineReview case format.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, m_window);
    box.setDetailedText(lines.join(u'\n'));
    box.setInformativeText(tr("%n problem(s) found; nothing was changed.", nullptr, static_cast<int>(issues.size())));
    box.exec();
    return false;
}

bool FileActions::maybeSave()
{
    const bool stored = m_store && m_store->holdsOpenCase();
    if (!m_document.isModified() && !(stored && m_store->hasUnsavedWork()))
        return true;
    const auto answer =
        QMessageBox::question(m_window, tr("Unsaved changes"),
                              stored ? tr("The case or its review has unsaved changes. Save them first?")
                                     : tr("The case has unsaved changes. Save them first?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard && m_store)
        m_store->discardOpenChanges();
    return answer == QMessageBox::Discard;
}

bool FileActions::save()
{
    if (m_store && m_store->holdsOpenCase())
        return m_store->saveOpenCase();
    if (m_document.filePath().isEmpty() || m_document.filePath().startsWith(u':'))
        return saveAs();
    const QString error = m_document.save(m_document.filePath());
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("The case was not saved"), error);
    return error.isEmpty();
}

bool FileActions::saveAs()
{
    QString suggested = m_document.filePath();
    if (suggested.isEmpty() || suggested.startsWith(u':'))
        suggested = m_document.spineCase().caseId + u".json"_s;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save case"), suggested, tr(kFilter));
    if (path.isEmpty())
        return false;
    const QString error = m_document.save(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("The case was not saved"), error);
        return false;
    }
    addRecent(path);
    return true;
}

void FileActions::addRecent(const QString& path)
{
    if (path.startsWith(u':'))
        return; // bundled examples are opened from the Help menu
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                open(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace spinereview
