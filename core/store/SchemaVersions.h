// The steps of the schema, one file each (SchemaVersion1.cpp, SchemaVersion2.cpp…):
// what each version adds or changes. Migrations.cpp lists them in order.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace parcours {

// Version 1: the whole model of interchange-csv.md.
void createSchemaVersion1(SQLite::Database& db, const std::string& at);

// Version 2: no more cascading deletes (every foreign key ON DELETE RESTRICT), instants
// with milliseconds, and the operations and conflicts tables of changes.md.
void upgradeToSchemaVersion2(SQLite::Database& db, const std::string& at);

} // namespace parcours
