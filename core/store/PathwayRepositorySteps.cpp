// The steps of a pathway (part of PathwayRepository), with their opérateurs found or created by name.
#include "store/PathwayRepository.h"

#include "domain/Rules.h"
#include "store/ChangeRecorder.h"
#include "store/EntityRows.h"
#include "store/PathwayRows.h"
#include "store/RowInserts.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Uuid.h"
#include "store/Transaction.h"

namespace parcours {

namespace {

const std::string kSelectStep =
    "SELECT s.id, s.uuid, s.external_id, s.created_at, s.updated_at, s.pathway_id, s.type, s.subtype, s.start_date,"
    " s.end_date, o.name, s.label FROM steps s LEFT JOIN operators o ON o.id = s.operator_id";

Step readStep(const SQLite::Statement& row)
{
    Step s;
    s.record = rows::identity(row);
    int c = rows::kIdentityColumnCount;
    s.pathwayId = row.getColumn(c++).getInt64();
    s.type = rows::code<StepType>(row.getColumn(c++));
    const std::string subtype = rows::text(row.getColumn(c));
    if (const auto parsed = subtypeFromCode(subtype, s.type))
        s.subtype = *parsed;
    else
        rows::throwUnreadable(row.getColumn(c), subtype);
    ++c;
    s.start = rows::date(row.getColumn(c++));
    s.end = rows::optionalDate(row.getColumn(c++));
    s.operatorName = rows::text(row.getColumn(c++));
    s.label = rows::text(row.getColumn(c));
    return s;
}

[[noreturn]] void throwUnknown(RowId id)
{
    throw StoreError("L'étape n° " + std::to_string(id) + " n'existe pas.");
}

void checkBeforeWriting(Database& db, const Step& step)
{
    const std::optional<Pathway> pathway = pathways::loadRow(db, step.pathwayId);
    if (!pathway)
        throw RuleError(
            Violations{{"parcours_id", "Le parcours n° " + std::to_string(step.pathwayId) + " n'existe pas."}});
    Violations violations = checkStep(step, *pathway);
    if (rows::externalIdTaken(db, "steps", step.record.externalId, step.record.id))
        violations.push_back({"step_id", "L'identifiant d'étape « " + step.record.externalId + " » est déjà utilisé."});
    throwIfAny(std::move(violations));
}

// Binds the step's fields from parameter 1 on (pathway_id ... external_id).
void bindFields(SQLite::Statement& statement, const Step& s, RowId operatorRow)
{
    statement.bind(1, s.pathwayId);
    if (operatorRow == 0)
        statement.bind(2);
    else
        statement.bind(2, operatorRow);
    rows::bindCode(statement, 3, s.type);
    rows::bindCode(statement, 4, s.subtype);
    rows::bindDate(statement, 5, s.start);
    rows::bindOptionalDate(statement, 6, s.end);
    statement.bind(7, s.label);
    rows::bindExternalId(statement, 8, s.record.externalId);
}

// The UUID of the opérateur of that (trimmed) name, created with its operation when
// unknown; "" for no name.
std::string operatorUuid(Database& db, const Clock& clock, const std::string& name)
{
    if (name.empty())
        return {};
    {
        auto query = db.statement("SELECT uuid FROM operators WHERE name = ?1");
        query->bind(1, name);
        if (query->executeStep())
            return query->getColumn(0).getString();
    }
    const std::string uuid = newUuid();
    recorder::put(db, clock, "operator", uuid, {{"name", name}});
    return uuid;
}

nlohmann::json entityRow(Database& db, const Clock& clock, const Step& step)
{
    return entityrows::step(step, rowstore::uuidOf(db, "pathways", step.pathwayId),
                            operatorUuid(db, clock, step.operatorName));
}

} // namespace

RowId inserts::operatorId(Database& db, const Clock& clock, const std::string& name)
{
    if (name.empty())
        return 0;
    {
        auto query = db.statement("SELECT id FROM operators WHERE name = ?1");
        query->bind(1, name);
        if (query->executeStep())
            return query->getColumn(0).getInt64();
    }
    const RecordIdentity record = rows::stamped({}, clock);
    auto insert = db.statement("INSERT INTO operators (uuid, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)");
    insert->bind(1, record.uuid);
    insert->bind(2, name);
    insert->bind(3, record.createdAt);
    insert->bind(4, record.updatedAt);
    insert->exec();
    return db.sql().getLastInsertRowid();
}

void inserts::step(Database& db, Step& step, RowId operatorRow)
{
    auto insert = db.statement(
        "INSERT INTO steps (pathway_id, operator_id, type, subtype, start_date, end_date, label, external_id,"
        " uuid, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    bindFields(*insert, step, operatorRow);
    insert->bind(9, step.record.uuid);
    insert->bind(10, step.record.createdAt);
    insert->bind(11, step.record.updatedAt);
    insert->exec();
    step.record.id = db.sql().getLastInsertRowid();
}

void PathwayRepository::addStep(Step& step)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        Step stored = step;
        stored.record = rows::stamped(step.record, m_clock);
        stored.operatorName = rows::trimmed(step.operatorName);
        checkBeforeWriting(m_db, stored);
        recorder::put(m_db, m_clock, "step", stored.record.uuid, entityRow(m_db, m_clock, stored));
        stored.record.id = rowstore::idOf(m_db, "steps", stored.record.uuid).value_or(0);
        transaction.commit();
        step = std::move(stored);
    });
}

void PathwayRepository::updateStep(Step& step)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::optional<Step> before = findStep(step.record.id);
        if (!before)
            throwUnknown(step.record.id);
        Step stored = step;
        stored.record.uuid = before->record.uuid;
        stored.record.createdAt = before->record.createdAt;
        stored.record.updatedAt = m_clock.nowUtc();
        stored.operatorName = rows::trimmed(step.operatorName);
        checkBeforeWriting(m_db, stored);
        recorder::patch(m_db, m_clock, "step", stored.record.uuid, entityRow(m_db, m_clock, stored));
        transaction.commit();
        step = std::move(stored);
    });
}

void PathwayRepository::removeStep(RowId stepId)
{
    rows::guarded(m_db, [&] {
        Transaction transaction(m_db);
        const std::string uuid = rowstore::uuidOf(m_db, "steps", stepId);
        if (uuid.empty())
            throwUnknown(stepId);
        recorder::remove(m_db, m_clock, "step", uuid);
        transaction.commit();
    });
}

std::optional<Step> PathwayRepository::findStep(RowId stepId)
{
    return rows::guarded(m_db, [&]() -> std::optional<Step> {
        auto query = m_db.statement(kSelectStep + " WHERE s.id = ?1");
        query->bind(1, stepId);
        if (!query->executeStep())
            return std::nullopt;
        return readStep(*query);
    });
}

std::vector<Step> PathwayRepository::steps(RowId pathwayId)
{
    return rows::guarded(m_db, [&] {
        std::vector<Step> result;
        auto query = m_db.statement(kSelectStep + " WHERE s.pathway_id = ?1 ORDER BY s.start_date, s.id");
        query->bind(1, pathwayId);
        while (query->executeStep())
            result.push_back(readStep(*query));
        return result;
    });
}

std::vector<Step> PathwayRepository::allSteps()
{
    return rows::guarded(m_db, [&] {
        std::vector<Step> result;
        auto query = m_db.statement(kSelectStep + " ORDER BY s.id");
        while (query->executeStep())
            result.push_back(readStep(*query));
        return result;
    });
}

} // namespace parcours
