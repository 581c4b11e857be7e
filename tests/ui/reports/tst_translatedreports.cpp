// SPDX-License-Identifier: GPL-3.0-or-later
// The reports printed from a Spanish or French desk, read back from their PDFs with pdftotext: the criteria set's
// title, the criteria, the component summaries, the records to request and the cautions in the desk's language, as
// translations/*.ts words them, and none of the engine's English sentences of the same report printed without a
// translation; and without one, English that names components as the desk's forms do, as `spinereview report`
// prints it.

#include "core/engine/rationalelines.h"
#include "i18n/languageloader.h"
#include "pdftext.h"
#include "reports/reportwriter.h"
#include "seedfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace spinereview;
using namespace Qt::StringLiterals;

namespace {

// pdftotext breaks lines where the layout did: text is compared with all white space taken out.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

// What the engine wrote in English that a report prints: each component's summary, records and cautions, and
// the statement at the root of each of its trees.
QStringList engineSentences(const EvaluationResult& result)
{
    QStringList out;
    for (const ComponentOutcome& outcome : result.components) {
        out.append(outcome.summary);
        out += outcome.missing;
        out += outcome.cautions;
        for (const CriterionOutcome& tree : outcome.criteria)
            out.append(RationaleLines::flatten(tree, RationaleLines::Opening::Undecided).first().text);
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslatedReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void summaryInSpanish();
    void letterInSpanish();
    void requestInSpanish();
    void requestInFrench();
    void remarkInTheDesksLanguage();

private:
    ReportInput input(const SpineCase& spineCase) const;
    // Writes the PDF and returns its text with the white space taken out; empty after failing the test.
    QString written(ReportKind kind, const ReportInput& input);
    // The engine's English sentences of `input`: each is asserted in the report of `kind` printed without a
    // translation, then the language is installed.
    QStringList englishOf(ReportKind kind, const ReportInput& input, const QString& language);
    // A seed requesting instrumentation at a level it does not request fusion at: the engine remarks on it.
    SpineCase seedWithoutFusionAtL4L5() const;

    spinereview::testing::SeedFixture m_seed;
    LanguageLoader m_loader;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestTranslatedReports::initTestCase()
{
    QString error;
    QVERIFY2(m_seed.load(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestTranslatedReports::cleanup()
{
    m_loader.install(u"en"_s);
}

ReportInput TestTranslatedReports::input(const SpineCase& spineCase) const
{
    return {spineCase,
            Evaluator::evaluate(spineCase, m_seed.catalog.find(u"reference"_s), *spineCase.reviewDate),
            m_seed.catalog.evidence(),
            std::nullopt,
            {}};
}

QString TestTranslatedReports::written(ReportKind kind, const ReportInput& input)
{
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(++m_files));
    QString error;
    if (!ReportWriter::writePdf(kind, input, path, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    const QString text = ::testing::pdfText(path, &error);
    if (text.isEmpty())
        QTest::qFail(qPrintable(error.isEmpty() ? u"no text in "_s + path : error), __FILE__, __LINE__);
    return squeezed(text);
}

QStringList TestTranslatedReports::englishOf(ReportKind kind, const ReportInput& input, const QString& language)
{
    const QString english = written(kind, input);
    QStringList printed;
    for (const QString& sentence : engineSentences(input.result)) {
        if (english.contains(squeezed(sentence)))
            printed.append(sentence);
    }
    printed.append(input.result.criteriaSet->info.title);
    if (!english.contains(squeezed(printed.last())))
        QTest::qFail("the English report names its criteria set", __FILE__, __LINE__);
    if (!m_loader.install(language))
        QTest::qFail(qPrintable(u"the %1 translation did not install"_s.arg(language)), __FILE__, __LINE__);
    return printed;
}

SpineCase TestTranslatedReports::seedWithoutFusionAtL4L5() const
{
    SpineCase spineCase = *m_seed.seed;
    Request& request = spineCase.request;
    request.levels = {Level::L4L5, Level::L5S1};
    request.components = {Component::Decompression, Component::Fusion, Component::Instrumentation};
    request.componentLevels =
        QMap<Component, QList<Level>>{{Component::Decompression, {Level::L5S1}}, {Component::Fusion, {Level::L5S1}}};
    return spineCase;
}

void TestTranslatedReports::summaryInSpanish()
{
    const ReportInput made = input(*m_seed.seed);
    const QStringList english = englishOf(ReportKind::Summary, made, u"es"_s);
    QVERIFY2(english.size() > 10, qPrintable(english.join(u'\n')));
    QVERIFY(english.contains(u"Met at L5-S1."_s));
    QVERIFY(english.contains(u"flexion–extension radiographs of L5-S1 (translation in mm)"_s));

    const QString text = written(ReportKind::Summary, made);
    // The translations of translations/spinereview_es.ts: the set's title and label, a criterion, two summaries,
    // the records to request (an engine phrase and two criteria's asks), a caution and the status words.
    for (const QString& spanish :
         {u"Criterios de referencia de SpineReview — compuesto basado en la evidencia"_s,
          u"Apoyo a la decisión para un revisor cualificado: un compuesto basado en la evidencia de guías públicas y "
          "políticas de aseguradoras; el revisor decide."_s,
          u"✔ cumple Descompresión en L5-S1"_s, u"Cumple en L5-S1."_s,
          u"Incompleto en L5-S1 — necesita 3 documentos, primero radiografías en flexión–extensión de L5-S1 "
          "(traslación en mm)."_s,
          u"radiografías en flexión–extensión de L5-S1 (traslación en mm)"_s,
          u"el informe quirúrgico de la descompresión previa en L5-S1 (proporción de cada faceta resecada), o una TC "
          "que lo muestre"_s,
          u"el plan quirúrgico del cirujano para L5-S1 (proporción de cada faceta a resecar y si se reseca la pars)"_s,
          u"La rhBMP-2 conlleva riesgo de radiculitis posoperatoria (alrededor del 17 % tras TLIF en una serie) y de "
          "hueso heterotópico."_s,
          u"Artrodesis L5-S1: incompleto ? incompleto"_s})
        QVERIFY2(text.contains(squeezed(spanish)), qPrintable(spanish));
    for (const QString& sentence : english)
        QVERIFY2(!text.contains(squeezed(sentence)), qPrintable(u"still English: "_s + sentence));
    QVERIFY(!text.contains(squeezed(u"✔ met"_s)));
}

void TestTranslatedReports::letterInSpanish()
{
    const ReportInput made = input(*m_seed.seed);
    QStringList english = englishOf(ReportKind::Letter, made, u"es"_s);
    // The letter claims the met decompression in the criteria's words, which must not stay English either.
    const ComponentOutcome* decompression = made.result.component(Component::Decompression);
    QVERIFY(decompression && decompression->status == Status::Met);
    for (const RationaleLines::Line& line :
         RationaleLines::flatten(decompression->criteria.front(), RationaleLines::Opening::All))
        english.append(line.text);
    QVERIFY(english.contains(u"Decompression at L5-S1"_s));

    const QString text = written(ReportKind::Letter, made);
    QVERIFY(text.contains(squeezed(u"las indicaciones que cumple según Criterios de referencia de SpineReview — "
                                   "compuesto basado en la evidencia, versión 2026.1."_s)));
    // The met decompression is claimed in the criteria's Spanish; fusion, incomplete, is listed as not supported.
    const qsizetype met = text.indexOf(squeezed(u"Indicaciones cumplidas"_s));
    const qsizetype unsupported = text.indexOf(squeezed(u"No respaldado por los criterios según lo documentado"_s));
    QVERIFY2(met >= 0 && unsupported > met, qPrintable(text.left(600)));
    const QString claimed = text.mid(met, unsupported - met);
    QVERIFY2(claimed.contains(squeezed(u"Descompresión en L5-S1"_s)), qPrintable(claimed));
    QVERIFY(!claimed.contains(squeezed(u"Artrodesis"_s)));
    QVERIFY(text.mid(unsupported).contains(squeezed(u"Artrodesis (L5-S1: incompleto)"_s)));
    for (const QString& sentence : english)
        QVERIFY2(!text.contains(squeezed(sentence)), qPrintable(u"still English: "_s + sentence));
}

void TestTranslatedReports::requestInSpanish()
{
    const ReportInput made = input(*m_seed.seed);
    const QStringList english = englishOf(ReportKind::RequestForInformation, made, u"es"_s);
    QVERIFY(english.contains(u"flexion–extension radiographs of L5-S1 (translation in mm)"_s));

    const QString text = written(ReportKind::RequestForInformation, made);
    for (const QString& spanish :
         {u"radiografías en flexión–extensión de L5-S1 (traslación en mm)"_s,
          u"una valoración de la densidad ósea (puntuación T de DEXA o unidades Hounsfield en TC)"_s,
          u"Criterios de referencia de SpineReview — compuesto basado en la evidencia"_s})
        QVERIFY2(text.contains(squeezed(spanish)), qPrintable(spanish));
    for (const QString& sentence : english)
        QVERIFY2(!text.contains(squeezed(sentence)), qPrintable(u"still English: "_s + sentence));
}

void TestTranslatedReports::requestInFrench()
{
    const ReportInput made = input(*m_seed.seed);
    const QStringList english = englishOf(ReportKind::RequestForInformation, made, u"fr"_s);

    const QString text = written(ReportKind::RequestForInformation, made);
    for (const QString& french :
         {u"des radiographies en flexion–extension de L5-S1 (translation en mm)"_s,
          u"le compte rendu opératoire de la décompression antérieure en L5-S1 (part de chaque facette réséquée), ou "
          "un scanner qui le montre"_s,
          u"une évaluation de la densité osseuse (T-score DEXA ou unités Hounsfield au scanner)"_s,
          u"Critères de référence SpineReview — synthèse fondée sur les données probantes"_s})
        QVERIFY2(text.contains(squeezed(french)), qPrintable(french));
    for (const QString& sentence : english)
        QVERIFY2(!text.contains(squeezed(sentence)), qPrintable(u"still English: "_s + sentence));
}

void TestTranslatedReports::remarkInTheDesksLanguage()
{
    const ReportInput made = input(seedWithoutFusionAtL4L5());
    const ComponentOutcome* instrumentation = made.result.component(Component::Instrumentation);
    QVERIFY(instrumentation && instrumentation->status == Status::NotMet);
    const QString remark = u"fusion is not requested at L4-L5"_s;
    QVERIFY2(instrumentation->summary.contains(remark), qPrintable(instrumentation->summary));

    // Without a translation (the command line) the report names the component as the desk's forms do, not by the
    // result format's id the engine writes.
    const QString english = written(ReportKind::Summary, made);
    QVERIFY2(english.contains(squeezed(u"Not met at L4-L5 — Fusion is not requested at L4-L5"_s)), qPrintable(english));
    QVERIFY(english.contains(squeezed(u"(Fusion is not requested at L4-L5)"_s)));
    QVERIFY(!english.contains(squeezed(remark)));

    QVERIFY(m_loader.install(u"es"_s));
    const QString spanish = written(ReportKind::Summary, made);
    QVERIFY2(spanish.contains(squeezed(u"No cumple en L4-L5 — la solicitud no incluye «Artrodesis» en L4-L5"_s)),
             qPrintable(spanish));
    QVERIFY(spanish.contains(squeezed(u"(la solicitud no incluye «Artrodesis» en L4-L5)"_s)));
    QVERIFY(!spanish.contains(squeezed(remark), Qt::CaseInsensitive));
}

QTEST_MAIN(TestTranslatedReports)
#include "tst_translatedreports.moc"
