// The versioned schema: the ordered list of upgrades, each run in one transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace parcours {

// Upgrade i (0-based) takes the schema from version i to version i + 1.
using Migration = std::string; // SQL script
const std::vector<Migration>& schemaMigrations();

// Runs the upgrades from the database's user_version up to migrations.size(), each in
// its own transaction that also sets user_version; a failing upgrade leaves the
// database at the previous version and throws StoreError. Throws StoreError when the
// database is newer.
void migrate(SQLite::Database& db, const std::vector<Migration>& migrations);

// « La base « X » a été créée par une version plus récente de Parcours (schéma 3, cette
// version connaît le schéma 1). »
std::string newerSchemaMessage(const std::string& databaseName, int found, int known);

} // namespace parcours
