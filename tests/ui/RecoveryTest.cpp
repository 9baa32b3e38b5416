// Backups and recovery in the window: « Sauvegarder maintenant », « Restaurer une sauvegarde… »,
// the offer of the newest sound backup for a damaged base (at open and after a write), the
// report of an unclean shutdown, the automatic backups' day rule.
#include "TestDatabase.h"
#include "backup/BackupFolder.h"
#include "backup/OpenMarker.h"
#include "store/DatabaseCopy.h"
#include "store/StoreError.h"
#include "ui/backup/AutomaticBackups.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/backup/DamageNotice.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StartupDatabase.h"
#include "usecases/ParticipantCases.h"

#include <SQLiteCpp/Database.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <sys/wait.h> // a process that has ended: forked, then waited for
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace parcours;
using parcours::ui::MainWindow;
using parcours::ui::MessageBox;

namespace fs = std::filesystem;

class RecoveryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backUpNowWritesASoundBackupAndNamesIt();
    void restoreDialogListsTheBackupsAndRestoringOneBringsBackItsData();
    void damagedBaseAtOpenOffersTheNewestSoundBackup();
    void damagedBaseRefusedIsLeftAsItWasAndNothingOpens();
    void damagedBaseWithoutBackupSaysWhereTheFileIs();
    void writeThatMeetsDamageOffersTheBackupInTheWindow();
    void damageRefusedInTheWindowClosesItWithoutTouchingTheBase();
    void aBackupFileElsewhereCanBeRestored();
    void uncleanShutdownIsReportedAndTheMarkerGoesAtACleanClose();
    void automaticBackupsFollowTheDayRule();
    void aFailedAutomaticBackupIsToldOnceInTheStatusBar();
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

// Zeroes the root page of the participants' table: quick_check then fails, as after a torn write.
void damage(const fs::path& file)
{
    int page = 0;
    int pageSize = 0;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'participants'").getInt();
        pageSize = db.execAndGet("PRAGMA page_size").getInt();
    }
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(page - 1) * pageSize);
    const std::string zeros(static_cast<std::size_t>(pageSize), '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files beside the base whose name holds `label` (« remplacee », « endommagee »).
QStringList setAside(const QString& base, const QString& label)
{
    const QFileInfo info(base);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QStringLiteral(".") + label + QStringLiteral("-*.sqlite")}, QDir::Files);
}

// The first participant of the caseload deleted behind the window's back: the base now differs from its backup.
void deleteOneParticipant(Database& db, const Clock& clock)
{
    const RowId id = db.sql().execAndGet("SELECT min(id) FROM participants").getInt64();
    deleteParticipant(db, clock, id);
}

std::int64_t endedProcessId()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

} // namespace

void RecoveryTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    test::isolateSettings();
}

void RecoveryTest::init()
{
    test::isolateSettings();
    MessageBox::answerAutomatically(QMessageBox::Ok);
}

void RecoveryTest::backUpNowWritesASoundBackupAndNamesIt()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    QAction* backUp = fileAction(window, QStringLiteral("&Sauvegarder maintenant"));
    QVERIFY(backUp);
    backUp->trigger();

    const auto backups = listBackups(ui::toPath(data.path()));
    QCOMPARE(backups.size(), std::size_t(1));
    QVERIFY(checkDatabaseCopy(backups.front().path).sound);
    const QString name = ui::toQString(backups.front().path.filename());
    QVERIFY2(window.statusBar()->currentMessage().contains(name), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Sauvegarde")),
             qPrintable(window.statusBar()->currentMessage()));
}

void RecoveryTest::restoreDialogListsTheBackupsAndRestoringOneBringsBackItsData()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    backupNow(ui::toPath(data.path()), data.clock());
    data.release();
    MainWindow window(data.connect(), data.clock());
    deleteOneParticipant(window.database(), data.clock());
    window.caseloadModel().reload();
    QCOMPARE(window.caseloadModel().rowCount(), 4);

    MessageBox::answerAutomatically(QMessageBox::Yes); // the confirmation
    QString listed;
    QString state;
    bool restoreEnabled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::BackupsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->list().topLevelItemCount(), 1);
        QVERIFY(QTest::qWaitFor([&] { return dialog->checksDone(); }));
        // The check's result reaches the list through a queued signal.
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog->list().topLevelItem(0)->text(2) != QStringLiteral("Vérification…"); }));
        listed = dialog->list().topLevelItem(0)->text(0);
        state = dialog->list().topLevelItem(0)->text(2);
        auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restore"));
        restoreEnabled = restore->isEnabled();
        restore->click();
    });
    window.chooseBackupToRestore();

    QVERIFY2(listed.contains(QStringLiteral("novembre 2026")), qPrintable(listed)); // its date, in French
    QCOMPARE(state, QStringLiteral("Saine"));
    QVERIFY(restoreEnabled);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("remplacee")), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.caseloadModel().rowCount(), 5); // the backup's data, in the window
    const QStringList replaced = setAside(data.path(), QStringLiteral("remplacee"));
    QCOMPARE(replaced.size(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(replaced.front()),
             qPrintable(window.statusBar()->currentMessage()));
    // The window writes into the restored base again.
    deleteOneParticipant(window.database(), data.clock());
    window.caseloadModel().reload();
    QCOMPARE(window.caseloadModel().rowCount(), 4);
}

void RecoveryTest::damagedBaseAtOpenOffersTheNewestSoundBackup()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    backupNow(ui::toPath(data.path()), data.clock());
    deleteOneParticipant(data.db(), data.clock());
    data.release();
    damage(ui::toPath(data.path()));
    const QByteArray damaged = bytesOf(data.path());

    MessageBox::answerAutomatically(QMessageBox::Yes); // « Restaurer la sauvegarde »
    std::unique_ptr<Database> db = ui::openStartupDatabase(data.path(), data.clock());
    QVERIFY(db);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("endommag")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("27 novembre 2026")), qPrintable(MessageBox::lastText()));
    const QStringList aside = setAside(data.path(), QStringLiteral("endommagee"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(bytesOf(QFileInfo(data.path()).absoluteDir().filePath(aside.front())), damaged);
    QVERIFY(setAside(data.path(), QStringLiteral("remplacee")).isEmpty()); // aside once, as damaged

    MainWindow window(std::move(db), data.clock());
    QCOMPARE(window.caseloadModel().rowCount(), 5); // the backup's, before the deletion
}

void RecoveryTest::damagedBaseRefusedIsLeftAsItWasAndNothingOpens()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    backupNow(ui::toPath(data.path()), data.clock());
    data.release();
    damage(ui::toPath(data.path()));
    const QByteArray damaged = bytesOf(data.path());

    MessageBox::answerAutomatically(QMessageBox::Cancel); // « Ne rien ouvrir »
    QVERIFY(!ui::openStartupDatabase(data.path(), data.clock()));
    QCOMPARE(bytesOf(data.path()), damaged);
    QVERIFY(setAside(data.path(), QStringLiteral("endommagee")).isEmpty());
}

void RecoveryTest::damagedBaseWithoutBackupSaysWhereTheFileIs()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    data.release();
    damage(ui::toPath(data.path()));
    const QByteArray damaged = bytesOf(data.path());

    MessageBox::answerAutomatically(QMessageBox::Yes); // would accept, but nothing is offered
    QVERIFY(!ui::openStartupDatabase(data.path(), data.clock()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Aucune sauvegarde saine")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(data.path()).toHtmlEscaped()),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(bytesOf(data.path()), damaged);
}

void RecoveryTest::writeThatMeetsDamageOffersTheBackupInTheWindow()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    backupNow(ui::toPath(data.path()), data.clock());
    data.release();
    MainWindow window(data.connect(), data.clock());
    deleteOneParticipant(window.database(), data.clock());
    window.caseloadModel().reload();
    QCOMPARE(window.caseloadModel().rowCount(), 4);

    // What a write's catch does with the store's DatabaseDamaged.
    MessageBox::answerAutomatically(QMessageBox::Yes);
    ui::DamageNotice::reportIfDamaged(
        DatabaseDamaged("La base « test.sqlite » est endommagée.", window.database().path()));
    QTRY_COMPARE(window.caseloadModel().rowCount(), 5); // the backup, once the window was free to offer it
    QCOMPARE(setAside(data.path(), QStringLiteral("endommagee")).size(), 1);
    QVERIFY(setAside(data.path(), QStringLiteral("remplacee")).isEmpty());
}

void RecoveryTest::damageRefusedInTheWindowClosesItWithoutTouchingTheBase()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    backupNow(ui::toPath(data.path()), data.clock());
    data.release();
    MainWindow window(data.connect(), data.clock());
    window.show();

    MessageBox::answerAutomatically(QMessageBox::Cancel); // « Ne rien ouvrir »
    ui::DamageNotice::reportIfDamaged(DatabaseDamaged("La base est endommagée.", window.database().path()));
    QTRY_VERIFY(!window.isVisible());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("se ferme")), qPrintable(MessageBox::lastText()));
    QVERIFY(setAside(data.path(), QStringLiteral("endommagee")).isEmpty());
    QVERIFY(QFile::exists(data.path()));
}

void RecoveryTest::aBackupFileElsewhereCanBeRestored()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    QTemporaryDir elsewhere;
    const QString copy = QDir(elsewhere.path()).filePath(QStringLiteral("copie.sqlite"));
    copyDatabaseFile(ui::toPath(data.path()), ui::toPath(copy));
    data.release();
    MainWindow window(data.connect(), data.clock());
    deleteOneParticipant(window.database(), data.clock());
    window.caseloadModel().reload();

    MessageBox::answerAutomatically(QMessageBox::Yes);
    ui::FileDialogs::answerAutomatically(copy);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::BackupsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("noBackup"))->isVisibleTo(dialog)); // none in its folder
        dialog->findChild<QPushButton*>(QStringLiteral("otherFile"))->click();
    });
    window.chooseBackupToRestore();
    ui::FileDialogs::showToUser();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("copie.sqlite")), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.caseloadModel().rowCount(), 5);
    QCOMPARE(setAside(data.path(), QStringLiteral("remplacee")).size(), 1);
}

void RecoveryTest::uncleanShutdownIsReportedAndTheMarkerGoesAtACleanClose()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    const fs::path base = ui::toPath(data.path());
    std::ofstream(openMarkerPathFor(base)) << endedProcessId() << "\n";
    {
        MainWindow window(data.connect(), data.clock());
        window.show();
        window.startSafeguards();
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("n'a pas été fermé correctement")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("saine")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!wasClosedUncleanly(base)); // the marker names this window now
        QVERIFY(fs::exists(openMarkerPathFor(base)));
        window.close();
        QVERIFY(!fs::exists(openMarkerPathFor(base))); // a clean close
    }
}

void RecoveryTest::automaticBackupsFollowTheDayRule()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    const fs::path base = ui::toPath(data.path());
    {
        MainWindow window(data.connect(), data.clock());
        window.startSafeguards();
        window.automaticBackups().wait();
        QCOMPARE(listBackups(base).size(), std::size_t(1)); // at start
        window.automaticBackups().backUpIfNoneToday();
        window.automaticBackups().wait();
        QCOMPARE(listBackups(base).size(), std::size_t(1)); // there is one of today
    }
    {
        MainWindow again(data.connect(), data.clock()); // a second start the same day
        again.startSafeguards();
        again.automaticBackups().wait();
        const auto backups = listBackups(base);
        QCOMPARE(backups.size(), std::size_t(1)); // the newest of the day kept, as the rule says
        QVERIFY(checkDatabaseCopy(backups.front().path).sound);

        data.clock().setToday(Date(2026, 11, 28)); // the window left open past midnight
        again.automaticBackups().backUpIfNoneToday();
        again.automaticBackups().wait();
        QCOMPARE(listBackups(base).size(), std::size_t(2));
        QCOMPARE(listBackups(base).front().day, Date(2026, 11, 28));
    }
}

void RecoveryTest::aFailedAutomaticBackupIsToldOnceInTheStatusBar()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    QFile blocker(data.path() + QStringLiteral("-sauvegardes")); // a file where the backups' folder would be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindow window(data.connect(), data.clock());
    QSignalSpy failures(&window.automaticBackups(), &ui::AutomaticBackups::failed);
    const QString lastBox = MessageBox::lastText();
    window.startSafeguards();
    QTRY_COMPARE(failures.count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Échec de la sauvegarde automatique")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("sauvegardes")),
             qPrintable(window.statusBar()->currentMessage()));

    window.statusBar()->clearMessage();
    window.automaticBackups().backUpIfNoneToday(); // the hour's retry fails the same way
    window.automaticBackups().wait();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(failures.count(), 1);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QCOMPARE(MessageBox::lastText(), lastBox); // never a box
}

QTEST_MAIN(RecoveryTest)
#include "RecoveryTest.moc"
