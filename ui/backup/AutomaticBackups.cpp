// Automatic backups through the core's backupNow, each on a BackgroundTask of its own.
#include "ui/backup/AutomaticBackups.h"

#include "backup/BackupFolder.h"
#include "domain/Clock.h"
#include "domain/Date.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CoreConversions.h"

#include <QTimer>

#include <chrono>
#include <memory>

namespace parcours::ui {

AutomaticBackups::AutomaticBackups(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_hourly(new QTimer(this))
{
    m_hourly->setInterval(std::chrono::hours(1));
    connect(m_hourly, &QTimer::timeout, this, &AutomaticBackups::backUpIfNoneToday);
}

AutomaticBackups::~AutomaticBackups()
{
    wait();
}

bool AutomaticBackups::isRunning() const
{
    return m_ended && !*m_ended;
}

void AutomaticBackups::wait()
{
    if (m_task)
        m_task->wait();
}

void AutomaticBackups::watch(const std::filesystem::path& database, const DatabaseKey& key, bool backUpNow)
{
    m_database = database;
    m_key = key;
    m_hourly->start();
    if (backUpNow)
        start();
}

void AutomaticBackups::backUpIfNoneToday()
{
    if (m_database.empty() || isRunning())
        return;
    const std::string today = m_clock.nowUtc().substr(0, 10);
    for (const BackupFile& backup : listBackups(m_database))
        if (backup.instant.substr(0, 10) == today)
            return;
    start();
}

void AutomaticBackups::backUpAtClose()
{
    m_hourly->stop();
    if (m_database.empty())
        return;
    start();
    wait();
    m_database.clear();
    m_key = DatabaseKey();
}

void AutomaticBackups::start()
{
    wait(); // one backup at a time
    if (m_task)
        m_task->deleteLater();
    auto* task = new BackgroundTask(this);
    m_task = task;
    auto written = std::make_shared<std::filesystem::path>();
    auto ended = std::make_shared<std::atomic<bool>>(false);
    m_ended = ended;
    connect(task, &BackgroundTask::finished, this, [this, task, written] {
        if (task == m_task)
            finished(task, toQString(*written));
    });
    task->start([database = m_database, key = m_key, written, ended, &clock = m_clock](const Progress&) {
        struct Ended {
            std::atomic<bool>& flag;
            ~Ended() { flag = true; } // a failure too
        } atEnd{*ended};
        *written = backupNow(database, clock, key); // read by `finished`, after this thread has ended
    });
}

void AutomaticBackups::finished(BackgroundTask* task, const QString& written)
{
    const QString failure = task->failure();
    if (failure.isEmpty()) {
        m_lastFailure.clear();
        if (!written.isEmpty())
            emit backedUp(written);
        return;
    }
    if (failure != m_lastFailure)
        emit failed(failure);
    m_lastFailure = failure;
}

} // namespace parcours::ui
