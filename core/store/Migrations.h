// The versioned schema: the ordered list of upgrade steps, and the loop that runs them safely.
#pragma once

#include "store/DatabaseKey.h"

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace parcours {

class Clock;

// One upgrade of the schema, written in C++ (qBittorrent's updateDB): it may rebuild
// tables and rewrite data. It runs inside the loop's transaction with foreign keys off,
// and throws to refuse.
struct SchemaStep {
    int toVersion; // the version it brings the schema to, from toVersion - 1
    // `at`: the instant of the upgrade (UTC, milliseconds), for what the step records.
    void (*run)(SQLite::Database& db, const std::string& at);
};

// Every step of the schema in order: step i brings version i to version i + 1.
const std::vector<SchemaStep>& schemaSteps();

// Brings `db` from its user_version to the last step's version, one step at a time.
// Refuses with a StoreError in French, leaving the file as it was: a database that is
// neither blank nor a Parcours one (application_id), a schema newer than the steps know.
// Before upgrading a file that already has a schema, saves a copy next to it, named by
// backupPathFor. Each step runs as: foreign keys off (outside any transaction, where
// the pragma works), BEGIN IMMEDIATE, user_version read again under the lock (stop if
// another connection upgraded meanwhile), the step, PRAGMA foreign_key_check (a row
// refuses the step), user_version, COMMIT, foreign keys on again. A failing step is
// rolled back whole: the file stays at its previous version with all its data, and
// the StoreError names the target version and where the copy is. Must be called
// outside any transaction.
// The copy of an encrypted base is encrypted with its `key`.
void migrate(SQLite::Database& db, const std::vector<SchemaStep>& steps, const Clock& clock,
             const DatabaseKey& key = {});

// Throws StoreError when PRAGMA foreign_key_check finds a row that refers to a missing
// one: « la table « contacts » a 1 ligne qui renvoie à une ligne absente de « pathways » ».
void requireNoDanglingReference(SQLite::Database& db);

// Where the copy of `databaseFile` taken before its upgrade to `targetVersion` goes:
// « suivi.parcours.avant-schema-2.bak », or « suivi.parcours.avant-schema-2-2.bak »,
// « -3 »… when that name is taken.
std::string backupPathFor(const std::string& databaseFile, int targetVersion);

// « La base « X » a été créée par une version plus récente de Parcours (schéma 3, cette
// version connaît le schéma 2). »
std::string newerSchemaMessage(const std::string& databaseName, int found, int known);

} // namespace parcours
