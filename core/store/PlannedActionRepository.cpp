// The planned actions in the `actions` table, and the import's insert of them.
#include "store/PlannedActionRepository.h"

#include "store/Database.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"

namespace parcours {

namespace {

const std::string kSelect =
    std::string("SELECT ") + rows::kIdentityColumns + ", pathway_id, action_date, kind, note, done FROM actions";

PlannedAction readAction(const SQLite::Statement& row)
{
    PlannedAction a;
    a.record = rows::identity(row);
    int i = rows::kIdentityColumnCount;
    a.pathwayId = row.getColumn(i++).getInt64();
    a.date = rows::date(row.getColumn(i++));
    a.kind = rows::code<ActionKind>(row.getColumn(i++));
    a.note = rows::text(row.getColumn(i++));
    a.done = rows::flag(row.getColumn(i));
    return a;
}

} // namespace

void inserts::plannedAction(Database& db, PlannedAction& action)
{
    auto insert = db.statement(
        "INSERT INTO actions (pathway_id, action_date, kind, note, done, external_id, uuid, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert->bind(1, action.pathwayId);
    rows::bindDate(*insert, 2, action.date);
    rows::bindCode(*insert, 3, action.kind);
    insert->bind(4, action.note);
    rows::bindFlag(*insert, 5, action.done);
    rows::bindExternalId(*insert, 6, action.record.externalId);
    insert->bind(7, action.record.uuid);
    insert->bind(8, action.record.createdAt);
    insert->bind(9, action.record.updatedAt);
    insert->exec();
    action.record.id = db.sql().getLastInsertRowid();
}

std::vector<PlannedAction> PlannedActionRepository::forPathway(RowId pathwayId)
{
    return rows::guarded(m_db, [&] {
        std::vector<PlannedAction> result;
        auto query = m_db.statement(kSelect + " WHERE pathway_id = ?1 ORDER BY action_date, id");
        query->bind(1, pathwayId);
        while (query->executeStep())
            result.push_back(readAction(*query));
        return result;
    });
}

std::vector<PlannedAction> PlannedActionRepository::all()
{
    return rows::guarded(m_db, [&] {
        std::vector<PlannedAction> result;
        auto query = m_db.statement(kSelect + " ORDER BY id");
        while (query->executeStep())
            result.push_back(readAction(*query));
        return result;
    });
}

} // namespace parcours
