// The conflicts `apply` kept: changes received from another database that met other values
// here. Listed for a person to look at, correct the file if needed, and mark settled.
#pragma once

#include "changes/ApplyOperations.h"
#include "domain/Clock.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    ConflictsDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Marks the conflicts of the selected rows settled and lists the others again.
    void settleSelected();

private:
    void reload();

    Database& m_db;
    const Clock& m_clock;
    std::vector<Conflict> m_conflicts;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_settle = nullptr;
};

// How many conflicts wait to be settled (0 when the database cannot be read).
int unsettledConflictCount(Database& db);

} // namespace parcours::ui
