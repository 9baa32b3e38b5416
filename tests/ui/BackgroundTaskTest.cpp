// BackgroundTask: the work runs off the window's thread, its progress arrives throttled, its failure is kept.
#include "ui/common/BackgroundTask.h"

#include "store/StoreError.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using parcours::ui::BackgroundTask;

class BackgroundTaskTest : public QObject {
    Q_OBJECT

private slots:
    void runsOffTheWindowThread();
    void progressIsThrottled();
    void failureIsKept();
    void destructionWaitsForTheWork();
};

void BackgroundTaskTest::runsOffTheWindowThread()
{
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    QThread* workThread = nullptr;
    task.start([&](const parcours::Progress&) { workThread = QThread::currentThread(); });
    QVERIFY(task.isRunning()); // until `finished` is delivered, in this thread's event loop
    QVERIFY(finished.wait(10000));
    QVERIFY(!task.isRunning());
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
    QVERIFY(task.failure().isEmpty());
}

void BackgroundTaskTest::progressIsThrottled()
{
    BackgroundTask task;
    QSignalSpy progressed(&task, &BackgroundTask::progressed);
    QSignalSpy finished(&task, &BackgroundTask::finished);
    constexpr std::size_t total = 2'000'000;
    QElapsedTimer elapsed;
    elapsed.start();
    task.start([](const parcours::Progress& progress) {
        progress("Lecture des fichiers", 0, 1);
        for (std::size_t done = 1; done <= total; ++done)
            progress("Participant.e.s", done, total);
    });
    QVERIFY(finished.wait(30000));
    // One per stage, one at 100 %, and at most one per 50 ms in between.
    const qint64 bound = 3 + elapsed.elapsed() / 50;
    QVERIFY2(progressed.count() <= bound, qPrintable(QStringLiteral("%1 updates").arg(progressed.count())));
    QCOMPARE(progressed.first().at(0).toString(), QStringLiteral("Lecture des fichiers"));
    QCOMPARE(progressed.first().at(1).toInt(), -1); // "0 of 1": no measure yet, a busy bar
    QCOMPARE(progressed.last().at(0).toString(), QStringLiteral("Participant.e.s"));
    QCOMPARE(progressed.last().at(1).toInt(), 100);
}

void BackgroundTaskTest::failureIsKept()
{
    BackgroundTask task;
    QSignalSpy finished(&task, &BackgroundTask::finished);
    task.start([](const parcours::Progress&) { throw parcours::StoreError("La base est verrouillée."); });
    QVERIFY(finished.wait(10000));
    QCOMPARE(task.failure(), QStringLiteral("La base est verrouillée."));
}

void BackgroundTaskTest::destructionWaitsForTheWork()
{
    std::atomic<bool> ended = false;
    {
        BackgroundTask task;
        task.start([&](const parcours::Progress&) {
            QThread::msleep(200);
            ended = true;
        });
    }
    QVERIFY(ended);
}

QTEST_MAIN(BackgroundTaskTest)
#include "BackgroundTaskTest.moc"
