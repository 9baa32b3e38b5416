// Generic reads and writes of a row by its UUID, built from EntityTables.
#include "store/RowStore.h"

#include "store/Database.h"

#include <string_view>

namespace parcours::rowstore {

namespace {

bool isReference(const EntityField& field)
{
    return field.type == FieldType::Reference || field.type == FieldType::OptionalReference;
}

std::string parameter(const EntityField& field)
{
    return std::string(":f_") + field.name;
}

// The value to store for `field`: a reference is looked up by its UUID.
std::string valueExpression(const EntityField& field)
{
    if (isReference(field))
        return std::string("(SELECT id FROM ") + field.references + " WHERE uuid = " + parameter(field) + ")";
    return parameter(field);
}

void bindValue(SQLite::Statement& statement, const std::string& name, const nlohmann::json& value)
{
    if (value.is_null())
        statement.bind(name);
    else if (value.is_string())
        statement.bind(name, value.get_ref<const std::string&>());
    else if (value.is_boolean())
        statement.bind(name, value.get<bool>() ? 1 : 0);
    else if (value.is_number_integer())
        statement.bind(name, value.get<std::int64_t>());
    else
        statement.bind(name, value.dump());
}

bool isSingleton(const EntityTable& table)
{
    return std::string_view(table.table) == "plie_settings"; // CHECK (id = 1)
}

} // namespace

JoinedRows joinedRows(const EntityTable& table)
{
    JoinedRows rows;
    rows.from = std::string(table.table) + " t";
    rows.file = table.file == FileOf::Itself ? "t.uuid" : "''";
    std::string json;
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        const EntityField& field = table.fields[i];
        std::string value = std::string("t.") + field.column;
        if (isReference(field)) {
            const std::string alias = "r" + std::to_string(i);
            rows.from += std::string(" LEFT JOIN ") + field.references + " " + alias + " ON " + alias + ".id = t."
                         + field.column;
            value = alias + ".uuid";
            const std::string_view name = field.name;
            if (table.file == FileOf::ItsParticipant && name == "participant")
                rows.file = value;
            if (table.file == FileOf::ItsPathway && name == "pathway") {
                rows.from += " LEFT JOIN participants f ON f.id = " + alias + ".participant_id";
                rows.file = "f.uuid";
            }
        }
        json += (json.empty() ? "'" : ", '") + std::string(field.name) + "', " + value;
    }
    rows.json = "json_object(" + json + ")";
    rows.file = "coalesce(" + rows.file + ", '')";
    return rows;
}

std::optional<nlohmann::json> read(Database& db, const EntityTable& table, const std::string& uuid)
{
    const JoinedRows rows = joinedRows(table);
    auto query = db.statement("SELECT " + rows.json + " FROM " + rows.from + " WHERE t.uuid = ?1");
    query->bind(1, uuid);
    if (!query->executeStep())
        return std::nullopt;
    return nlohmann::json::parse(query->getColumn(0).getString());
}

bool holdsValues(const nlohmann::json& row, const nlohmann::json& values)
{
    for (const auto& [name, value] : values.items()) {
        if (!row.contains(name) || row.at(name) != value)
            return false;
    }
    return true;
}

std::string fileOf(Database& db, const EntityTable& table, const std::string& uuid)
{
    const JoinedRows rows = joinedRows(table);
    auto query = db.statement("SELECT " + rows.file + " FROM " + rows.from + " WHERE t.uuid = ?1");
    query->bind(1, uuid);
    if (!query->executeStep())
        return {};
    return query->getColumn(0).getString();
}

void insert(Database& db, const EntityTable& table, const std::string& uuid, const nlohmann::json& data,
            const std::string& at)
{
    std::string columns = "uuid, created_at, updated_at";
    std::string values = ":uuid, :at, :at";
    if (isSingleton(table)) {
        columns += ", id";
        values += ", 1";
    }
    for (const EntityField& field : table.fields) {
        columns += std::string(", ") + field.column;
        values += ", " + valueExpression(field);
    }
    auto statement = db.statement(std::string("INSERT INTO ") + table.table + " (" + columns + ") VALUES (" + values + ")");
    statement->bind(":uuid", uuid);
    statement->bind(":at", at);
    for (const EntityField& field : table.fields) {
        const auto it = data.find(field.name);
        bindValue(*statement, parameter(field), it == data.end() ? field.absentValue() : *it);
    }
    statement->exec();
}

void update(Database& db, const EntityTable& table, const std::string& uuid, const nlohmann::json& fields,
            const std::string& at)
{
    std::string assignments = "updated_at = :at";
    for (const EntityField& field : table.fields) {
        if (fields.contains(field.name))
            assignments += std::string(", ") + field.column + " = " + valueExpression(field);
    }
    auto statement = db.statement(std::string("UPDATE ") + table.table + " SET " + assignments + " WHERE uuid = :uuid");
    statement->bind(":uuid", uuid);
    statement->bind(":at", at);
    for (const EntityField& field : table.fields) {
        if (const auto it = fields.find(field.name); it != fields.end())
            bindValue(*statement, parameter(field), *it);
    }
    statement->exec();
}

void erase(Database& db, const EntityTable& table, const std::string& uuid)
{
    auto statement = db.statement(std::string("DELETE FROM ") + table.table + " WHERE uuid = ?1");
    statement->bind(1, uuid);
    statement->exec();
}

std::optional<RowId> idOf(Database& db, const char* sqlTable, const std::string& uuid)
{
    auto query = db.statement(std::string("SELECT id FROM ") + sqlTable + " WHERE uuid = ?1");
    query->bind(1, uuid);
    if (!query->executeStep())
        return std::nullopt;
    return query->getColumn(0).getInt64();
}

std::string uuidOf(Database& db, const char* sqlTable, RowId id)
{
    auto query = db.statement(std::string("SELECT uuid FROM ") + sqlTable + " WHERE id = ?1");
    query->bind(1, id);
    if (!query->executeStep())
        return {};
    return query->getColumn(0).getString();
}

} // namespace parcours::rowstore
