// Rows read and written by their UUID and their fields named as in the operations, with
// the SQL built from the tables' one list of columns (EntityTables). Below the recording:
// ChangeRecorder and the replay of operations call these, nothing else does.
#pragma once

#include "domain/RecordIdentity.h"
#include "store/EntityTables.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace parcours {

class Database;

namespace rowstore {

// The row's fields (every field of the entity, references as UUIDs), or nullopt.
std::optional<nlohmann::json> read(Database& db, const EntityTable& table, const std::string& uuid);
// Whether every field of `values` has that value in `row`.
bool holdsValues(const nlohmann::json& row, const nlohmann::json& values);
// The UUID of the participant.e whose file the row belongs to ("" for none, or no row).
std::string fileOf(Database& db, const EntityTable& table, const std::string& uuid);

// A new row of that UUID with every field of `data`, created and updated at `at`.
void insert(Database& db, const EntityTable& table, const std::string& uuid, const nlohmann::json& data,
            const std::string& at);
// Sets the fields of `fields` (a part of the entity's) and updated_at.
void update(Database& db, const EntityTable& table, const std::string& uuid, const nlohmann::json& fields,
            const std::string& at);
void erase(Database& db, const EntityTable& table, const std::string& uuid);

// The local id of a row of `sqlTable` by its UUID, and back.
std::optional<RowId> idOf(Database& db, const char* sqlTable, const std::string& uuid);
std::string uuidOf(Database& db, const char* sqlTable, RowId id);

// The rows of a table as SQL pieces, each reference's row joined once (LEFT JOIN: a row
// whose optional reference is null stays): `SELECT <json>, <file> FROM <from> WHERE …`,
// the row itself being `t`.
struct JoinedRows {
    std::string from; // the table as `t` and its joins
    std::string json; // the row as a JSON object of its fields, references as UUIDs
    std::string file; // the UUID of the participant.e whose file it is, '' for none
};
JoinedRows joinedRows(const EntityTable& table);

} // namespace rowstore
} // namespace parcours
