// SPDX-License-Identifier: GPL-3.0-or-later
// The shared form editors: "not documented" kept apart from "no" and from 0, and no value on screen that the
// case does not hold.
#include "editors/numberfield.h"
#include "editors/tristatebox.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace spinereview;

class TestEditors : public QObject
{
    Q_OBJECT

private slots:
    void numberOutOfRangeReturnsToTheLastValidValue();
    void emptyNumberIsNotDocumented();
    void triStateKeepsNotDocumentedApartFromNo();
};

void TestEditors::numberOutOfRangeReturnsToTheLastValidValue()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* pain = new NumberField(0, 10, 1, &window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(pain);
    layout->addWidget(other);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    pain->setValue(5.0);
    QSignalSpy edits(pain, &NumberField::edited);

    pain->setFocus();
    pain->selectAll();
    QTest::keyClicks(pain, u"11"_s);
    // "1" was a value and was written; "11" on a 0–10 scale is not, so nothing more is written.
    QCOMPARE(pain->value(), std::nullopt);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.last().first().value<std::optional<double>>(), std::optional<double>(1.0));
    // Leaving the field shows what the case holds, never the rejected 11.
    other->setFocus();
    QTRY_COMPARE(pain->text(), u"1"_s);
    QCOMPARE(pain->value(), std::optional<double>(1.0));
}

void TestEditors::emptyNumberIsNotDocumented()
{
    NumberField odi(0, 100, 0);
    odi.setValue(0.0);
    QCOMPARE(odi.value(), std::optional<double>(0.0));
    QSignalSpy edits(&odi, &NumberField::edited);
    odi.selectAll();
    QTest::keyClick(&odi, Qt::Key_Backspace);
    QCOMPARE(odi.value(), std::nullopt);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().first().value<std::optional<double>>(), std::nullopt);
}

void TestEditors::triStateKeepsNotDocumentedApartFromNo()
{
    TriStateBox box;
    QCOMPARE(box.value(), std::nullopt);
    box.setValue(false);
    QCOMPARE(box.value(), std::optional<bool>(false));
    QCOMPARE(box.currentText(), u"No"_s);
    box.setValue(std::nullopt);
    QCOMPARE(box.currentText(), u"Not documented"_s);
    box.setValue(true);
    QCOMPARE(box.value(), std::optional<bool>(true));
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
