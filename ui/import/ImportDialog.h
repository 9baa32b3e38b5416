// Importing an interchange folder into the open database: its progress, then what was imported or every error.
#pragma once

#include "transfer/FolderImport.h"

#include <QDialog>

#include <filesystem>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace parcours {
class Clock;
} // namespace parcours

namespace parcours::ui {

class BackgroundTask;
class ImportErrorModel;
class ProgressPanel;

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // Imports `folder` into the database file `databasePath` (the one the window shows) through
    // a connection of its own (with `key` when encrypted), on a thread of its own. The clock must
    // outlive the dialog.
    ImportDialog(std::filesystem::path databasePath, const Clock& clock, const QString& folder,
                 QWidget* parent = nullptr, const DatabaseKey& key = {});
    ~ImportDialog() override; // waits for a running import to end

    void start(); // once
    bool isRunning() const;
    // Once it has ended: true when the folder was imported.
    bool succeeded() const { return m_ended && m_failure.isEmpty() && m_result.succeeded(); }
    const ImportResult& result() const { return m_result; }
    ImportErrorModel& errorModel() const { return *m_errorModel; }

    void reject() override; // not while the import runs: it cannot be stopped halfway

signals:
    void imported(); // the import succeeded: the database holds the new rows

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void finish();
    void showSummary();
    void showErrors();
    void showFailure();
    void copyErrors();
    void showOnly(QWidget* page);

    std::filesystem::path m_databasePath;
    DatabaseKey m_databaseKey;
    const Clock& m_clock;
    std::filesystem::path m_folder;
    BackgroundTask* m_task;
    ImportResult m_result; // written by the import's thread, read once it has ended
    QString m_failure;
    bool m_ended = false;

    ImportErrorModel* m_errorModel;
    ProgressPanel* m_progress;
    QLabel* m_outcome;
    QWidget* m_errorPage;
    QLabel* m_errorCount;
    QTableView* m_errorTable;
    QPushButton* m_copy;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
