// The demo PLIE: created once in its own file of the application data folder, shown marked as the demo,
// reused the second time, and never mixed with the user's database.
#include "ui/demo/DemoPlie.h"
#include "TestDatabase.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/PlieSettingsRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using parcours::ui::MainWindow;

class DemoPlieTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstChoiceCreatesTheDemoBesideTheUserDatabase();
    void backToMyDatabase();
    void secondChoiceReusesTheFile();
    void demoEndsOnTheClockDay();
    void demoFiltersDoNotFollowBackToMyDatabase();

private:
    QTemporaryDir m_appData;
};

namespace {

QAction* findAction(const QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

int participantCount(parcours::test::TestDatabase& data)
{
    return parcours::ParticipantRepository(data.db(), data.clock()).count();
}

void openDemoFromEmptyState(MainWindow& window)
{
    auto* button = window.findChild<QPushButton*>(QStringLiteral("emptyDemo"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Ouvrir le PLIE de démonstration"));
    QTest::mouseClick(button, Qt::LeftButton); // returns once the demo is created and shown
}

} // namespace

void DemoPlieTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(m_appData.isValid());
    // The application data folder of this test: AppDataLocation is $XDG_DATA_HOME/<organisation>/<application>.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_appData.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    QVERIFY2(parcours::ui::demoDatabasePath().startsWith(m_appData.path()),
             qPrintable(parcours::ui::demoDatabasePath()));
    QVERIFY(parcours::ui::demoDatabasePath().endsWith(QStringLiteral("/Parcours/Parcours/demonstration.sqlite")));
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void DemoPlieTest::init()
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(parcours::ui::demoDatabasePath() + QLatin1String(suffix));
}

void DemoPlieTest::firstChoiceCreatesTheDemoBesideTheUserDatabase()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.caseloadView().showsEmptyState());
    QVERIFY(!QFile::exists(parcours::ui::demoDatabasePath()));

    openDemoFromEmptyState(window);

    QVERIFY(QFile::exists(parcours::ui::demoDatabasePath()));
    QVERIFY(window.showsDemo());
    QCOMPARE(parcours::ui::toQString(window.database().path()), parcours::ui::demoDatabasePath());
    QCOMPARE(window.caseloadModel().rowCount(), 300);
    QVERIFY(!window.caseloadView().showsEmptyState());

    // Marked as the demo: the title, the yellow banner, the status bar.
    QCOMPARE(window.windowTitle(), QStringLiteral("PLIE de démonstration \u2014 Démonstration \u2014 Parcours"));
    const auto* banner = window.findChild<QWidget*>(QStringLiteral("demoBanner"));
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("demoBannerText"))->text(),
             QStringLiteral("<b>Vous consultez un PLIE de démonstration\u00a0:</b> données fictives."));
    const QString shownPath = window.findChild<QLabel*>(QStringLiteral("databasePath"))->text();
    QVERIFY2(shownPath.endsWith(QStringLiteral("demonstration.sqlite")), qPrintable(shownPath));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("caseloadSize"))->text(), QStringLiteral("300 participant.e.s"));

    // Nothing of the demo in the user's database, and no import into the demo.
    QCOMPARE(participantCount(data), 0);
    QVERIFY(!findAction(window, QStringLiteral("&Importer un dossier…"))->isEnabled());
    QVERIFY(!findAction(window, QStringLiteral("Ouvrir le PLIE de &démonstration"))->isVisible());
    QVERIFY(findAction(window, QStringLiteral("&Revenir à ma base"))->isVisible());
}

void DemoPlieTest::backToMyDatabase()
{
    parcours::test::TestDatabase data;
    data.setPlieName("PLIE de Lyon");
    MainWindow window(data.connect(), data.clock());
    window.show();
    openDemoFromEmptyState(window);
    QVERIFY(window.showsDemo());

    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("demoBannerBack")), Qt::LeftButton);
    QVERIFY(!window.showsDemo());
    QCOMPARE(parcours::ui::toQString(window.database().path()), data.path());
    QCOMPARE(window.caseloadModel().rowCount(), 0);
    QVERIFY(window.caseloadView().showsEmptyState());
    QCOMPARE(window.windowTitle(), QStringLiteral("PLIE de Lyon \u2014 Parcours"));
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("demoBanner"))->isVisible());
    QVERIFY(findAction(window, QStringLiteral("&Importer un dossier…"))->isEnabled());
    QVERIFY(findAction(window, QStringLiteral("Ouvrir le PLIE de &démonstration"))->isVisible());
    QVERIFY(!findAction(window, QStringLiteral("&Revenir à ma base"))->isVisible());
    QCOMPARE(participantCount(data), 0);
}

void DemoPlieTest::secondChoiceReusesTheFile()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    openDemoFromEmptyState(window);
    findAction(window, QStringLiteral("&Revenir à ma base"))->trigger();
    QVERIFY(!window.showsDemo());

    // A mark left in the demo's file: a new demo would not carry it.
    {
        parcours::Database demo(parcours::ui::toPath(parcours::ui::demoDatabasePath()),
                                parcours::OpenMode::ExistingOnly);
        parcours::PlieSettingsRepository(demo).set({"PLIE de démonstration (déjà là)", "DEMO"});
    }
    findAction(window, QStringLiteral("Ouvrir le PLIE de &démonstration"))->trigger();
    QVERIFY(window.showsDemo());
    QCOMPARE(window.caseloadModel().rowCount(), 300);
    QCOMPARE(window.windowTitle(),
             QStringLiteral("PLIE de démonstration (déjà là) \u2014 Démonstration \u2014 Parcours"));
    QCOMPARE(participantCount(data), 0);
}

void DemoPlieTest::demoEndsOnTheClockDay()
{
    parcours::test::TestDatabase data;
    data.clock().setToday(parcours::Date(2024, 6, 30));
    MainWindow window(data.connect(), data.clock());
    window.show();
    openDemoFromEmptyState(window);

    const parcours::ui::CaseloadModel& model = window.caseloadModel();
    QCOMPARE(model.rowCount(), 300);
    QDate latestEntry;
    for (int row = 0; row < model.rowCount(); ++row)
        latestEntry = std::max(
            latestEntry,
            model.index(row, parcours::ui::CaseloadModel::Entry).data(parcours::ui::CaseloadModel::SortRole).toDate());
    QVERIFY2(latestEntry <= QDate(2024, 6, 30), qPrintable(latestEntry.toString(Qt::ISODate)));
    QVERIFY2(latestEntry >= QDate(2024, 1, 1), qPrintable(latestEntry.toString(Qt::ISODate)));
}

void DemoPlieTest::demoFiltersDoNotFollowBackToMyDatabase()
{
    using Filters = parcours::ui::CaseloadView::Filters;
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    parcours::ui::CaseloadView& view = window.caseloadView();
    view.setFilters(Filters{QString(), QStringLiteral("all"), QStringLiteral("all")});
    QCOMPARE(view.shownCount(), 5);

    // The demo starts from no search, the current pathways and « Moi »; there, a search and filters.
    findAction(window, QStringLiteral("Ouvrir le PLIE de &démonstration"))->trigger();
    QVERIFY(window.showsDemo());
    QCOMPARE(view.filters().search, QString());
    QCOMPARE(view.filters().status, QStringLiteral("open"));
    QCOMPARE(view.filters().referent, QStringLiteral("me"));
    view.setFilters(Filters{QStringLiteral("Zzz"), QStringLiteral("exited"), QStringLiteral("all")});
    // Closing Parcours in the demo keeps the user's own filters for next time, not the demo's.
    window.saveSettings();
    QCOMPARE(QSettings().value(QStringLiteral("caseload/statusFilter")).toString(), QStringLiteral("all"));

    // Back home: no search left, the user's own filters, everyone shown (a new person too).
    findAction(window, QStringLiteral("&Revenir à ma base"))->trigger();
    QVERIFY(!window.showsDemo());
    QCOMPARE(view.filters().search, QString());
    QCOMPARE(view.filters().status, QStringLiteral("all"));
    QCOMPARE(view.filters().referent, QStringLiteral("all"));
    QCOMPARE(view.shownCount(), 5);
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("caseloadSearch"))->text(), QString());
}

QTEST_MAIN(DemoPlieTest)
#include "DemoPlieTest.moc"
