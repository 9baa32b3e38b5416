// The « Référent.e.s » tab: each référent.e's caseload in numbers, sortable; Enter or a double
// click shows that référent.e's caseload.
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace parcours::ui {

class ReferentsModel;

class ReferentsPanel : public QWidget {
    Q_OBJECT

public:
    ReferentsPanel(ReferentsModel& model, QWidget* parent = nullptr);

    QTableView& table() const { return *m_table; }
    QSortFilterProxyModel& sortModel() const { return *m_sort; }
    // « 5 référent.e.s, dont 2 hors de la norme de 60 à 100 parcours ouverts. »
    QString summary() const;

signals:
    void caseloadRequested(const QString& referentName);

private:
    void updateSummary();

    ReferentsModel& m_model;
    QSortFilterProxyModel* m_sort;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace parcours::ui
