// Version 4: what following a pathway to its end needs (agenda.md, interchange-csv.md).
//
// - Planned actions (`actions`): an appointment, a call, a step to take, dated, done or not.
// - The employer's name and the person to call there, on each hire.
// - The PLIE's « À faire » setting: days without a contact before a pathway is listed.
//
// Columns are added with ALTER TABLE and their empty value as default, so every row keeps
// its values and its recorded operations stay true (a put recorded before version 4 lacks
// the new fields, which take that default). CHECKs are written as comparisons (version 3).
#include "store/SchemaVersions.h"

namespace parcours {

namespace {

constexpr const char* kVersion4 = R"sql(
ALTER TABLE hires ADD COLUMN employer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE hires ADD COLUMN employer_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE plie_settings ADD COLUMN days_without_contact INTEGER NOT NULL DEFAULT 30
    CHECK (days_without_contact BETWEEN 1 AND 365);

CREATE TABLE actions (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT CHECK (external_id <> ''),
    pathway_id  INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    action_date TEXT NOT NULL CHECK (date(action_date) IS action_date),
    kind        TEXT NOT NULL CHECK ((kind = 'rendez_vous' OR kind = 'appel' OR kind = 'demarche' OR kind = 'autre')),
    note        TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0 CHECK ((done = 0 OR done = 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX actions_uuid ON actions (uuid);
CREATE UNIQUE INDEX actions_external_id ON actions (external_id);
CREATE INDEX actions_by_pathway_date ON actions (pathway_id, action_date);
)sql";

} // namespace

void upgradeToSchemaVersion4(SQLite::Database& db, const std::string&)
{
    db.exec(kVersion4);
}

} // namespace parcours
