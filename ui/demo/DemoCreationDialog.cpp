// Filling the demo PLIE's database on a thread of its own, behind a dialog that shows how far it is.
#include "ui/demo/DemoCreationDialog.h"

#include "domain/Clock.h"
#include "transfer/DemoDatabase.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ProgressPanel.h"

#include <QCloseEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

DemoCreationDialog::DemoCreationDialog(std::filesystem::path databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_databasePath(std::move(databasePath)),
      m_clock(clock),
      m_task(new BackgroundTask(this)),
      m_progress(new ProgressPanel(this))
{
    setWindowTitle(tr("Demo PLIE"));
    auto* text = new QLabel(
        tr("Creating a demo PLIE of %n fictitious participant(s), in a database of its own…", nullptr, kParticipants),
        this);
    text->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_progress);
    resize(480, sizeHint().height());

    connect(m_task, &BackgroundTask::progressed, m_progress, &ProgressPanel::showProgress);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        m_failure = m_task->failure();
        done(m_failure.isEmpty() ? Accepted : Rejected);
    });
}

DemoCreationDialog::~DemoCreationDialog()
{
    m_task->wait();
}

bool DemoCreationDialog::run()
{
    const DemoOptions options{kParticipants, 1, m_clock.today()};
    m_task->start([this, options, path = m_databasePath](const Progress& progress) {
        createDemoDatabase(path, m_clock, options, progress); // a connection of its own
    });
    return exec() == Accepted;
}

void DemoCreationDialog::reject()
{
    if (!m_task->isRunning())
        QDialog::reject();
}

void DemoCreationDialog::closeEvent(QCloseEvent* event)
{
    if (m_task->isRunning())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

} // namespace parcours::ui
