// « Fichier › Restaurer une sauvegarde… »: the backups of the base, newest first, each checked
// off the window's thread, and a way to pick a backup file elsewhere.
#pragma once

#include "backup/BackupFolder.h"

#include <QDialog>

#include <atomic>
#include <filesystem>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parcours::ui {

class BackgroundTask;

class BackupsDialog : public QDialog {
    Q_OBJECT

public:
    // `key`: the base's, to check its encrypted backups.
    BackupsDialog(const std::filesystem::path& database, QWidget* parent = nullptr, const DatabaseKey& key = {});
    ~BackupsDialog() override;

    // The backup chosen when accepted: one of the list, or a file picked elsewhere.
    std::filesystem::path chosenBackup() const { return m_chosen; }

    QTreeWidget& list() const { return *m_list; }
    // Whether every backup listed has been checked (a test waits for it).
    bool checksDone() const;
    // « Autre fichier… »: a file picked through FileDialogs, then accepted.
    void chooseOtherFile();

private:
    void showChecks();
    void updateButtons();

    std::filesystem::path m_database;
    DatabaseKey m_key;
    std::vector<BackupFile> m_backups;
    // Written by the check's thread, index by index, before `m_checked` counts them.
    struct Checks;
    std::shared_ptr<Checks> m_checks;
    BackgroundTask* m_task = nullptr;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_restore;
    std::filesystem::path m_chosen;
};

} // namespace parcours::ui
