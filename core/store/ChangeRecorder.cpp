// Row writes that record their operations, one by one or in bulk.
#include "store/ChangeRecorder.h"

#include "store/Database.h"
#include "store/EntityTables.h"
#include "store/OperationLog.h"
#include "store/RowStore.h"
#include "store/StoreError.h"
#include "store/Uuid.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <optional>
#include <set>
#include <stdexcept>

namespace parcours {

namespace recorder {

namespace {

Operation started(Database& db, const Clock& clock, const EntityTable& table, const std::string& uuid,
                  OperationKind kind)
{
    ChangeJournal& journal = db.journal();
    if (!journal.isOpen())
        throw std::logic_error("a write outside a transaction");
    Operation operation;
    operation.op = newUuid();
    operation.change = journal.changeId();
    operation.at = clock.nowUtc();
    operation.author = journal.author();
    operation.entity = table.entity;
    operation.id = uuid;
    operation.kind = kind;
    return operation;
}

void record(Database& db, Operation& operation)
{
    appendOperation(db, operation);
    db.journal().add(operation);
}

[[noreturn]] void throwMissing(const EntityTable& table, const std::string& uuid)
{
    throw StoreError("La ligne " + uuid + " (" + table.entity + ") n'existe plus.");
}

} // namespace

void put(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid,
         const nlohmann::json& data)
{
    const EntityTable& table = entityTable(entity);
    Operation operation = started(db, clock, table, uuid, OperationKind::Put);
    nlohmann::json complete = nlohmann::json::object();
    for (const EntityField& field : table.fields)
        complete[field.name] = data.contains(field.name) ? data.at(field.name) : field.absentValue();
    rowstore::insert(db, table, uuid, complete, operation.at);
    operation.data = std::move(complete);
    operation.file = rowstore::fileOf(db, table, uuid);
    record(db, operation);
}

bool patch(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid,
           const nlohmann::json& values)
{
    const EntityTable& table = entityTable(entity);
    const std::optional<nlohmann::json> current = rowstore::read(db, table, uuid);
    if (!current)
        throwMissing(table, uuid);
    nlohmann::json changed = nlohmann::json::object();
    nlohmann::json before = nlohmann::json::object();
    for (const auto& [name, value] : values.items()) {
        if (!table.field(name))
            throw std::logic_error("no field " + name + " in " + table.entity);
        if (current->at(name) != value) {
            changed[name] = value;
            before[name] = current->at(name);
        }
    }
    if (changed.empty())
        return false;
    Operation operation = started(db, clock, table, uuid, OperationKind::Patch);
    rowstore::update(db, table, uuid, changed, operation.at);
    operation.data = std::move(changed);
    operation.before = std::move(before);
    operation.file = rowstore::fileOf(db, table, uuid);
    record(db, operation);
    return true;
}

void remove(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid)
{
    const EntityTable& table = entityTable(entity);
    std::optional<nlohmann::json> current = rowstore::read(db, table, uuid);
    if (!current)
        return;
    Operation operation = started(db, clock, table, uuid, OperationKind::Delete);
    operation.file = rowstore::fileOf(db, table, uuid);
    rowstore::erase(db, table, uuid);
    operation.data = nullptr;
    operation.before = std::move(*current);
    record(db, operation);
}

} // namespace recorder

namespace {

void newUuidFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const std::string uuid = newUuid();
    sqlite3_result_text(context, uuid.c_str(), static_cast<int>(uuid.size()), SQLITE_TRANSIENT);
}

// The table as the file holds it now, or nullopt when it has no such table: an upgrade
// step records the rows there before later steps add tables or columns.
std::optional<EntityTable> asInFile(SQLite::Database& db, const EntityTable& table)
{
    std::set<std::string> columns;
    SQLite::Statement query(db, "SELECT name FROM pragma_table_info(?1)");
    query.bind(1, table.table);
    while (query.executeStep())
        columns.insert(query.getColumn(0).getString());
    if (columns.empty())
        return std::nullopt;
    EntityTable present = table;
    present.fields.clear();
    for (const EntityField& field : table.fields) {
        if (columns.count(field.column))
            present.fields.push_back(field);
    }
    return present;
}

void registerUuidFunction(SQLite::Database& db)
{
    // Not deterministic: a new value for every row.
    sqlite3_create_function_v2(db.getHandle(), "parcours_new_uuid", 0, SQLITE_UTF8, nullptr, newUuidFunction,
                               nullptr, nullptr, nullptr);
}

} // namespace

RowIdMarks RowIdMarks::read(SQLite::Database& db)
{
    RowIdMarks marks;
    for (const EntityTable& table : entityTables())
        marks.highest[table.table] =
            db.execAndGet(std::string("SELECT coalesce(max(id), 0) FROM ") + table.table).getInt64();
    return marks;
}

void recordRowsInBulk(SQLite::Database& db, const std::string& author, const std::string& at,
                      const std::string& change, const RowIdMarks* after)
{
    registerUuidFunction(db);
    // Rows already recorded one by one in the same change (the référent.e.s an import finds
    // or creates, the PLIE's identity) are not recorded twice. Read once into a small keyed
    // table: the operations' own indexes may be dropped while a large import runs.
    db.exec("CREATE TEMP TABLE IF NOT EXISTS recorded_one_by_one (uuid TEXT PRIMARY KEY) WITHOUT ROWID");
    db.exec("DELETE FROM temp.recorded_one_by_one");
    {
        SQLite::Statement collect(db, "INSERT OR IGNORE INTO temp.recorded_one_by_one SELECT row_uuid FROM operations"
                                      " WHERE change = ?1");
        collect.bind(1, change);
        collect.exec();
    }
    for (const EntityTable& known : entityTables()) {
        const std::optional<EntityTable> present = asInFile(db, known);
        if (!present)
            continue;
        const EntityTable& table = *present;
        const rowstore::JoinedRows rows = rowstore::joinedRows(table);
        SQLite::Statement insert(
            db, "INSERT INTO operations (op, change, at, author, entity, row_uuid, kind, data, file)"
                " SELECT parcours_new_uuid(), ?1, ?2, ?3, ?4, t.uuid, 'put', "
                    + rows.json + ", " + rows.file + " FROM " + rows.from
                    + " WHERE t.id > ?5 AND t.uuid NOT IN temp.recorded_one_by_one ORDER BY t.id");
        insert.bind(1, change);
        insert.bind(2, at);
        insert.bind(3, author);
        insert.bind(4, table.entity);
        std::int64_t mark = 0;
        if (after) {
            if (const auto it = after->highest.find(table.table); it != after->highest.end())
                mark = it->second;
        }
        insert.bind(5, static_cast<std::int64_t>(mark));
        insert.exec();
    }
    db.exec("DELETE FROM temp.recorded_one_by_one");
}

void recordExistingRows(SQLite::Database& db, const std::string& author, const std::string& at)
{
    recordRowsInBulk(db, author, at, newUuid());
}

} // namespace parcours
