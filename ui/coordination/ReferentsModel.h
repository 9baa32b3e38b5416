// The référent.e.s as a table: core's loadReferentOverview() on the clock's today, one row each.
#pragma once

#include "store/ReferentOverviewQuery.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class ReferentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, OpenPathways, WithoutContact, Overdue, Entries, Exits, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the number, or the name
        OutsideNormRole,             // true when the open pathways are outside 60–100
        ReferentNameRole,
    };

    // Empty until reload(): the whole PLIE's « À faire » is read only when the tab is looked at.
    // The database and the clock must outlive the model.
    ReferentsModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reads the numbers. A store that cannot be read keeps the rows shown and emits readFailed.
    void reload();
    // Another database from now on: empty until the next reload().
    void setDatabase(Database& db);

    const std::vector<ReferentOverview>& rows() const { return m_rows; }
    int outsideNormCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void readFailed(const QString& message);

private:
    QVariant display(const ReferentOverview& row, int column) const;
    static int number(const ReferentOverview& row, int column);

    Database* m_db;
    const Clock& m_clock;
    int m_year = 0;
    int m_daysWithoutContact = 0;
    std::vector<ReferentOverview> m_rows;
};

} // namespace parcours::ui
