// MainWindow: the empty state on a new database, the count and path in the status bar, the title, the menus.
#include "ui/main/MainWindow.h"
#include "TestDatabase.h"
#include "Version.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/common/HelpWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/reports/DashboardWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using parcours::ui::MainWindow;

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyDatabaseShowsTheEmptyState();
    void filledDatabaseShowsTheTableAndCount();
    void titleCarriesThePlieName();
    void quitIsCtrlQ();
    void aboutShowsTheVersion();
    void guideOpensWithF1();
    void dashboardOpensOnceWithCtrlD();
    void coordinatorsActionsAreInTheMenus();
};

namespace {

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

QAction* findAction(const QWidget& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == shortcut)
            return action;
    return nullptr;
}

} // namespace

void MainWindowTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void MainWindowTest::emptyDatabaseShowsTheEmptyState()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.caseloadView().showsEmptyState());
    const auto* empty = window.findChild<QLabel*>(QStringLiteral("caseloadEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Aucun.e participant.e pour l\u2019instant")),
             qPrintable(empty->text()));
    QVERIFY(!window.findChild<QTableView*>(QStringLiteral("caseloadTable"))->isVisible());
    QCOMPARE(labelText(window, "caseloadSize"), QStringLiteral("0 participant.e"));
}

void MainWindowTest::filledDatabaseShowsTheTableAndCount()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(!window.caseloadView().showsEmptyState());
    const auto* table = window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 4); // « en cours » by default: Jean Petit has exited
    // Until the référent.e has said who they are: the whole database.
    QCOMPARE(labelText(window, "caseloadSize"), QStringLiteral("5 participant.e.s"));
    QCOMPARE(labelText(window, "shownCount"), QStringLiteral("4 affich\u00e9.e.s"));
    QVERIFY2(labelText(window, "databasePath").endsWith(QStringLiteral("test.sqlite")),
             qPrintable(labelText(window, "databasePath")));
}

void MainWindowTest::titleCarriesThePlieName()
{
    parcours::test::TestDatabase data;
    {
        MainWindow window(data.connect(), data.clock());
        QCOMPARE(window.windowTitle(), QStringLiteral("Parcours"));
    }
    data.setPlieName("PLIE de Lyon");
    MainWindow window(data.connect(), data.clock());
    QCOMPARE(window.windowTitle(), QStringLiteral("PLIE de Lyon \u2014 Parcours"));
}

void MainWindowTest::quitIsCtrlQ()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    QAction* quit = findAction(window, QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(quit);
    QCOMPARE(quit->text(), QStringLiteral("&Quitter"));

    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, QStringList({QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("&Parcours"),
                                 QStringLiteral("&Rapports"), QStringLiteral("&Aide")}));
}

void MainWindowTest::aboutShowsTheVersion()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    QAction* about = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    QVERIFY(about);
    about->trigger();
    QCOMPARE(parcours::ui::MessageBox::lastTitle(), QStringLiteral("\u00c0 propos de Parcours"));
    QVERIFY(parcours::ui::MessageBox::lastText().contains(QString::fromUtf8(parcours::kVersion)));
}

void MainWindowTest::guideOpensWithF1()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* guide = findAction(window, QKeySequence(Qt::Key_F1));
    QVERIFY(guide);
    QCOMPARE(guide->text(), QStringLiteral("&Guide de Parcours"));
    guide->trigger();

    auto* help = window.findChild<parcours::ui::HelpWindow*>();
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->windowTitle(), QStringLiteral("Guide de Parcours"));
    // The daily tasks, in French: the file, the turns of a pathway, « À faire », the import, the demo.
    const QString text = help->browser()->toPlainText();
    for (const QString& topic : {QStringLiteral("Le dossier d’une personne"), QStringLiteral("Mettre en veille"),
                                 QStringLiteral("Valider l’emploi durable"), QStringLiteral("Sortie"),
                                 QStringLiteral("« À faire »"), QStringLiteral("Importer un dossier"),
                                 QStringLiteral("PLIE de démonstration"),
                                 QStringLiteral("Pour la coordination"), QStringLiteral("Réaffecter à…")})
        QVERIFY2(text.contains(topic), qPrintable(topic));

    // A second F1 raises the same window.
    guide->trigger();
    QCOMPARE(window.findChildren<parcours::ui::HelpWindow*>().size(), 1);
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"

void MainWindowTest::dashboardOpensOnceWithCtrlD()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    QAction* dashboard = findAction(window, QKeySequence(Qt::CTRL | Qt::Key_D));
    QVERIFY(dashboard);
    QCOMPARE(dashboard->text(), QStringLiteral("&Tableau de bord…"));
    dashboard->trigger();
    auto* shown = window.findChild<parcours::ui::DashboardWindow*>();
    QVERIFY(shown && shown->isVisible());
    QVERIFY(shown->isWindow()); // a window of its own, not a widget drawn inside the caseload
    dashboard->trigger(); // raised, not opened twice
    QCOMPARE(window.findChildren<parcours::ui::DashboardWindow*>().size(), 1);
    QTRY_VERIFY(!shown->isLoading());
}

void MainWindowTest::coordinatorsActionsAreInTheMenus()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* action : menu->menu()->actions())
            texts << menu->text() + QStringLiteral(" > ") + action->text();
    for (const char* expected :
         {"&Fichier > &Exporter la liste…", "&Parcours > &Réaffecter à…",
          "&Parcours > &Valider les entrées", "&Parcours > &Entrées à valider…",
          "&Parcours > O&pérateurs…", "&Rapports > &Consolidation annuelle…"})
        QVERIFY2(texts.contains(QString::fromUtf8(expected)), expected);
}
