// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files under translations/ are complete and current: every message translated, none left over from
// code that is gone, every placeholder, mnemonic and tag kept — and lupdate run on today's sources finds
// nothing new, so a tr() string added without its Spanish and French translation fails the suite.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return u"[%1] \"%2\"%3"_s.arg(context, source, comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/translations"));
    QStringList out;
    for (const QString& name : dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

// What must survive translation, in a comparable form: arguments (%1, %n), the criteria's {level} and
// {levels}, Qt Charts' @yPoint, HTML tags, line breaks and the mnemonic (one & before a letter).
QStringList shape(const QString& text)
{
    static const QRegularExpression args(u"%(\\d|n)"_s);
    static const QRegularExpression braces(u"\\{levels?\\}"_s);
    static const QRegularExpression chart(u"@\\w+"_s);
    static const QRegularExpression tags(u"</?\\w+[^>]*>"_s);
    static const QRegularExpression mnemonic(u"(?<!&)&[^&\\s]"_s);
    QStringList found;
    for (const QRegularExpression* pattern : {&args, &braces, &chart}) {
        QStringList all;
        for (const QRegularExpressionMatch& match : pattern->globalMatch(text))
            all.append(match.captured());
        all.sort();
        found.append(all.join(u' '));
    }
    QStringList inOrder;
    for (const QRegularExpressionMatch& match : tags.globalMatch(text))
        inOrder.append(match.captured());
    found.append(inOrder.join(u' '));
    found.append(u"lines %1"_s.arg(text.count(u'\n')));
    qsizetype mnemonics = 0;
    for (auto it = mnemonic.globalMatch(text); it.hasNext(); it.next())
        ++mnemonics;
    found.append(u"mnemonics %1"_s.arg(mnemonics));
    return found;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void thereAreSpanishAndFrench();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void placeholdersSurvive_data();
    void placeholdersSurvive();
    void lupdateFindsNothingNew();
};

void TestTranslationFiles::thereAreSpanishAndFrench()
{
    QStringList languages;
    for (const QString& path : tsFiles()) {
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(path + u": "_s + ts.error));
        languages.append(ts.language.left(2));
    }
    QVERIFY2(languages.contains(u"es"_s) && languages.contains(u"fr"_s), qPrintable(languages.join(u", "_s)));
}

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const Message& message : ts.messages) {
        // lupdate files a tr() it cannot attribute to a class (a `using M = Class; M::tr(…)`) under no context:
        // the running program would never find its translation.
        if (message.context.isEmpty())
            problems.append(u"no context: "_s + message.where());
        if (!message.type.isEmpty())
            problems.append(message.type + u": "_s + message.where());
        else if (message.translations.isEmpty() ||
                 std::any_of(message.translations.cbegin(), message.translations.cend(),
                             [](const QString& translation) { return translation.isEmpty(); }))
            problems.append(u"empty: "_s + message.where());
        else if (message.numerus && message.translations.size() < 2)
            problems.append(u"one plural form: "_s + message.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 of %2 messages:\n"_s.arg(problems.size()).arg(ts.messages.size()) +
                                            problems.mid(0, 40).join(u'\n')));
}

void TestTranslationFiles::placeholdersSurvive_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslationFiles::placeholdersSurvive()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QStringList problems;
    for (const Message& message : ts.messages) {
        const QStringList expected = shape(message.source);
        for (const QString& translation : message.translations) {
            const QStringList actual = shape(translation);
            if (actual != expected)
                problems.append(u"%1\n    %2\n    expected %3, found %4"_s.arg(
                    message.where(), translation, expected.join(u" | "_s), actual.join(u" | "_s)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
}

void TestTranslationFiles::lupdateFindsNothingNew()
{
    // The project lupdate uses for update_translations (ui/i18n/i18n.cmake), run into copies of the files.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(u"project.json"_s);
    QProcess cmake;
    cmake.start(QStringLiteral(SPINEREVIEW_CMAKE),
                {QStringLiteral("-DIN_FILE=" SPINEREVIEW_LUPDATE_PROJECT), u"-DOUT_FILE="_s + project, u"-P"_s,
                 QStringLiteral(SPINEREVIEW_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    QVERIFY(QFile::exists(project));

    QStringList copies;
    for (const QString& path : tsFiles()) {
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(SPINEREVIEW_LUPDATE),
                  QStringList{u"-project"_s, project, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s} +
                      copies);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    for (const QString& copy : std::as_const(copies)) {
        const TsFile before =
            readTs(QDir(QStringLiteral(SPINEREVIEW_SOURCE_DIR "/translations")).filePath(QFileInfo(copy).fileName()));
        const TsFile after = readTs(copy);
        QSet<QString> known;
        for (const Message& message : before.messages)
            known.insert(message.key());
        QStringList added;
        QSet<QString> current;
        for (const Message& message : after.messages) {
            current.insert(message.key());
            if (!known.contains(message.key()) || message.type == "unfinished"_L1)
                added.append(message.where());
        }
        QStringList gone;
        for (const Message& message : before.messages) {
            if (!current.contains(message.key()))
                gone.append(message.where());
        }
        QVERIFY2(added.isEmpty(),
                 qPrintable(u"%1: %2 message(s) in the sources have no translation; run the update_translations "
                            "target and translate them (translations/README.md):\n"_s.arg(QFileInfo(copy).fileName())
                                .arg(added.size()) +
                            added.mid(0, 40).join(u'\n')));
        QVERIFY2(gone.isEmpty(),
                 qPrintable(u"%1: %2 message(s) are no longer in the sources; run update_translations:\n"_s
                                .arg(QFileInfo(copy).fileName())
                                .arg(gone.size()) +
                            gone.mid(0, 40).join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
