// « Rapports › Tableau de bord… »: the year's consolidation in charts, printed or saved as one PDF.
#pragma once

#include "domain/Clock.h"
#include "ui/reports/YearReports.h"

#include <QList>
#include <QWidget>

#include <filesystem>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class BackgroundTask;
class ChartCard;
class DashboardCharts;
class ProgressPanel;

class DashboardWindow : public QWidget {
    Q_OBJECT

public:
    // A window of its own (give it the main window as parent). It reads the database's file
    // through a connection of its own, on a thread of its own, once when opened and on « Refresh ».
    DashboardWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    bool isLoading() const;
    // The year shown; setYear does nothing for a year the data does not cover.
    int year() const;
    void setYear(int year);
    const YearReports& reports() const { return m_reports; }
    const QList<ChartCard*>& cards() const;
    ChartCard* card(const QString& name) const;

    // The whole dashboard as one PDF (landscape A4). False when it could not be written.
    bool saveDashboardTo(const QString& path) const;

public slots:
    void reload();
    void print();
    void saveDashboard();

signals:
    void loaded(); // the reports are there (or the reading failed: see the window's message)

private:
    void finishLoading();
    void showYear(int year);
    QString heading() const;
    QString summary() const;

    std::filesystem::path m_databasePath;
    DatabaseKey m_databaseKey;
    const Clock& m_clock;
    YearReports m_reports;
    YearReports m_loading; // written by the task's thread
    BackgroundTask* m_task = nullptr;
    QComboBox* m_years;
    QPushButton* m_refresh;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    ProgressPanel* m_progress;
    QLabel* m_summary;
    QScrollArea* m_scroll;
    std::unique_ptr<DashboardCharts> m_charts;
};

} // namespace parcours::ui
