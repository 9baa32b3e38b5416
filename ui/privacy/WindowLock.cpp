// The lock: covers on every window, an application-wide filter that lets input reach only the
// lock screen, and the idle timer that input restarts.
#include "ui/privacy/WindowLock.h"

#include "ui/privacy/LockScreen.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#if QT_CONFIG(dbus)
#include <QDBusConnection>
#endif

namespace parcours::ui {

namespace {

const QString kIdleMinutesKey = QStringLiteral("privacy/lockAfterMinutes");
constexpr int kDefaultIdleMinutes = 10;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TabletPress: return true;
    default: return false;
    }
}

// The cover of a window other than the main one.
LockScreen* coverOf(QWidget* window)
{
    return window->findChild<LockScreen*>(QStringLiteral("lockCover"), Qt::FindDirectChildrenOnly);
}

} // namespace

int WindowLock::idleMinutes()
{
    return QSettings().value(kIdleMinutesKey, kDefaultIdleMinutes).toInt();
}

void WindowLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(kIdleMinutesKey, std::max(0, minutes));
}

WindowLock::WindowLock(QMainWindow* window, std::function<bool(const QString&)> unlocks)
    : QObject(window),
      m_window(window),
      m_unlocks(std::move(unlocks)),
      m_idle(new QTimer(this)),
      m_screen(new LockScreen(window, true))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &WindowLock::lock);
    connect(m_screen, &LockScreen::unlockRequested, this, &WindowLock::unlock);
    setIdleTimeout(std::chrono::minutes(idleMinutes()));

    // Ctrl+Alt+L from any window of Parcours.
    m_action = new QAction(tr("&Lock"), this);
    m_action->setObjectName(QStringLiteral("lock"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &WindowLock::lock);
    qApp->installEventFilter(this);
    watchScreenSaver();
}

WindowLock::~WindowLock()
{
    qApp->removeEventFilter(this);
}

void WindowLock::setPrompt(const QString& prompt)
{
    m_screen->setPrompt(prompt);
}

void WindowLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
    if (timeout.count() > 0 && !m_locked)
        m_idle->start();
    else
        m_idle->stop();
}

void WindowLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    m_title = m_window->windowTitle();
    m_window->setWindowTitle(lockedTitle());
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        if (LockScreen* added = cover(window))
            added->showOver();
    }
    // Menus and tooltips open when the lock came close now.
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    m_screen->showOver();
    m_window->raise();
    m_window->activateWindow();
    emit lockedChanged(true);
}

bool WindowLock::unlock(const QString& secret)
{
    if (!m_locked)
        return true;
    if (!m_unlocks(secret)) {
        m_screen->sayWrong();
        return false;
    }
    m_locked = false;
    m_screen->hide();
    m_window->setWindowTitle(m_title);
    for (const Covered& covered : std::as_const(m_covered)) {
        if (!covered.window)
            continue;
        delete coverOf(covered.window);
        covered.window->setWindowTitle(covered.title);
    }
    m_covered.clear();
    if (m_idle->interval() > 0)
        m_idle->start();
    emit lockedChanged(false);
    return true;
}

LockScreen* WindowLock::cover(QWidget* window)
{
    if (window == m_window || window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip)
        return nullptr;
    m_covered.append({window, window->windowTitle()});
    window->setWindowTitle(lockedTitle());
    auto* added = new LockScreen(window, false);
    added->setObjectName(QStringLiteral("lockCover"));
    return added;
}

QString WindowLock::lockedTitle()
{
    return tr("Parcours (locked)");
}

bool WindowLock::belongsToLockScreen(QObject* object) const
{
    for (; object; object = object->parent()) {
        if (object == m_screen)
            return true;
    }
    return false;
}

bool WindowLock::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (!m_locked) {
        if (isInput(type) || type == QEvent::MouseMove)
            if (m_idle->interval() > 0)
                m_idle->start(); // the idle time counts from the last input
        return false;
    }
    auto* widget = qobject_cast<QWidget*>(watched);
    // A window shown while locked (a message, a dialog opened by a timer) is covered too.
    if (type == QEvent::Show && widget && widget->isWindow() && !coverOf(widget)) {
        if (LockScreen* added = cover(widget))
            QTimer::singleShot(0, added, &LockScreen::showOver);
        return false;
    }
    // A title set while locked (the window read the base again) is kept for the unlock.
    if (type == QEvent::WindowTitleChange && widget == m_window && m_window->windowTitle() != lockedTitle()) {
        m_title = m_window->windowTitle();
        m_window->setWindowTitle(lockedTitle());
        return false;
    }
    if (type == QEvent::ShortcutOverride) {
        // Accepted: no shortcut of any window fires; the key goes to the focus widget, which
        // is the lock screen's field or is filtered out below.
        event->accept();
        return !belongsToLockScreen(watched);
    }
    if (isInput(type) || type == QEvent::MouseMove || type == QEvent::ToolTip || type == QEvent::WhatsThis)
        return !belongsToLockScreen(watched);
    return false;
}

void WindowLock::watchScreenSaver()
{
#if QT_CONFIG(dbus)
    // The desktop's screen saver (freedesktop, GNOME): Parcours locks when it starts.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                SLOT(screenSaverChanged(bool)));
    bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                QStringLiteral("ActiveChanged"), this, SLOT(screenSaverChanged(bool)));
#endif
}

void WindowLock::screenSaverChanged(bool active)
{
    if (active)
        lock();
}

} // namespace parcours::ui
