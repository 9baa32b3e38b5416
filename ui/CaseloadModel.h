// The caseload as a table: one row per participant, from core's loadCaseload(), "today" from the clock.
#pragma once

#include "store/CaseloadQuery.h"

#include <QAbstractTableModel>

#include <vector>

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LastName, FirstName, Age, Referent, Entry, Status, LastContact, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts right: numbers, dates, text
        ParticipantIdRole,
    };

    // Loads the caseload at once. The database and the clock must outlive the model.
    CaseloadModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reads the caseload again (after an edit, or when the day has changed).
    void reload();
    // Reads the caseload of another database from now on; it must outlive the model.
    void setDatabase(Database& db);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CaseloadRow& row, int column) const;
    QVariant sortValue(const CaseloadRow& row, int column) const;

    Database* m_db;
    const Clock& m_clock;
    Date m_today;
    std::vector<CaseloadRow> m_rows;
};

} // namespace parcours::ui
