// « Dossiers à archiver… »: the files due for archiving (retention.md) with their référent.e and
// latest date, for a period chosen here (the PLIE's by default), and their archiving after a
// confirmation and a backup.
#pragma once

#include "domain/Clock.h"
#include "store/RetentionQuery.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class RetentionDialog : public QDialog {
    Q_OBJECT

public:
    // `backUp` takes the backup before archiving and says whether to go on (false: it failed
    // and said why).
    RetentionDialog(Database& db, const Clock& clock, std::function<bool()> backUp, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QSpinBox* monthsBox() const { return m_months; }
    QPushButton* archiveButton() const { return m_archive; }
    // Writes the period shown as the PLIE's (plie_settings.retention_months).
    QPushButton* savePeriodButton() const { return m_savePeriod; }
    // How many files this dialog archived.
    std::size_t archivedCount() const { return m_archivedCount; }

    // Asks for confirmation, backs up, archives the files listed; false when not done.
    bool archiveListed();

signals:
    // Files were archived: the views that show them read again.
    void archived();

private:
    void reload();
    void savePeriod();

    Database& m_db;
    const Clock& m_clock;
    std::function<bool()> m_backUp;
    std::vector<DueFile> m_due;
    std::size_t m_archivedCount = 0;
    QLabel* m_summary = nullptr;
    QSpinBox* m_months = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_savePeriod = nullptr;
    int m_pliePeriod = 0;
};

} // namespace parcours::ui
