// « Rapports › Consolidation annuelle… »: the year's consolidation for a profile, previewed as the
// workbook's sheets, then saved as JSON, CSV or XLSX.
#pragma once

#include "consolidation/ReportWriter.h"
#include "domain/Clock.h"
#include "ui/reports/YearReports.h"

#include <QDialog>

#include <filesystem>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class BackgroundTask;
class ProgressPanel;

class ConsolidationDialog : public QDialog {
    Q_OBJECT

public:
    enum class Format { Json, Csv, Xlsx };

    // Reads the database's file through a connection of its own, on a thread of its own.
    ConsolidationDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~ConsolidationDialog() override;

    bool isLoading() const;
    int year() const;
    void setYear(int year);
    // The profile chosen, or nullopt while the public threshold is under kMinimumPublicThreshold.
    std::optional<ReportProfile> profile() const;
    // Writes the chosen year and profile to `path` (replaced at once). False, with a message box,
    // when the profile is refused or the file cannot be written.
    bool saveTo(const QString& path, Format format);
    // Before a file is saved: the PLIE's name and code, asked (PlieIdentityDialog) and kept in the
    // base when both are empty. False when the user cancels or the base refuses them.
    bool ensurePlieIdentity();

public slots:
    void saveJson();
    void saveCsv();
    void saveXlsx();

signals:
    void loaded();

private:
    void finishLoading();
    void refresh();
    void save(Format format);
    QString suggestedName() const;

    Database& m_db; // the window's: the PLIE's identity is written through it
    std::filesystem::path m_databasePath;
    DatabaseKey m_databaseKey;
    const Clock& m_clock;
    YearReports m_reports;
    YearReports m_loading; // written by the task's thread
    BackgroundTask* m_task;
    ProgressPanel* m_progress;
    QComboBox* m_years;
    QRadioButton* m_warehouse;
    QRadioButton* m_public;
    QSpinBox* m_threshold;
    QLabel* m_thresholdError;
    QLabel* m_hiddenCount;
    QTabWidget* m_preview;
    QPushButton* m_saveJson;
    QPushButton* m_saveCsv;
    QPushButton* m_saveXlsx;
};

} // namespace parcours::ui
