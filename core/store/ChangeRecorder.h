// The one door through which the store writes a row: each write records its operation
// (changes.md) in the same transaction, by the connection's author, in the action under
// way (Database::journal). Repositories, use cases and undo write through here.
#pragma once

#include "domain/Clock.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
} // namespace SQLite

namespace parcours {

class Database;

namespace recorder {

// A new row of `entity` with every field of `data`; records a put.
void put(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid,
         const nlohmann::json& data);
// Sets the fields of `values` that differ from the row's; records a patch of those with
// their previous values. Returns false, and records nothing, when nothing differs.
bool patch(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid,
           const nlohmann::json& values);
// Deletes the row; records a delete with every previous value. Nothing when there is no row.
void remove(Database& db, const Clock& clock, std::string_view entity, const std::string& uuid);

} // namespace recorder

// The highest id of each table, taken before a bulk write.
struct RowIdMarks {
    std::map<std::string, std::int64_t> highest; // by SQL table
    static RowIdMarks read(SQLite::Database& db);
};

// Records a put of every row of every table above its mark (every row without marks), in
// one INSERT per table: how an import, the demo and the schema's upgrade record the rows
// they wrote in bulk. `change` groups them. Runs inside their transaction.
void recordRowsInBulk(SQLite::Database& db, const std::string& author, const std::string& at,
                      const std::string& change, const RowIdMarks* after = nullptr);
// Every existing row, for the upgrade to the schema that introduced the operations.
void recordExistingRows(SQLite::Database& db, const std::string& author, const std::string& at);

} // namespace parcours
