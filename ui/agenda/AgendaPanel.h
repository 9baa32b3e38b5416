// The « À faire » tab: what is due today and in the week ahead, overdue first, for one
// référent.e or the whole PLIE; Enter or a double click opens the person's file.
#pragma once

#include "domain/RecordIdentity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace parcours::ui {

class AgendaModel;

class AgendaPanel : public QWidget {
    Q_OBJECT

public:
    AgendaPanel(AgendaModel& model, QWidget* parent = nullptr);

    QTableView& table() const { return *m_table; }
    // « Tous les référent.e.s », then each référent.e of the database: whose items are listed.
    QComboBox& referentFilter() const { return *m_referentFilter; }
    // « 12 à faire, dont 3 en retard », for the tab's title and the summary line.
    QString summary() const;

signals:
    // Enter or a double click on an item: the person's file, at the section the item is about
    // (an AgendaKind as int).
    void itemActivated(parcours::RowId participantId, int kind);

private:
    void updateSummary();
    void fillReferentChoices();

    AgendaModel& m_model;
    QLabel* m_summary;
    QComboBox* m_referentFilter;
    QTableView* m_table;
};

} // namespace parcours::ui
