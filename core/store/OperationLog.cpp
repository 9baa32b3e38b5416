// Writing and reading the operations table.
#include "store/OperationLog.h"

#include "store/Database.h"
#include "store/RowMapping.h"

namespace parcours {

namespace {

constexpr const char* kSelect = "SELECT seq, op, change, at, author, entity, row_uuid, kind, data, before, file"
                                " FROM operations";

nlohmann::json parsedOrNull(const SQLite::Column& column)
{
    if (column.isNull())
        return nullptr;
    return nlohmann::json::parse(column.getString());
}

Operation readOperation(const SQLite::Statement& row)
{
    Operation o;
    o.seq = row.getColumn(0).getInt64();
    o.op = row.getColumn(1).getString();
    o.change = row.getColumn(2).getString();
    o.at = row.getColumn(3).getString();
    o.author = row.getColumn(4).getString();
    o.entity = row.getColumn(5).getString();
    o.id = row.getColumn(6).getString();
    o.kind = operationKindFromCode(row.getColumn(7).getString()).value_or(OperationKind::Put);
    o.data = parsedOrNull(row.getColumn(8));
    o.before = parsedOrNull(row.getColumn(9));
    o.file = row.getColumn(10).getString();
    return o;
}

void bindJson(SQLite::Statement& statement, int index, const nlohmann::json& value)
{
    if (value.is_null())
        statement.bind(index);
    else
        statement.bind(index, value.dump());
}

} // namespace

void appendOperation(Database& db, Operation& operation)
{
    auto insert = db.statement("INSERT INTO operations (op, change, at, author, entity, row_uuid, kind, data, before,"
                               " file) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert->bind(1, operation.op);
    insert->bind(2, operation.change);
    insert->bind(3, operation.at);
    insert->bind(4, operation.author);
    insert->bind(5, operation.entity);
    insert->bind(6, operation.id);
    insert->bind(7, std::string(toCode(operation.kind)));
    bindJson(*insert, 8, operation.data);
    bindJson(*insert, 9, operation.before);
    insert->bind(10, operation.file);
    insert->exec();
    operation.seq = db.sql().getLastInsertRowid();
}

bool hasOperation(Database& db, const std::string& op)
{
    return operationSeq(db, op).has_value();
}

std::optional<std::int64_t> operationSeq(Database& db, const std::string& op)
{
    return rows::guarded(db, [&]() -> std::optional<std::int64_t> {
        auto query = db.statement("SELECT seq FROM operations WHERE op = ?1");
        query->bind(1, op);
        if (!query->executeStep())
            return std::nullopt;
        return query->getColumn(0).getInt64();
    });
}

void forEachOperation(Database& db, std::int64_t afterSeq, const std::function<void(const Operation&)>& visit)
{
    rows::guarded(db, [&] {
        // Not the cached statement: `visit` may read the database while this one runs.
        SQLite::Statement query(db.sql(), std::string(kSelect) + " WHERE seq > ?1 ORDER BY seq");
        query.bind(1, afterSeq);
        while (query.executeStep())
            visit(readOperation(query));
    });
}

std::vector<Operation> operationsOfFile(Database& db, const std::string& participantUuid)
{
    return rows::guarded(db, [&] {
        std::vector<Operation> result;
        auto query = db.statement(std::string(kSelect) + " WHERE file = ?1 ORDER BY seq");
        query->bind(1, participantUuid);
        while (query->executeStep())
            result.push_back(readOperation(*query));
        return result;
    });
}

std::int64_t operationCount(Database& db)
{
    return rows::guarded(db, [&] { return db.sql().execAndGet("SELECT count(*) FROM operations").getInt64(); });
}

} // namespace parcours
