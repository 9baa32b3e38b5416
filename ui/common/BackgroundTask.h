// One long core operation (import, demo) on a thread of its own, its progress relayed to the window.
#pragma once

#include "interchange/Progress.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace parcours::ui {

// The work runs on its own thread, so it must use its own Database connection (SQLite
// connections are not shared across threads) and touch no widget. Its progress reaches the
// window through queued signals, at most about twenty times a second.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(const Progress& progress)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override; // waits for the work to end: there is no cancel, all or nothing

    void start(Work work); // once
    bool isRunning() const { return m_running; }
    // Blocks until the work has ended (whoever owns what the work writes calls it before going away).
    void wait();
    // The message of the exception the work ended with (the core's are in French); empty when none.
    QString failure() const { return m_failure; }

signals:
    // `percent` is -1 while the stage cannot tell how far it is (the core's "0 of 1": reading files).
    void progressed(const QString& stage, int percent);
    void finished();

private:
    void run(const Work& work);

    QThread* m_thread = nullptr;
    bool m_running = false;
    QString m_failure; // written by the work's thread before it ends, read after `finished`
};

} // namespace parcours::ui
