// Fichier › Ouvrir… and Bases récentes: another database opened from the window, the files open
// closed first, a file that is not ours or is newer refused, the last ones opened listed.
#include "TestDatabase.h"
#include "store/Database.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecentDatabases.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace parcours;
using parcours::ui::MainWindow;
using parcours::ui::RecentDatabases;

class OpenDatabaseTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void ctrlOOpensAnotherDatabaseAndClosesTheFilesFirst();
    void aFileNotOursOrNewerIsRefusedAndTheDatabaseShownStays();
    void recentDatabasesListTheLastOpenedAMissingOneDisabled();
};

namespace {

QAction* fileAction(MainWindow& window, const QString& text)
{
    QMenu* file = window.menuBar()->actions().front()->menu();
    for (QAction* action : file->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

// The menu as it is about to be shown: its entries' paths (data), enabled or not.
QList<QAction*> recentEntries(MainWindow& window)
{
    emit window.recentMenu().aboutToShow();
    QList<QAction*> entries;
    for (QAction* action : window.recentMenu().actions())
        if (!action->data().toString().isEmpty())
            entries << action;
    return entries;
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void OpenDatabaseTest::initTestCase()
{
    test::isolateSettings();
}

void OpenDatabaseTest::init()
{
    test::isolateSettings(); // an empty list of recent databases
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void OpenDatabaseTest::ctrlOOpensAnotherDatabaseAndClosesTheFilesFirst()
{
    test::TestDatabase first;
    test::TestDatabase second;
    second.fillSmallCaseload();
    MainWindow window(first.connect(), first.clock());
    window.show();
    QCOMPARE(window.caseloadModel().rowCount(), 0);
    QAction* open = fileAction(window, QStringLiteral("&Open…"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));

    ui::FileDialogs::answerAutomatically(second.path());
    open->trigger();
    QCOMPARE(absolute(QString::fromStdString(window.database().path().string())), absolute(second.path()));
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    // A file open over the second: it closes before the first comes back.
    const RowId someone = window.caseloadModel().index(0, 0).data(ui::CaseloadModel::ParticipantIdRole).toLongLong();
    window.openParticipant(someone);
    QCOMPARE(window.participantFiles().size(), 1);
    ui::FileDialogs::answerAutomatically(first.path());
    open->trigger();
    QCOMPARE(absolute(QString::fromStdString(window.database().path().string())), absolute(first.path()));
    QCOMPARE(window.caseloadModel().rowCount(), 0);
    QVERIFY(window.participantFiles().isEmpty());

    ui::FileDialogs::answerAutomatically(QString()); // cancelled: nothing changes
    open->trigger();
    QCOMPARE(absolute(QString::fromStdString(window.database().path().string())), absolute(first.path()));
}

void OpenDatabaseTest::aFileNotOursOrNewerIsRefusedAndTheDatabaseShownStays()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();

    const QString notOurs = QFileInfo(data.path()).absolutePath() + QStringLiteral("/notes.sqlite");
    {
        QFile file(notOurs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Liste des rendez-vous de la semaine\n");
    }
    QVERIFY(!window.openDatabaseFile(notOurs));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("notes.sqlite")));
    QCOMPARE(absolute(QString::fromStdString(window.database().path().string())), absolute(data.path()));
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    test::TestDatabase newer;
    newer.db().sql().exec("PRAGMA user_version = " + std::to_string(Database::kSchemaVersion + 1));
    const QString refusedBefore = ui::MessageBox::lastText();
    QVERIFY(!window.openDatabaseFile(newer.path()));
    QVERIFY(ui::MessageBox::lastText() != refusedBefore);
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    QVERIFY(!window.openDatabaseFile(QFileInfo(data.path()).absolutePath() + QStringLiteral("/absent.sqlite")));
    QVERIFY(!QFileInfo::exists(QFileInfo(data.path()).absolutePath() + QStringLiteral("/absent.sqlite")));
    QCOMPARE(RecentDatabases::paths(), QStringList{absolute(data.path())}); // the refused are not remembered
}

void OpenDatabaseTest::recentDatabasesListTheLastOpenedAMissingOneDisabled()
{
    test::TestDatabase first;
    auto second = std::make_unique<test::TestDatabase>();
    test::TestDatabase third;
    third.fillSmallCaseload();
    MainWindow window(first.connect(), first.clock());
    window.show();
    const QString secondPath = absolute(second->path());
    QVERIFY(window.openDatabaseFile(secondPath));
    QVERIFY(window.openDatabaseFile(third.path()));

    QList<QAction*> entries = recentEntries(window);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0]->data().toString(), absolute(third.path())); // newest first
    QCOMPARE(entries[1]->data().toString(), secondPath);
    QCOMPARE(entries[2]->data().toString(), absolute(first.path()));
    for (QAction* entry : entries)
        QVERIFY(entry->isEnabled());

    entries[2]->trigger(); // back to the first, from the menu
    QCOMPARE(absolute(QString::fromStdString(window.database().path().string())), absolute(first.path()));

    second.reset(); // its folder removed
    entries = recentEntries(window);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0]->data().toString(), absolute(first.path()));
    QCOMPARE(entries[2]->data().toString(), secondPath);
    QVERIFY(!entries[2]->isEnabled());

    for (int i = 0; i < 10; ++i)
        RecentDatabases::add(QStringLiteral("/nowhere/base-%1.sqlite").arg(i));
    QCOMPARE(recentEntries(window).size(), RecentDatabases::kMax);

    QAction* clear = window.recentMenu().findChild<QAction*>(QStringLiteral("clearRecentDatabases"));
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(recentEntries(window).isEmpty());
    clear = window.recentMenu().findChild<QAction*>(QStringLiteral("clearRecentDatabases"));
    QVERIFY(!clear->isEnabled());
}

QTEST_MAIN(OpenDatabaseTest)
#include "OpenDatabaseTest.moc"
