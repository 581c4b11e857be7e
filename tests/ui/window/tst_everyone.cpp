// SPDX-License-Identifier: GPL-3.0-or-later
// Everyone can use the desk: every input and every result has a name a screen reader can say, the keyboard
// alone reaches every field of every section and the results, no two mnemonics of one screen collide, and the
// desk stays legible on a dark palette — set before the window exists or switched while it is open.
#include "core/criteria/criteriacatalog.h"
#include "deskfixture.h"
#include "document/casedocument.h"
#include "document/evaluationcontroller.h"
#include "document/fileactions.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "theme/palettecolours.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace spinereview;

namespace {

// A palette like a dark desktop theme's: light text on dark surfaces.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xee, 0xee, 0xee);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        dark.setColor(group, QPalette::Window, window);
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Base, base);
        dark.setColor(group, QPalette::AlternateBase, window);
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::Button, window);
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(group, QPalette::HighlightedText, Qt::white);
        dark.setColor(group, QPalette::Mid, QColor(0x55, 0x55, 0x55));
    }
    return dark;
}

// Widgets a person operates or reads a result from. Parts of composite widgets (a spin box's line edit, a
// scroll bar, a table's header or corner button) are named by the widget they belong to.
bool isInputOrResult(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
        qobject_cast<const QTabBar*>(parent) || qobject_cast<const QAbstractItemView*>(parent) ||
        qobject_cast<const QScrollBar*>(widget) || qobject_cast<const QHeaderView*>(widget) ||
        qobject_cast<const QMenuBar*>(widget) || widget->inherits("QToolBarExtension") ||
        widget->inherits("QComboBoxPrivateContainer")) {
        return false;
    }
    if (parent && parent->inherits("QComboBoxPrivateContainer"))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QChartView*>(widget) ||
           qobject_cast<const QTabBar*>(widget);
}

QString describe(const QWidget* widget)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

} // namespace

class TestEveryone : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyInputAndResultHasAName();
    void keyboardAloneReachesEveryField();
    void sectionShortcutsFocusTheFirstField();
    void f6MovesBetweenPanes();
    void mnemonicsAreUniqueOnEachScreen();
    void darkPaletteKeepsTextLegible();
    void paletteSwitchWhileOpenRecolours();

private:
    void openWindow();
    QListWidget* sectionList() const { return m_window->findChild<QListWidget*>(u"sectionList"_s); }
    QWidget* currentPage() const { return m_window->findChild<QStackedWidget*>(u"sectionStack"_s)->currentWidget(); }
    void showSection(int row);

    std::unique_ptr<testing::DeskFixture> m_desk;
    CaseDocument* m_document = nullptr;
    EvaluationController* m_evaluation = nullptr;
    MainWindow* m_window = nullptr;
    QPalette m_originalPalette;
};

void TestEveryone::init()
{
    m_originalPalette = QApplication::palette();
}

// The window is built here, not in init(), so a test can set the palette it is to start with.
void TestEveryone::openWindow()
{
    m_desk = std::make_unique<testing::DeskFixture>();
    m_document = &m_desk->document;
    m_evaluation = &m_desk->evaluation;
    m_window = &m_desk->window;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->fileActions()->open(QStringLiteral(SPINEREVIEW_TEST_DATA "/cases/seed-l5s1-revision.json")));
    QCoreApplication::processEvents();
}

void TestEveryone::cleanup()
{
    m_window = nullptr;
    m_evaluation = nullptr;
    m_document = nullptr;
    m_desk.reset();
    QApplication::setPalette(m_originalPalette);
}

void TestEveryone::showSection(int row)
{
    sectionList()->setCurrentRow(row);
    QCoreApplication::processEvents();
}

void TestEveryone::everyInputAndResultHasAName()
{
    openWindow();
    QStringList unnamed;
    for (int row = 0; row < sectionList()->count(); ++row) {
        showSection(row);
        const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(m_window) || !isInputOrResult(widget))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name).trimmed();
            const QString entry = sectionList()->item(row)->text() + u": "_s + describe(widget);
            if (name.isEmpty() && !unnamed.contains(entry))
                unnamed.append(entry);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Without an accessible name:\n"_s + unnamed.join(u'\n')));
}

void TestEveryone::keyboardAloneReachesEveryField()
{
    openWindow();
    QStringList unreached;
    for (int row = 0; row < sectionList()->count(); ++row) {
        showSection(row);
        sectionList()->setFocus(Qt::OtherFocusReason);
        QVERIFY(QTest::qWaitFor([this] { return sectionList()->hasFocus(); }));
        // Everything the Tab key may stop at on this screen: the section's fields and the results.
        QSet<QWidget*> expected;
        const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool onScreen = widget->isVisibleTo(m_window) && widget->isEnabled();
            // Any field that takes focus at all must take it from the keyboard too.
            const bool tabStop = widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy();
            if (onScreen && tabStop && isInputOrResult(widget) && currentPage()->isAncestorOf(widget))
                expected.insert(widget);
        }
        QVERIFY(!expected.isEmpty());
        QSet<QWidget*> reached;
        bool resultsReached = false;
        QWidget* results = m_window->findChild<QWidget*>(u"resultsPanel"_s);
        // Round the whole window once: from the section list back to it.
        for (int press = 0; press < 600; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            reached.insert(focused);
            resultsReached |= results->isAncestorOf(focused);
            if (focused == sectionList())
                break;
        }
        for (QWidget* widget : std::as_const(expected)) {
            if (!reached.contains(widget))
                unreached.append(sectionList()->item(row)->text() + u": "_s + describe(widget));
        }
        QVERIFY2(resultsReached,
                 qPrintable(u"Tab never reached the results from "_s + sectionList()->item(row)->text()));
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(u"Not reached with Tab:\n"_s + unreached.join(u'\n')));
}

void TestEveryone::sectionShortcutsFocusTheFirstField()
{
    openWindow();
    for (int row = 0; row < sectionList()->count(); ++row) {
        QTest::keyClick(m_window, static_cast<Qt::Key>(Qt::Key_1 + row), Qt::ControlModifier);
        QTRY_COMPARE(sectionList()->currentRow(), row);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused && currentPage()->isAncestorOf(focused),
                 qPrintable(u"Ctrl+%1 left the focus outside %2"_s.arg(row + 1).arg(sectionList()->item(row)->text())));
    }
}

void TestEveryone::f6MovesBetweenPanes()
{
    openWindow();
    QWidget* results = m_window->findChild<QWidget*>(u"resultsPanel"_s);
    sectionList()->setFocus(Qt::OtherFocusReason);
    QVERIFY(QTest::qWaitFor([this] { return sectionList()->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(currentPage()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(results->isAncestorOf(QApplication::focusWidget()));
    // The answer's first stop is the selected card.
    QCOMPARE(QApplication::focusWidget()->objectName(), u"card_decompression"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(sectionList()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(results->isAncestorOf(QApplication::focusWidget()));
}

void TestEveryone::mnemonicsAreUniqueOnEachScreen()
{
    openWindow();
    // The menus' mnemonics hold on every screen.
    for (int row = 0; row < sectionList()->count(); ++row) {
        showSection(row);
        const QStringList clashes = testing::mnemonicClashes(*m_window);
        QVERIFY2(clashes.isEmpty(), qPrintable(sectionList()->item(row)->text() + u":\n"_s + clashes.join(u'\n')));
    }
}

void TestEveryone::darkPaletteKeepsTextLegible()
{
    QApplication::setPalette(darkPalette());
    openWindow();
    const QPalette palette = m_window->palette();
    QVERIFY(PaletteColours::isDark(palette));

    // An inline validation message (a pain score out of range) is legible on the dark window.
    showSection(1);
    m_document->edit([](SpineCase& c) { c.symptoms->painScore = 15; }, u"symptoms.painScore"_s);
    QCoreApplication::processEvents();
    const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
    int issuesShown = 0;
    for (const QLabel* label : labels) {
        if (!label->objectName().startsWith(u"issue"_s) || !label->isVisibleTo(m_window))
            continue;
        ++issuesShown;
        const qreal contrast = PaletteColours::contrastRatio(label->palette().color(QPalette::WindowText),
                                                             label->palette().color(QPalette::Window));
        QVERIFY2(contrast >= 4.5, qPrintable(u"%1: %2"_s.arg(label->objectName()).arg(contrast)));
    }
    QVERIFY(issuesShown > 0);
    m_document->edit([](SpineCase& c) { c.symptoms->painScore = 8; }, u"symptoms.painScore"_s);

    // The selected card: its painted background keeps the text legible.
    auto* card = m_window->findChild<QWidget*>(u"card_decompression"_s);
    QVERIFY(card);
    QTest::mouseClick(card, Qt::LeftButton);
    const QImage image = card->grab().toImage();
    const QColor background = image.pixelColor(image.width() - 4, image.height() / 2);
    QVERIFY2(PaletteColours::contrastRatio(background, palette.color(QPalette::Text)) >= 4.5,
             qPrintable(background.name()));

    // Charts draw on the palette's surfaces, with its text.
    const QList<QChartView*> charts = m_window->findChildren<QChartView*>();
    QCOMPARE(charts.size(), 3);
    for (const QChartView* view : charts) {
        QCOMPARE(view->chart()->backgroundBrush().color(), palette.color(QPalette::Base));
        QCOMPARE(view->chart()->titleBrush().color(), palette.color(QPalette::Text));
        const QList<QAbstractAxis*> axes = view->chart()->axes();
        for (const QAbstractAxis* axis : axes)
            QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
    }

    // The comparison's disagreement rows keep the ordinary text legible.
    auto* comparison = m_window->findChild<QTableView*>(u"comparisonTable"_s);
    QVERIFY(comparison);
    bool tinted = false;
    for (int row = 0; row < comparison->model()->rowCount(); ++row) {
        const QVariant brush = comparison->model()->index(row, 0).data(Qt::BackgroundRole);
        if (!brush.isValid())
            continue;
        tinted = true;
        QVERIFY(PaletteColours::contrastRatio(brush.value<QBrush>().color(), palette.color(QPalette::Text)) >= 4.5);
    }
    QVERIFY(tinted); // the seed's sets disagree on fusion
}

void TestEveryone::paletteSwitchWhileOpenRecolours()
{
    openWindow();
    const QList<QChartView*> charts = m_window->findChildren<QChartView*>();
    QVERIFY(!charts.isEmpty());
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    for (const QChartView* view : charts)
        QCOMPARE(view->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QApplication::setPalette(m_originalPalette);
    QCoreApplication::processEvents();
    for (const QChartView* view : charts)
        QCOMPARE(view->chart()->backgroundBrush().color(), m_originalPalette.color(QPalette::Base));
}

QTEST_MAIN(TestEveryone)
#include "tst_everyone.moc"
