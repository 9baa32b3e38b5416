// The main window: assembles the menus, the caseload panel and the status bar.
#pragma once

#include <QMainWindow>

class QLabel;

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class CaseloadModel;
class CaseloadView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The database and the clock must outlive the window.
    MainWindow(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseloadModel& caseloadModel() const { return *m_caseloadModel; }
    CaseloadView& caseloadView() const { return *m_caseloadView; }

private:
    void createMenus();
    void updateTitle();
    void updateStatusBar();

    Database& m_db;
    CaseloadModel* m_caseloadModel;
    CaseloadView* m_caseloadView;
    QLabel* m_participantCount;
    QLabel* m_databasePath;
};

} // namespace parcours::ui
