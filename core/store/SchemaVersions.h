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

// Version 3: cheaper CHECKs. Lists of codes (`x IN ('a', 'b')`) written as comparisons
// (`(x = 'a' OR x = 'b')`), which SQLite checks without building a temporary index for
// every row written; no second parse of the operations' JSON. Same columns and rows.
void upgradeToSchemaVersion3(SQLite::Database& db, const std::string& at);

// Version 4: planned actions (`actions`), the employer's name and contact on each hire, and
// the PLIE's number of days without a contact before « À faire » lists a pathway.
void upgradeToSchemaVersion4(SQLite::Database& db, const std::string& at);

// Version 5: the coordinator's validation of entries: the PLIE's setting, and on each pathway
// where its entry stands (not subject or validated, waiting, refused) with the refusal's reason.
void upgradeToSchemaVersion5(SQLite::Database& db, const std::string& at);

// Version 6: retention: whether a participant.e's file is archived, the age at entry kept on
// each pathway, the PLIE's retention period in months.
void upgradeToSchemaVersion6(SQLite::Database& db, const std::string& at);

// Version 7: the trace of reads (read_traces), the day the RGPD information notice was given,
// the PLIE's contact and its own text of the notice.
void upgradeToSchemaVersion7(SQLite::Database& db, const std::string& at);

// A table's definition with every `column IN (constant, …)` written `(column = constant
// OR …)`; anything else kept as it is.
std::string checkListsAsComparisons(const std::string& sql);

} // namespace parcours
