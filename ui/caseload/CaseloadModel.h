// The caseload as a table: one row per participant, from core's loadCaseload(), "today" from the clock.
#pragma once

#include "store/CaseloadQuery.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>

#include <vector>

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LastName, FirstName, Age, Entry, TimeInPathway, Status, LastContact, Referent, NextAction, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts right: numbers, dates, text
        ParticipantIdRole,
        StatusRole,        // the PathwayStatus as an int; -1 without a pathway
        ReferentNameRole,  // the latest pathway's référent.e; empty without a pathway
        SearchKeyRole,     // names, city and France Travail id as searchKey() makes them
        ContactOverdueRole, // true when an open pathway has had no contact for over 30 days
        DueRole,            // true when « À faire » lists something about the person this week
    };
    // A référent.e sees their participants at least this often; past it the last contact stands out.
    static constexpr int kContactWarningDays = 30;

    // Loads the caseload at once. The database and the clock must outlive the model.
    CaseloadModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reads the caseload again (after an edit, or when the day has changed). When the store
    // cannot be read (file removed, damaged, locked), keeps the rows it showed and emits readFailed.
    void reload();
    // Why the last reading failed, in French; empty when it succeeded.
    const QString& readFailure() const { return m_readFailure; }
    // Reads the caseload of another database from now on; it must outlive the model.
    void setDatabase(Database& db);

    // How many open pathways (all but exited) `referentName` follows: their caseload's size.
    int openPathwaysOf(const QString& referentName) const;
    // The référent.e.s named in the caseload, sorted, without duplicates.
    QStringList referentNames() const;
    // The core's row behind a row of the model (0 ≤ row < rowCount()).
    const CaseloadRow& caseloadRow(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A reading failed: `message` says why, in French; the rows are those of the last good reading.
    void readFailed(const QString& message);

private:
    // What the view reads of a row, computed once per reload rather than at each paint or sort.
    struct Extra {
        QString referentName;
        QString searchKey;
        // Sort keys of the name columns, accents and case aside (searchKey()), compared as plain text:
        // the same order for every locale, and fast enough to sort thousands of rows at each click.
        QString lastNameKey;
        QString firstNameKey;
        QString referentKey;
        int daysSinceContact = -1; // -1 without any contact
        bool contactOverdue = false;
        bool due = false; // « À faire » lists something this week
    };

    QVariant display(std::size_t row, int column) const;
    static QIcon dueMarker();
    QVariant sortValue(std::size_t row, int column) const;
    QVariant toolTip(std::size_t row, int column) const;

    Database* m_db;
    const Clock& m_clock;
    Date m_today;
    std::vector<CaseloadRow> m_rows;
    std::vector<Extra> m_extra;
    QString m_readFailure;
};

} // namespace parcours::ui
