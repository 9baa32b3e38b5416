// The interface speaks French unless the user asks for English first; the French file is loaded as main loads it
// and translates every tr() string of the sources.
#include "ui/common/Translations.h"
#include "TestDatabase.h"
#include "ui/common/DomainLabels.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using parcours::ui::chooseInterfaceLocale;

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { parcours::test::isolateSettings(); }
    void chooseLanguage_data();
    void chooseLanguage();
    void frenchMenusAndLabels();
    void frenchFileIsComplete();
    void sourcesAndFilesAgree();
};

namespace {

// One message of a .ts file, as lupdate left it.
struct TsMessage {
    QString context;
    QString source;
    bool plural = false;
    QString state; // the translation's type: "", "unfinished", "vanished" or "obsolete"
    bool empty = true;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.plural = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.state = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.plural) {
                        int forms = 0;
                        bool anyEmpty = false;
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform") {
                                ++forms;
                                anyEmpty = anyEmpty || xml.readElementText().trimmed().isEmpty();
                            } else {
                                xml.skipCurrentElement();
                            }
                        }
                        message.empty = forms == 0 || anyEmpty;
                    } else {
                        message.empty = xml.readElementText().trimmed().isEmpty();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// Runs lupdate over the sources the build translates, on a copy of translations/<name>, and
// returns the copy's messages: a string new in the sources comes back unfinished, a string
// gone from them vanished.
QList<TsMessage> updatedCopy(const QTemporaryDir& dir, const QString& name)
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(QString::fromUtf8(PARCOURS_TRANSLATIONS_DIR "/") + name, copy))
        return {};
    QProcess lupdate;
    lupdate.start(QString::fromUtf8(PARCOURS_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@") + QString::fromUtf8(PARCOURS_TRANSLATED_SOURCES), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        qWarning("lupdate: %s", lupdate.readAllStandardError().constData());
        return {};
    }
    return readTs(copy);
}

QString describe(const QList<TsMessage>& messages)
{
    QStringList lines;
    for (const TsMessage& message : messages)
        lines.append(QStringLiteral("%1 « %2 » (%3)")
                         .arg(message.context, message.source,
                              message.state.isEmpty() ? QStringLiteral("empty") : message.state));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TranslationsTest::chooseLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::newRow("French") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("fr")} << QLocale::French;
    QTest::newRow("Belgian French") << QStringList{QStringLiteral("fr-BE")} << QLocale::French;
    QTest::newRow("English") << QStringList{QStringLiteral("en-GB"), QStringLiteral("en")} << QLocale::English;
    QTest::newRow("C locale") << QStringList{QStringLiteral("C")} << QLocale::French;
    QTest::newRow("nothing") << QStringList{} << QLocale::French;
    QTest::newRow("German, no translation") << QStringList{QStringLiteral("de-DE")} << QLocale::French;
    QTest::newRow("German then English") << QStringList{QStringLiteral("de-DE"), QStringLiteral("en-US")}
                                         << QLocale::English;
    QTest::newRow("English then French") << QStringList{QStringLiteral("en-US"), QStringLiteral("fr-FR")}
                                         << QLocale::English;
    QTest::newRow("French then English") << QStringList{QStringLiteral("fr-CA"), QStringLiteral("en-CA")}
                                         << QLocale::French;
}

void TranslationsTest::chooseLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QLocale::Language, expected);
    QCOMPARE(chooseInterfaceLocale(uiLanguages).language(), expected);
}

void TranslationsTest::frenchMenusAndLabels()
{
    // Source strings are English: before any translator, the menu says "File".
    parcours::test::TestDatabase data;
    {
        parcours::ui::MainWindow window(data.connect(), data.clock());
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    }

    // As main does: the locale chosen from the system's languages (French when unknown).
    const QLocale locale = chooseInterfaceLocale({QStringLiteral("C")});
    QVERIFY(parcours::ui::installTranslations(*qApp, locale));
    parcours::ui::MainWindow window(data.connect(), data.clock());
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Fichier"));
    QCOMPARE(parcours::ui::statusLabel(parcours::PathwayStatus::OnHold), QStringLiteral("en veille"));
    // Qt's own strings too, when Qt's French file is installed on this machine.
    QCOMPARE(QLocale().language(), QLocale::French);
}

// Every string of the .ts file translated, plural forms included (run update_translations first).
void TranslationsTest::frenchFileIsComplete()
{
    QFile file(QString::fromUtf8(PARCOURS_TRANSLATIONS_DIR "/parcours_fr.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString ts = QString::fromUtf8(file.readAll());
    QVERIFY(ts.count(QStringLiteral("<source>")) > 50);
    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(ts.count(QStringLiteral("<translation></translation>")), 0);
    QCOMPARE(ts.count(QStringLiteral("<numerusform></numerusform>")), 0);
}

// The .ts files as the sources make them today: every tr() string of ui/ and of the GUI main
// translated into French, every plural form into English, and no translation of a string that
// is gone. When this fails, run the update_translations target and translate what it lists.
void TranslationsTest::sourcesAndFilesAgree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QList<TsMessage> french = updatedCopy(dir, QStringLiteral("parcours_fr.ts"));
    QVERIFY(french.size() > 50);
    QList<TsMessage> untranslated;
    for (const TsMessage& message : french) {
        if (!message.state.isEmpty() || message.empty)
            untranslated.append(message);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("French, not translated or gone from the sources:\n")
                                                + describe(untranslated)));

    const QList<TsMessage> english = updatedCopy(dir, QStringLiteral("parcours_en.ts"));
    QCOMPARE(english.size(), french.size());
    QList<TsMessage> pluralsLeft;
    for (const TsMessage& message : english) {
        if (message.plural && (!message.state.isEmpty() || message.empty))
            pluralsLeft.append(message);
    }
    QVERIFY2(pluralsLeft.isEmpty(), qPrintable(QStringLiteral("English plural forms not translated:\n")
                                               + describe(pluralsLeft)));
}

QTEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
