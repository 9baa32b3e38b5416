// The interface speaks French unless the user asks for English first; the French file is loaded as main loads it.
#include "ui/common/Translations.h"
#include "TestDatabase.h"
#include "ui/common/DomainLabels.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QTest>

using parcours::ui::chooseInterfaceLocale;

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { parcours::test::isolateSettings(); }
    void chooseLanguage_data();
    void chooseLanguage();
    void frenchMenusAndLabels();
    void frenchFileIsComplete();
};

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

QTEST_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
