// The window lock: Ctrl+Alt+L, the idle time and the screen saver lock every window; nothing of a
// file shows (contents covered, neutral titles) and no input reaches it; a wrong secret keeps it
// locked, the lock code (plain base) or the passphrase (encrypted base) unlocks it.
#include "TestDatabase.h"

#include "store/DatabaseKey.h"
#include "ui/common/MessageBox.h"
#include "ui/main/MainWindow.h"
#include "ui/privacy/LockCode.h"
#include "ui/privacy/LockScreen.h"
#include "ui/privacy/WindowLock.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using parcours::ui::LockScreen;
using parcours::ui::MainWindow;
using parcours::ui::WindowLock;
namespace LockCode = parcours::ui::LockCode;

class WindowLockTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shortcutCoversEveryWindowAndItsTitle();
    void noInputReachesAWindowWhileLocked();
    void aWrongCodeKeepsItLockedTheRightOneUnlocks();
    void thePassphraseUnlocksAnEncryptedBase();
    void idleTimeLocksAndInputPostponesIt();
    void theScreenSaverLocks();
    void aWindowOpenedWhileLockedIsCovered();

private:
    std::unique_ptr<parcours::test::TestDatabase> m_data;
};

namespace {

// A participant's window as the referent would have it open beside the main window.
QDialog* openFileWindow(QWidget* parent, QPushButton** button = nullptr)
{
    auto* file = new QDialog(parent);
    file->setAttribute(Qt::WA_DeleteOnClose);
    file->setWindowTitle(QStringLiteral("Martin Sophie — dossier"));
    auto* layout = new QVBoxLayout(file);
    layout->addWidget(new QLabel(QStringLiteral("Martin Sophie, née le 12/03/1985"), file));
    auto* save = new QPushButton(QStringLiteral("Enregistrer"), file);
    layout->addWidget(save);
    if (button)
        *button = save;
    file->resize(400, 300);
    file->show();
    return file;
}

// Whether every point of `window` (a grid over its client area, below the menu bar) shows the
// lock screen, so that nothing of what is under it can be seen.
bool coveredWhole(QWidget* window, int top = 0)
{
    for (int y = top + 2; y < window->height(); y += 17) {
        for (int x = 2; x < window->width(); x += 23) {
            QWidget* shown = window->childAt(x, y);
            bool onLock = false;
            for (QWidget* w = shown; w; w = w->parentWidget()) {
                if (qobject_cast<LockScreen*>(w))
                    onLock = true;
            }
            if (!onLock)
                return false;
        }
    }
    return true;
}

// The main window's own lock screen (the other windows' covers have no field).
LockScreen* mainLockScreen(MainWindow& window)
{
    return window.findChild<LockScreen*>(QStringLiteral("lockScreen"), Qt::FindDirectChildrenOnly);
}

QLineEdit* secretField(MainWindow& window)
{
    return mainLockScreen(window)->findChild<QLineEdit*>(QStringLiteral("unlockSecret"));
}

void typeSecret(MainWindow& window, const QString& secret)
{
    QLineEdit* field = secretField(window);
    QVERIFY(field && field->isVisible());
    field->clear();
    QTest::keyClicks(field, secret);
    QTest::mouseClick(mainLockScreen(window)->findChild<QPushButton*>(QStringLiteral("unlock")), Qt::LeftButton);
}

} // namespace

void WindowLockTest::initTestCase()
{
    parcours::test::isolateSettings();
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void WindowLockTest::init()
{
    parcours::test::isolateSettings();
    m_data = std::make_unique<parcours::test::TestDatabase>();
    m_data->fillSmallCaseload();
}

void WindowLockTest::shortcutCoversEveryWindowAndItsTitle()
{
    MainWindow window(m_data->connect(), m_data->clock());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString title = window.windowTitle();
    QDialog* file = openFileWindow(&window);
    QVERIFY(!coveredWhole(&window, window.menuBar()->height()));

    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    QVERIFY(window.windowLock().isLocked());
    QCOMPARE(window.windowTitle(), QStringLiteral("Parcours (locked)"));
    QCOMPARE(file->windowTitle(), QStringLiteral("Parcours (locked)"));
    QVERIFY(coveredWhole(&window)); // the menu bar too
    QVERIFY(coveredWhole(file));
    // The lock screen says nothing of the base but how to unlock.
    for (LockScreen* screen : window.findChildren<LockScreen*>()) {
        for (QLabel* label : screen->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(QStringLiteral("Martin")), qPrintable(label->text()));
    }

    typeSecret(window, QString()); // no code chosen: Unlock alone unlocks
    QVERIFY(!window.windowLock().isLocked());
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(file->windowTitle(), QStringLiteral("Martin Sophie — dossier"));
    QVERIFY(!coveredWhole(file));
}

void WindowLockTest::noInputReachesAWindowWhileLocked()
{
    MainWindow window(m_data->connect(), m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPushButton* save = nullptr;
    QDialog* file = openFileWindow(&window, &save);
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QSignalSpy clicked(save, &QPushButton::clicked);

    window.windowLock().lock();
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::keyClick(save, Qt::Key_Space);
    QCOMPARE(clicked.count(), 0);
    // The application's shortcuts do not fire either: the File menu's actions stay put.
    QSignalSpy lockTriggered(window.windowLock().action(), &QAction::triggered);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    QCOMPARE(lockTriggered.count(), 0);

    window.windowLock().unlock(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

void WindowLockTest::aWrongCodeKeepsItLockedTheRightOneUnlocks()
{
    LockCode::set(QStringLiteral("4321"));
    MainWindow window(m_data->connect(), m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.windowLock().lock();

    typeSecret(window, QStringLiteral("1234"));
    QVERIFY(window.windowLock().isLocked());
    QVERIFY(mainLockScreen(window)->findChild<QLabel*>(QStringLiteral("unlockWrong"))->isVisible());
    typeSecret(window, QString());
    QVERIFY(window.windowLock().isLocked());

    typeSecret(window, QStringLiteral("4321"));
    QVERIFY(!window.windowLock().isLocked());
    QVERIFY(!secretField(window)->isVisible());
    QVERIFY(secretField(window)->text().isEmpty()); // the code typed does not stay in memory on screen
}

void WindowLockTest::thePassphraseUnlocksAnEncryptedBase()
{
    QTemporaryDir dir;
    const parcours::DatabaseKey key("rouge-gorge au jardin d'hiver");
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "chiffree.parcours";
    LockCode::set(QStringLiteral("4321")); // a plain base's code: no use on an encrypted one
    MainWindow window(std::make_unique<parcours::Database>(path, parcours::OpenMode::CreateIfMissing, key),
                      m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.windowLock().lock();

    typeSecret(window, QStringLiteral("4321"));
    QVERIFY(window.windowLock().isLocked());
    typeSecret(window, QStringLiteral("rouge-gorge au jardin"));
    QVERIFY(window.windowLock().isLocked());
    typeSecret(window, QStringLiteral("rouge-gorge au jardin d'hiver"));
    QVERIFY(!window.windowLock().isLocked());
}

void WindowLockTest::idleTimeLocksAndInputPostponesIt()
{
    MainWindow window(m_data->connect(), m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.windowLock().setIdleTimeout(std::chrono::milliseconds(1500));

    // Input every 300 ms for 3 s: never 1.5 s without input, so no lock.
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(300);
        QTest::mouseMove(&window, QPoint(100 + i, 100));
        QVERIFY(!window.windowLock().isLocked());
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.windowLock().isLocked(), 10000);

    // The setting the user chooses is in minutes, 10 by default.
    QCOMPARE(WindowLock::idleMinutes(), 10);
    WindowLock::setIdleMinutes(3);
    QCOMPARE(WindowLock::idleMinutes(), 3);
}

void WindowLockTest::theScreenSaverLocks()
{
    MainWindow window(m_data->connect(), m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy locked(&window.windowLock(), &WindowLock::lockedChanged);
    // As the desktop's ScreenSaver.ActiveChanged signal calls it.
    QVERIFY(QMetaObject::invokeMethod(&window.windowLock(), "screenSaverChanged", Q_ARG(bool, false)));
    QVERIFY(!window.windowLock().isLocked());
    QVERIFY(QMetaObject::invokeMethod(&window.windowLock(), "screenSaverChanged", Q_ARG(bool, true)));
    QVERIFY(window.windowLock().isLocked());
    QCOMPARE(locked.count(), 1);
}

void WindowLockTest::aWindowOpenedWhileLockedIsCovered()
{
    MainWindow window(m_data->connect(), m_data->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.windowLock().lock();

    QDialog* file = openFileWindow(&window);
    QCOMPARE(file->windowTitle(), QStringLiteral("Parcours (locked)"));
    QTRY_VERIFY(coveredWhole(file));

    window.windowLock().unlock(QString());
    QCOMPARE(file->windowTitle(), QStringLiteral("Martin Sophie — dossier"));
    QVERIFY(!coveredWhole(file));
}

QTEST_MAIN(WindowLockTest)
#include "WindowLockTest.moc"
