// One long core operation on a thread of its own, its progress throttled and relayed by queued signals.
#include "ui/common/BackgroundTask.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <exception>
#include <string>

namespace parcours::ui {

namespace {

// Enough for a progress bar to move smoothly, few enough not to flood the window's event queue.
constexpr std::chrono::milliseconds kProgressInterval(50);

// -1 when the stage cannot tell how far it is: the core's "0 of 1" as such a stage starts.
int percentOf(std::size_t done, std::size_t total)
{
    if (total == 0)
        return 100;
    if (done == 0 && total == 1)
        return -1;
    return static_cast<int>(std::min(done, total) * 100 / total);
}

} // namespace

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask()
{
    wait();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundTask::start(Work work)
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this, work = std::move(work)] { run(work); });
    m_thread->setParent(this);
    // finished is emitted by the work's thread: delivered queued, in the window's thread.
    connect(m_thread, &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

// On the work's thread.
void BackgroundTask::run(const Work& work)
{
    using Clock = std::chrono::steady_clock;
    std::string lastStage;
    int lastPercent = -1;
    Clock::time_point lastSent;
    const Progress progress = [&](std::string_view stage, std::size_t done, std::size_t total) {
        const int percent = percentOf(done, total);
        const Clock::time_point now = Clock::now();
        const bool newStage = stage != lastStage;
        const bool completed = percent == 100 && lastPercent != 100;
        if (!newStage && !completed && (percent == lastPercent || now - lastSent < kProgressInterval))
            return;
        lastStage = stage;
        lastPercent = percent;
        lastSent = now;
        emit progressed(QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size())), percent);
    };
    try {
        work(progress);
    } catch (const std::exception& error) {
        m_failure = QString::fromUtf8(error.what());
    } catch (...) {
        m_failure = QCoreApplication::translate("BackgroundTask", "Unknown error.");
    }
}

} // namespace parcours::ui
