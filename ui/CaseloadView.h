// The caseload panel: the sortable table of participants, or a friendly word when there are none.
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace parcours::ui {

class CaseloadModel;

class CaseloadView : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadView(CaseloadModel& model, QWidget* parent = nullptr);

    bool showsEmptyState() const;

private:
    void updateEmptyState();
    void fitColumns();

    CaseloadModel& m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyState;
};

} // namespace parcours::ui
