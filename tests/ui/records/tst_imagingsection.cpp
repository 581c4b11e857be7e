// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellkeys.h"
#include "core/case/casewriter.h"
#include "document/casedocument.h"
#include "editors/datefield.h"
#include "editors/enumbox.h"
#include "editors/numberfield.h"
#include "models/cellroles.h"
#include "models/imaginglevelsmodel.h"
#include "sections/imagingsection.h"
#include "theme/palettecolours.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace spinereview;
using Column = ImagingLevelsModel::Column;

// The imaging screen driven through its widgets: studies added and removed, the modality chosen with the
// keyboard, level findings set and cleared through the grid's delegates, hints on studies that do not count.
class TestImagingSection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_document = std::make_unique<CaseDocument>();
        SpineCase c = CaseDocument::emptyCase();
        c.reviewDate = kReviewDate;
        c.request.levels = {Level::L4L5, Level::L5S1};
        m_document->replace(c, {});
        m_section = std::make_unique<ImagingSection>(*m_document);
        m_section->resize(1100, 700);
        m_section->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
        m_section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
    }
    void cleanup()
    {
        m_section.reset();
        m_document.reset();
    }

    void namesBuddiesAndAccessibleNames()
    {
        QCOMPARE(m_section->title(), u"Imaging"_s);
        for (const QString& name : {u"imaging"_s, u"addStudy"_s, u"removeStudy"_s, u"imaging_modality"_s,
                                    u"imaging_date"_s, u"imaging_coronalCobbDeg"_s, u"imaging_sagittalVerticalAxisCm"_s,
                                    u"imaging_pelvicIncidenceMinusLordosisDeg"_s, u"imaging_levels"_s}) {
            auto* widget = m_section->findChild<QWidget*>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
        int buddies = 0;
        for (auto* label : m_section->findChildren<QLabel*>())
            buddies += label->buddy() != nullptr && label->text().contains(u'&') ? 1 : 0;
        QVERIFY(buddies >= 6);
    }

    void addStudyAndChooseModalityWithKeyboard()
    {
        auto* add = m_section->findChild<QPushButton*>(u"addStudy"_s);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QVERIFY(m_document->spineCase().imaging.has_value());
        QCOMPARE(m_document->spineCase().imaging->size(), 1);
        const ImagingStudy& study = m_document->spineCase().imaging->at(0);
        QCOMPARE(study.date, kReviewDate); // a new study gets the review date
        QVERIFY(!study.levels.has_value());

        auto* modality = m_section->findChild<EnumBox*>(u"imaging_modality"_s);
        QTRY_VERIFY(modality->hasFocus());
        QTest::keyClick(modality, Qt::Key_End);
        QCOMPARE(m_document->spineCase().imaging->at(0).modality, Modality::FlexionExtensionXray);
        QTest::keyClick(modality, Qt::Key_Home);
        QCOMPARE(m_document->spineCase().imaging->at(0).modality, Modality::Mri);
        QCOMPARE(modality->currentText(), u"MRI"_s);
        QVERIFY(listText(0).contains(u"MRI"_s));
    }

    void centralStenosisThroughTheDelegate()
    {
        addStudy();
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        const QModelIndex central = view->model()->index(static_cast<int>(Level::L5S1), 0);
        QVERIFY(cellkeys::choose(view, central, u"Moderate"_s));
        QCOMPARE(studyJson().value(u"levels"_s).toObject(),
                 (QJsonObject{{u"L5-S1"_s, QJsonObject{{u"centralStenosis"_s, u"moderate"_s}}}}));
        QCOMPARE(view->model()->headerData(4, Qt::Vertical).toString(), u"● L5-S1"_s);

        // Back to "not documented": the level is no longer described, so its entry goes.
        QVERIFY(cellkeys::choose(view, central, u"Not documented"_s));
        QVERIFY(!studyJson().contains(u"levels"_s));
        QCOMPARE(view->model()->headerData(4, Qt::Vertical).toString(), u"○ L5-S1"_s);
    }

    void enterOpensTheCellEditor()
    {
        addStudy();
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        const QModelIndex disc =
            view->model()->index(static_cast<int>(Level::L4L5), static_cast<int>(Column::DiscHerniation));
        view->setFocus();
        view->setCurrentIndex(disc);
        QTest::keyClick(view, Qt::Key_Return);
        auto* box = qobject_cast<QComboBox*>(view->indexWidget(disc));
        QVERIFY(box);
        QCOMPARE(box->currentText(), u"Not documented"_s);
        QTest::keyClick(box, Qt::Key_End);
        QVERIFY(cellkeys::commit(view, box, disc));
        QCOMPARE(m_document->spineCase().imaging->at(0).levels->value(Level::L4L5).discHerniation,
                 DiscHerniation::Sequestration);
    }

    void tabOrderFollowsThePage()
    {
        addStudy();
        auto* list = m_section->findChild<QListWidget*>(u"imaging"_s);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        const QStringList expected{u"addStudy"_s,
                                   u"removeStudy"_s,
                                   u"imaging_modality"_s,
                                   u"imaging_date"_s,
                                   u"imaging_coronalCobbDeg"_s,
                                   u"imaging_sagittalVerticalAxisCm"_s,
                                   u"imaging_pelvicIncidenceMinusLordosisDeg"_s,
                                   u"imaging_levels"_s};
        // The study date's focus lands in its date editor, inside the DateField named for the path.
        const auto focusName = [] {
            QWidget* focus = QApplication::focusWidget();
            while (focus && focus->objectName().isEmpty())
                focus = focus->parentWidget();
            return focus ? focus->objectName() : QString();
        };
        for (const QString& name : expected) {
            const QString before = focusName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            // A date editor takes Tab through its year, month and day before it lets go.
            for (int section = 0; section < 2 && focusName() == before && before == u"imaging_date"_s; ++section)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(focusName(), name);
        }
    }

    void sidedNumbersAndBooleans()
    {
        addStudy();
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        const auto cell = [view](Level level, Column column) {
            return view->model()->index(static_cast<int>(level), static_cast<int>(column));
        };
        QVERIFY(cellkeys::choose(view, cell(Level::L4L5, Column::ForaminalRight), u"Severe"_s));
        QVERIFY(cellkeys::type(view, cell(Level::L4L5, Column::DynamicTranslationMm), u"4.5"_s));
        QVERIFY(cellkeys::choose(view, cell(Level::L4L5, Column::SlipGrade), u"0 – no slip"_s));
        QVERIFY(cellkeys::choose(view, cell(Level::L4L5, Column::ParsDefect), u"No"_s));
        const QJsonObject expected{{u"foraminalStenosis"_s, QJsonObject{{u"right"_s, u"severe"_s}}},
                                   {u"dynamicTranslationMm"_s, 4.5},
                                   {u"spondylolisthesis"_s, QJsonObject{{u"grade"_s, 0}}},
                                   {u"parsDefect"_s, false}};
        QCOMPARE(studyJson().value(u"levels"_s).toObject().value(u"L4-L5"_s).toObject(), expected);
        // An empty number cell is "not documented", never 0.
        QVERIFY(cellkeys::type(view, cell(Level::L4L5, Column::DynamicTranslationMm), QString()));
        QVERIFY(!studyJson()[u"levels"_s][u"L4-L5"_s].toObject().contains(u"dynamicTranslationMm"_s));
    }

    void studyFieldsAndHints()
    {
        addStudy();
        auto* cobb = m_section->findChild<NumberField*>(u"imaging_coronalCobbDeg"_s);
        QTest::keyClicks(cobb, u"12"_s);
        QCOMPARE(m_document->spineCase().imaging->at(0).coronalCobbDeg, 12.0);
        auto* sva = m_section->findChild<NumberField*>(u"imaging_sagittalVerticalAxisCm"_s);
        QTest::keyClicks(sva, u"-3.5"_s);
        QCOMPARE(m_document->spineCase().imaging->at(0).sagittalVerticalAxisCm, -3.5);

        auto* date = m_section->findChild<DateField*>(u"imaging_date"_s);
        auto* hint = m_section->findChild<QLabel*>(u"imaging_dateHint"_s);
        QVERIFY(hint->text().isEmpty());
        date->dateEdit()->setDate(kReviewDate.addDays(3));
        QCOMPARE(m_document->spineCase().imaging->at(0).date, kReviewDate.addDays(3));
        QVERIFY(hint->text().contains(u"not counted: after the review date"_s));
        QVERIFY(listText(0).contains(u"not counted: after the review date"_s));
        date->dateEdit()->setDate(kReviewDate.addMonths(-13));
        QVERIFY(hint->text().contains(u"not qualifying imaging"_s));
        QVERIFY(hint->text().startsWith(u"⚠"_s));
        date->dateEdit()->setDate(kReviewDate.addMonths(-2));
        QVERIFY(hint->text().isEmpty());
    }

    void removeStudyWithKeyboard()
    {
        addStudy();
        addStudy();
        auto* list = m_section->findChild<QListWidget*>(u"imaging"_s);
        list->setCurrentRow(0);
        auto* remove = m_section->findChild<QPushButton*>(u"removeStudy"_s);
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(m_document->spineCase().imaging->size(), 1);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(!m_document->spineCase().imaging.has_value());
        QVERIFY(!remove->isEnabled());
    }

    void completeness()
    {
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Empty);
        addStudy();
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        QVERIFY(cellkeys::choose(view, view->model()->index(static_cast<int>(Level::L4L5), 0), u"Mild"_s));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
        QVERIFY(cellkeys::choose(view, view->model()->index(static_cast<int>(Level::L5S1), 0), u"Severe"_s));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Complete);
        // Too old to qualify: the same findings no longer settle anything.
        m_section->findChild<DateField*>(u"imaging_date"_s)->dateEdit()->setDate(kReviewDate.addYears(-2));
        QCOMPARE(m_section->completeness(), CaseSection::Completeness::Partial);
    }

    void focusPathSelectsTheCell()
    {
        SpineCase c = m_document->spineCase();
        c.imaging = QList<ImagingStudy>{ImagingStudy{}, ImagingStudy{}};
        (*c.imaging)[0].date = kReviewDate.addMonths(-1);
        (*c.imaging)[1].date = kReviewDate.addMonths(-2);
        (*c.imaging)[1].modality = Modality::FlexionExtensionXray;
        m_document->replace(c, {});
        auto* list = m_section->findChild<QListWidget*>(u"imaging"_s);
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        QCOMPARE(list->count(), 2);

        QVERIFY(m_section->focusPath(u"imaging[1].levels.L4-L5.dynamicTranslationMm"_s));
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(view->currentIndex().row(), static_cast<int>(Level::L4L5));
        QCOMPARE(view->currentIndex().column(), static_cast<int>(Column::DynamicTranslationMm));
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(m_section->findChild<EnumBox*>(u"imaging_modality"_s)->currentText(), u"Flexion–extension X-ray"_s);

        QVERIFY(m_section->focusPath(u"imaging[0].levels.L5-S1.centralStenosis"_s));
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(view->currentIndex().row(), static_cast<int>(Level::L5S1));
        QCOMPARE(view->currentIndex().column(), static_cast<int>(Column::CentralStenosis));
        QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));

        QVERIFY(m_section->focusPath(u"imaging[0].levels.L3-L4.lateralRecessStenosis.right"_s));
        QCOMPARE(view->currentIndex().column(), static_cast<int>(Column::LateralRecessRight));
        QVERIFY(m_section->focusPath(u"imaging[1].modality"_s));
        QTRY_VERIFY(m_section->findChild<EnumBox*>(u"imaging_modality"_s)->hasFocus());
        QVERIFY(!m_section->focusPath(u"imaging[2].date"_s));
        QVERIFY(!m_section->focusPath(u"emg[0].findings"_s));
    }

    void issuesBesideTheCellAndUnderTheGrid()
    {
        addStudy();
        // A value the forms never write, put in by another route: the core's validation names it.
        m_document->edit([](SpineCase& c) {
            LevelFindings f;
            f.modicChanges = 7;
            (*c.imaging)[0].levels = QMap<Level, LevelFindings>{{Level::L4L5, f}};
        });
        auto* issues = m_section->findChild<QLabel*>(u"imaging_issues"_s);
        QVERIFY(issues->isVisible());
        QVERIFY(issues->text().startsWith(u"⚠ Study 1, levels.L4-L5.modicChanges:"_s));
        QCOMPARE(issues->palette().color(QPalette::WindowText), PaletteColours::issueText(QGuiApplication::palette()));
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        const QModelIndex modic =
            view->model()->index(static_cast<int>(Level::L4L5), static_cast<int>(Column::ModicChanges));
        QVERIFY(modic.data().toString().startsWith(u"⚠"_s));
        QVERIFY(cellkeys::choose(view, modic, u"2"_s));
        QVERIFY(!issues->isVisible());
    }

    void reloadsWhenTheCaseIsReplaced()
    {
        SpineCase c = m_document->spineCase();
        ImagingStudy ct;
        ct.modality = Modality::Ct;
        ct.date = QDate(2025, 10, 1);
        LevelFindings f;
        f.centralStenosis = StenosisGrade::ModerateSevere;
        ct.levels = QMap<Level, LevelFindings>{{Level::L3L4, f}};
        c.imaging = QList<ImagingStudy>{ct};
        m_document->replace(c, {});
        auto* view = m_section->findChild<QTableView*>(u"imaging_levels"_s);
        QCOMPARE(view->model()->index(static_cast<int>(Level::L3L4), 0).data().toString(), u"Moderate to severe"_s);
        QCOMPARE(m_section->findChild<EnumBox*>(u"imaging_modality"_s)->currentText(), u"CT"_s);
        m_document->reset();
        QCOMPARE(m_section->findChild<QListWidget*>(u"imaging"_s)->count(), 0);
        QVERIFY(!view->isEnabled());
    }

private:
    const QDate kReviewDate{2025, 11, 17};

    void addStudy() { QTest::mouseClick(m_section->findChild<QPushButton*>(u"addStudy"_s), Qt::LeftButton); }
    QString listText(int row) const { return m_section->findChild<QListWidget*>(u"imaging"_s)->item(row)->text(); }
    QJsonObject studyJson() const
    {
        return CaseWriter::toJson(m_document->spineCase()).value(u"imaging"_s).toArray().at(0).toObject();
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<ImagingSection> m_section;
};

QTEST_MAIN(TestImagingSection)
#include "tst_imagingsection.moc"
