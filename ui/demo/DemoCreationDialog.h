// Filling the demo PLIE's database on a thread of its own, behind a dialog that shows how far it is.
#pragma once

#include <QDialog>

#include <filesystem>

namespace parcours {
class Clock;
} // namespace parcours

namespace parcours::ui {

class BackgroundTask;
class ProgressPanel;

class DemoCreationDialog : public QDialog {
    Q_OBJECT

public:
    // The demo's participants (300, seed 1), its history ending on the clock's today.
    static constexpr int kParticipants = 300;

    // The clock must outlive the dialog.
    DemoCreationDialog(std::filesystem::path databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~DemoCreationDialog() override; // waits for the creation to end

    // Fills the database (created when missing, refused when it has participants), showing the
    // progress until it ends. True when it is filled; otherwise failure() says why, in French.
    bool run();
    QString failure() const { return m_failure; }

    void reject() override; // not while it runs: it cannot be stopped halfway

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    std::filesystem::path m_databasePath;
    const Clock& m_clock;
    BackgroundTask* m_task;
    ProgressPanel* m_progress;
    QString m_failure;
};

} // namespace parcours::ui
