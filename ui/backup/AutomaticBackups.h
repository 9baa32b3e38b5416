// The backups Parcours takes by itself: when the base opens, when it closes, and once a day while
// it stays open; off the window's thread, a failure told once.
#pragma once

#include "store/DatabaseKey.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <filesystem>
#include <memory>

class QTimer;

namespace parcours {
class Clock;
} // namespace parcours

namespace parcours::ui {

class BackgroundTask;

class AutomaticBackups : public QObject {
    Q_OBJECT

public:
    // The clock must outlive this object (it names the backups and tells the day).
    explicit AutomaticBackups(const Clock& clock, QObject* parent = nullptr);
    ~AutomaticBackups() override; // waits for a backup under way

    // The base backed up from now on (the user's own; never the demo's). Backs it up at once,
    // on a thread of its own, the opening's backup, unless `backUpNow` is false (a base just
    // restored: its backup would push the day's own backup out of the rotation). Each hour
    // from then on, a backup when there is none of today (UTC, the backups' day).
    // `key`: the base's, with which its backups are encrypted.
    void watch(const std::filesystem::path& database, const DatabaseKey& key, bool backUpNow = true);
    // The closing's backup of the base watched, waited for (the window is gone already); then
    // nothing more is backed up.
    void backUpAtClose();
    // Whether a backup is under way, and waiting for it to end.
    bool isRunning() const;
    void wait();
    // The hour's look: a backup when there is none of today.
    void backUpIfNoneToday();

signals:
    // A backup was written and checked: its path.
    void backedUp(const QString& backup);
    // A backup failed (French, names the file). Sent once for the same message in a row:
    // an hourly retry that fails the same way says nothing more.
    void failed(const QString& message);

private:
    void start();
    void finished(BackgroundTask* task, const QString& written);

    const Clock& m_clock;
    std::filesystem::path m_database;
    DatabaseKey m_key;
    BackgroundTask* m_task = nullptr;
    // Set by the task's thread as its work ends: a wait() has not yet seen the task's `finished`.
    std::shared_ptr<std::atomic<bool>> m_ended;
    QTimer* m_hourly;
    QString m_lastFailure;
};

} // namespace parcours::ui
