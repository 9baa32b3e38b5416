// The replay of received operations, row by row, with conflicts kept rather than resolved.
#include "changes/ApplyOperations.h"

#include "changes/ChangesFile.h"
#include "changes/OperationJson.h"
#include "store/Database.h"
#include "store/EntityTables.h"
#include "store/OperationLog.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/StoredRowRules.h"
#include "store/Transaction.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace parcours {

namespace {

enum class Outcome { Applied, Skipped, Conflicted };

class Applier {
public:
    explicit Applier(Database& db) : m_db(db) {}

    Outcome apply(const Operation& operation, std::size_t position);
    // The rules of the rows written since the last check: run once an action's operations
    // are all applied, as a row may need the next ones (an exit in emploi durable, its hire).
    void checkWrittenRows();
    std::vector<Conflict>& conflicts() { return m_conflicts; }

private:
    Outcome put(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current);
    Outcome patch(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current);
    Outcome erase(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current);
    bool referencesPresent(const EntityTable& table, const Operation& o);
    Outcome conflict(const Operation& o, const std::string& field, nlohmann::json here, nlohmann::json theirs);
    Outcome conflictOnFields(const Operation& o, const nlohmann::json& current, const nlohmann::json& expected);
    struct Written {
        const Operation* operation;
        std::size_t position;
    };

    Database& m_db;
    std::vector<Written> m_written;
    std::vector<Conflict> m_conflicts;
};

// The file an earlier operation of the row was in: a row deleted here still belongs to it.
std::string fileOfEarlierOperations(Database& db, const std::string& rowUuid)
{
    auto query = db.statement("SELECT file FROM operations WHERE row_uuid = ?1 AND file <> '' LIMIT 1");
    query->bind(1, rowUuid);
    return query->executeStep() ? query->getColumn(0).getString() : std::string();
}

Outcome Applier::apply(const Operation& operation, std::size_t position)
{
    if (hasOperation(m_db, operation.op))
        return Outcome::Skipped;
    const EntityTable& table = entityTable(operation.entity);
    const std::optional<nlohmann::json> current = rowstore::read(m_db, table, operation.id);
    const std::string fileBefore = current ? rowstore::fileOf(m_db, table, operation.id) : std::string();
    Outcome outcome = Outcome::Skipped;
    switch (operation.kind) {
    case OperationKind::Put: outcome = put(table, operation, current); break;
    case OperationKind::Patch: outcome = patch(table, operation, current); break;
    case OperationKind::Delete: outcome = erase(table, operation, current); break;
    }
    if (outcome == Outcome::Conflicted)
        return outcome;
    if (outcome == Outcome::Applied && operation.kind != OperationKind::Delete)
        m_written.push_back({&operation, position});
    Operation recorded = operation; // as it came
    recorded.file = operation.kind == OperationKind::Delete ? fileBefore : rowstore::fileOf(m_db, table, operation.id);
    if (recorded.file.empty())
        recorded.file = fileOfEarlierOperations(m_db, operation.id);
    appendOperation(m_db, recorded);
    return outcome;
}

Outcome Applier::put(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current)
{
    if (current)
        return rowstore::holdsValues(*current, o.data) ? Outcome::Skipped : conflictOnFields(o, *current, o.data);
    if (!referencesPresent(table, o))
        return Outcome::Conflicted;
    rowstore::insert(m_db, table, o.id, o.data, o.at);
    return Outcome::Applied;
}

Outcome Applier::patch(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current)
{
    if (!current)
        return conflict(o, "*", nullptr, o.before);
    if (rowstore::holdsValues(*current, o.before)) {
        if (!referencesPresent(table, o))
            return Outcome::Conflicted;
        rowstore::update(m_db, table, o.id, o.data, o.at);
        return Outcome::Applied;
    }
    if (rowstore::holdsValues(*current, o.data))
        return Outcome::Skipped;
    return conflictOnFields(o, *current, o.before);
}

Outcome Applier::erase(const EntityTable& table, const Operation& o, const std::optional<nlohmann::json>& current)
{
    if (!current)
        return Outcome::Skipped;
    if (!rowstore::holdsValues(*current, o.before))
        return conflictOnFields(o, *current, o.before);
    try {
        Transaction savepoint(m_db);
        rowstore::erase(m_db, table, o.id);
        savepoint.commit();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_CONSTRAINT)
            throw;
        return conflict(o, "*", "des lignes en dépendent ici", nullptr);
    }
    return Outcome::Applied;
}

bool Applier::referencesPresent(const EntityTable& table, const Operation& o)
{
    bool present = true;
    for (const EntityField& field : table.fields) {
        if (field.type != FieldType::Reference && field.type != FieldType::OptionalReference)
            continue;
        const auto it = o.data.find(field.name);
        if (it == o.data.end() || it->is_null())
            continue;
        if (!rowstore::idOf(m_db, field.references, it->get<std::string>())) {
            conflict(o, field.name, nullptr, *it);
            present = false;
        }
    }
    return present;
}

Outcome Applier::conflict(const Operation& o, const std::string& field, nlohmann::json here, nlohmann::json theirs)
{
    m_conflicts.push_back({o.op, o.entity, o.id, field, std::move(here), std::move(theirs)});
    const Conflict& c = m_conflicts.back();
    auto insert = m_db.statement("INSERT OR IGNORE INTO conflicts (op, operation, entity, row_uuid, field, here, theirs,"
                                 " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%fZ'))");
    insert->bind(1, c.op);
    insert->bind(2, toJson(o).dump());
    insert->bind(3, c.entity);
    insert->bind(4, c.id);
    insert->bind(5, c.field);
    insert->bind(6, c.here.dump());
    insert->bind(7, c.theirs.dump());
    insert->exec();
    return Outcome::Conflicted;
}

Outcome Applier::conflictOnFields(const Operation& o, const nlohmann::json& current, const nlohmann::json& expected)
{
    for (const auto& [name, value] : expected.items()) {
        if (current.contains(name) && current.at(name) != value)
            conflict(o, name, current.at(name), o.kind == OperationKind::Patch ? o.data.value(name, value) : value);
    }
    return Outcome::Conflicted;
}

void Applier::checkWrittenRows()
{
    std::vector<std::string> problems;
    for (const Written& w : m_written) {
        const Operation& o = *w.operation;
        for (const RuleViolation& v : checkStoredRow(m_db, o.entity, o.id))
            problems.push_back("opération " + std::to_string(w.position) + " (" + o.op + ", " + o.entity + ") : "
                               + v.field + " : " + v.message);
    }
    m_written.clear();
    if (!problems.empty())
        throw ChangesRefused(std::move(problems));
}

std::string quoted(const nlohmann::json& value)
{
    if (value.is_null())
        return "(absent)";
    if (value.is_string())
        return "« " + value.get<std::string>() + " »";
    return value.dump();
}

} // namespace

ApplyReport applyOperations(Database& db, const std::vector<Operation>& operations)
{
    return rows::guarded(db, [&] {
        ApplyReport report;
        Transaction transaction(db);
        Applier applier(db);
        for (std::size_t i = 0; i < operations.size(); ++i) {
            if (i > 0 && operations[i].change != operations[i - 1].change)
                applier.checkWrittenRows();
            switch (applier.apply(operations[i], i + 1)) {
            case Outcome::Applied: ++report.applied; break;
            case Outcome::Skipped: ++report.skipped; break;
            case Outcome::Conflicted: break;
            }
        }
        applier.checkWrittenRows();
        transaction.commit();
        report.conflicts = std::move(applier.conflicts());
        return report;
    });
}

std::string describeConflict(const Conflict& c)
{
    const std::string field = c.field == "*" ? "la ligne entière" : "champ " + c.field;
    return "Conflit : " + c.entity + " " + c.id + ", " + field + " : ici " + quoted(c.here) + ", dans l'opération "
           + quoted(c.theirs) + " (" + c.op + ")";
}

std::vector<Conflict> unsettledConflicts(Database& db)
{
    return rows::guarded(db, [&] {
        std::vector<Conflict> result;
        auto query = db.statement("SELECT op, entity, row_uuid, field, here, theirs FROM conflicts"
                                  " WHERE settled_at IS NULL ORDER BY id");
        while (query->executeStep()) {
            result.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                              query->getColumn(2).getString(), query->getColumn(3).getString(),
                              nlohmann::json::parse(query->getColumn(4).getString()),
                              nlohmann::json::parse(query->getColumn(5).getString())});
        }
        return result;
    });
}

void settleConflicts(Database& db, const Clock& clock, const std::string& op)
{
    rows::guarded(db, [&] {
        auto update = db.statement("UPDATE conflicts SET settled_at = ?1 WHERE op = ?2 AND settled_at IS NULL");
        update->bind(1, clock.nowUtc());
        update->bind(2, op);
        update->exec();
    });
}

} // namespace parcours
