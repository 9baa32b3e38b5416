// Barriers (freins) in the `barriers` table.
#include "store/BarrierRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/EntityRows.h"
#include "store/PathwayRows.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

namespace parcours {

namespace {

const std::string kSelect = std::string("SELECT ") + rows::kIdentityColumns
                            + ", pathway_id, category, identified_date, status, lifted_date FROM barriers";

Barrier readBarrier(const SQLite::Statement& row)
{
    Barrier b;
    b.record = rows::identity(row);
    int c = rows::kIdentityColumnCount;
    b.pathwayId = row.getColumn(c++).getInt64();
    b.category = rows::code<BarrierCategory>(row.getColumn(c++));
    b.identifiedDate = rows::date(row.getColumn(c++));
    b.status = rows::code<BarrierStatus>(row.getColumn(c++));
    b.liftedDate = rows::optionalDate(row.getColumn(c));
    return b;
}

[[noreturn]] void throwUnknown(RowId id)
{
    throw StoreError("Le frein n° " + std::to_string(id) + " n'existe pas.");
}

void checkBeforeWriting(Database& db, const Barrier& barrier)
{
    const std::optional<Pathway> pathway = pathways::loadRow(db, barrier.pathwayId);
    if (!pathway)
        throw RuleError(
            Violations{{"parcours_id", "Le parcours n° " + std::to_string(barrier.pathwayId) + " n'existe pas."}});
    throwIfAny(checkBarrier(barrier, *pathway));
}

// Binds the barrier's fields from parameter 1 on (pathway_id ... external_id).
void bindFields(SQLite::Statement& statement, const Barrier& b)
{
    statement.bind(1, b.pathwayId);
    rows::bindCode(statement, 2, b.category);
    rows::bindDate(statement, 3, b.identifiedDate);
    rows::bindCode(statement, 4, b.status);
    rows::bindOptionalDate(statement, 5, b.liftedDate);
    rows::bindExternalId(statement, 6, b.record.externalId);
}

nlohmann::json entityRow(Database& db, const Barrier& barrier)
{
    return entityrows::barrier(barrier, rowstore::uuidOf(db, "pathways", barrier.pathwayId));
}

} // namespace

void inserts::barrier(Database& db, Barrier& barrier)
{
    auto insert = db.statement(
        "INSERT INTO barriers (pathway_id, category, identified_date, status, lifted_date, external_id, uuid,"
        " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    bindFields(*insert, barrier);
    insert->bind(7, barrier.record.uuid);
    insert->bind(8, barrier.record.createdAt);
    insert->bind(9, barrier.record.updatedAt);
    insert->exec();
    barrier.record.id = db.sql().getLastInsertRowid();
}

void BarrierRepository::add(Barrier& barrier)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        Barrier stored = barrier;
        stored.record = rows::stamped(barrier.record, m_clock);
        checkBeforeWriting(m_db, stored);
        recorder::put(m_db, m_clock, "barrier", stored.record.uuid, entityRow(m_db, stored));
        stored.record.id = rowstore::idOf(m_db, "barriers", stored.record.uuid).value_or(0);
        transaction.commit();
        barrier = std::move(stored);
    });
}

void BarrierRepository::update(Barrier& barrier)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::optional<Barrier> before = find(barrier.record.id);
        if (!before)
            throwUnknown(barrier.record.id);
        Barrier stored = barrier;
        stored.record.uuid = before->record.uuid;
        stored.record.createdAt = before->record.createdAt;
        stored.record.updatedAt = m_clock.nowUtc();
        checkBeforeWriting(m_db, stored);
        recorder::patch(m_db, m_clock, "barrier", stored.record.uuid, entityRow(m_db, stored));
        transaction.commit();
        barrier = std::move(stored);
    });
}

void BarrierRepository::remove(RowId id)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::string uuid = rowstore::uuidOf(m_db, "barriers", id);
        if (uuid.empty())
            throwUnknown(id);
        recorder::remove(m_db, m_clock, "barrier", uuid);
        transaction.commit();
    });
}

std::optional<Barrier> BarrierRepository::find(RowId id)
{
    return rows::guarded(m_db, [&]() -> std::optional<Barrier> {
        auto query = m_db.statement(kSelect + " WHERE id = ?1");
        query->bind(1, id);
        if (!query->executeStep())
            return std::nullopt;
        return readBarrier(*query);
    });
}

std::vector<Barrier> BarrierRepository::forPathway(RowId pathwayId)
{
    return rows::guarded(m_db, [&] {
        std::vector<Barrier> result;
        auto query = m_db.statement(kSelect + " WHERE pathway_id = ?1 ORDER BY identified_date, id");
        query->bind(1, pathwayId);
        while (query->executeStep())
            result.push_back(readBarrier(*query));
        return result;
    });
}

std::vector<Barrier> BarrierRepository::all()
{
    return rows::guarded(m_db, [&] {
        std::vector<Barrier> result;
        auto query = m_db.statement(kSelect + " ORDER BY id");
        while (query->executeStep())
            result.push_back(readBarrier(*query));
        return result;
    });
}

} // namespace parcours
