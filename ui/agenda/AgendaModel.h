// « À faire » as a table: the items of core's loadAgenda() on the clock's today, overdue
// ones first (the core's order), each naming the person, what is due and when.
#pragma once

#include "domain/Agenda.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class AgendaModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Person, What, Referent, ColumnCount };
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        OverdueRole, // true when due before today
        KindRole,    // the AgendaKind as an int
    };

    // Reads « À faire » at once. The database and the clock must outlive the model.
    AgendaModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Reads again (after a change, or another day). A store that cannot be read keeps the
    // rows shown and emits readFailed.
    void reload();
    void setDatabase(Database& db);
    // Only the pathways of this référent.e (empty: everyone's).
    void setReferent(const QString& name);
    QString referent() const { return m_referent; }
    // The référent.e.s of the database, by name, as read at the last reload: the filter's choices.
    const QStringList& referentNames() const { return m_referentNames; }

    int overdueCount() const;
    const std::vector<AgendaItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The kind of item in the référent.e's words: « Sans entretien », « Point de suivi »…
    static QString kindText(AgendaKind kind);

signals:
    void readFailed(const QString& message);

private:
    Database* m_db;
    const Clock& m_clock;
    QString m_referent;
    QStringList m_referentNames;
    Date m_today;
    std::vector<AgendaItem> m_items;
};

} // namespace parcours::ui
