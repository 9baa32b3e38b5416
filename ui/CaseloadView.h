// The caseload panel: the sortable table of participants, or the ways to start when there are none.
#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace parcours::ui {

class CaseloadModel;
class EmptyCaseloadPanel;

class CaseloadView : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadView(CaseloadModel& model, QWidget* parent = nullptr);

    bool showsEmptyState() const;

signals:
    // From the empty state's offers.
    void importRequested();
    void demoRequested();

private:
    void updateEmptyState();
    void fitColumns();

    CaseloadModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyCaseloadPanel* m_emptyState;
};

} // namespace parcours::ui
