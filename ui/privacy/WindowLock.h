// The lock of the application's windows: after some minutes without input, on the screen saver
// where the platform says so (the desktop's D-Bus ScreenSaver on Linux), and with Ctrl+Alt+L.
// While locked, every window is covered by an opaque page under a neutral title (so taskbar
// previews show nothing of a file), and no input reaches anything but the main window's lock
// screen; the passphrase of an encrypted base (or the lock code of a plain one) unlocks. Windows
// are covered rather than hidden: hiding a dialog would end it as if cancelled.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QAction;
class QMainWindow;
class QTimer;
class QWidget;

namespace parcours::ui {

class LockScreen;

class WindowLock : public QObject {
    Q_OBJECT

public:
    // The minutes without input before the lock (the user's setting, 10 by default; 0: never).
    static int idleMinutes();
    static void setIdleMinutes(int minutes);

    // `window`: the main window, which shows the lock screen. `unlocks` says whether a secret
    // typed unlocks; `prompt` tells what to type. Starts counting idle time at once.
    WindowLock(QMainWindow* window, std::function<bool(const QString&)> unlocks);
    ~WindowLock() override;

    void setPrompt(const QString& prompt);
    // The idle time before the lock (tests use milliseconds); zero: never.
    void setIdleTimeout(std::chrono::milliseconds timeout);

    // « Fichier › Verrouiller » (Ctrl+Alt+L, from any window).
    QAction* action() const { return m_action; }
    bool isLocked() const { return m_locked; }
    void lock();
    // Unlocks when `secret` is right: true. Wrong: stays locked, the lock screen says so.
    bool unlock(const QString& secret);

signals:
    void lockedChanged(bool locked);

private slots:
    void screenSaverChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Covers `window` (not the main one, a menu nor a tooltip), its title kept for the unlock.
    LockScreen* cover(QWidget* window);
    static QString lockedTitle();
    bool belongsToLockScreen(QObject* object) const;
    void watchScreenSaver();

    QMainWindow* m_window;
    std::function<bool(const QString&)> m_unlocks;
    QTimer* m_idle;
    QAction* m_action;
    LockScreen* m_screen;
    bool m_locked = false;
    QString m_title;
    struct Covered {
        QPointer<QWidget> window;
        QString title;
    };
    QList<Covered> m_covered; // the windows other than the main one, under a cover while locked
};

} // namespace parcours::ui
