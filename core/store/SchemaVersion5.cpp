// Version 5: the optional validation of entries by the PLIE's coordinator.
//
// - The PLIE's setting `entries_need_validation` (0 or 1, off by default).
// - On each pathway, `entry_validation`: '' when its entry is not subject to validation or
//   was validated, `en_attente` while it waits, `refusee` once refused; and
//   `entry_validation_note`, the reason of a refusal.
//
// Columns are added with ALTER TABLE and their empty value as default, so every row keeps its
// values (an existing pathway counts as validated) and its recorded operations stay true: a
// put recorded before version 5 lacks the new fields, which take that default (version 4).
#include "store/SchemaVersions.h"

namespace parcours {

namespace {

constexpr const char* kVersion5 = R"sql(
ALTER TABLE plie_settings ADD COLUMN entries_need_validation INTEGER NOT NULL DEFAULT 0
    CHECK ((entries_need_validation = 0 OR entries_need_validation = 1));
ALTER TABLE pathways ADD COLUMN entry_validation TEXT NOT NULL DEFAULT ''
    CHECK ((entry_validation = '' OR entry_validation = 'en_attente' OR entry_validation = 'refusee'));
ALTER TABLE pathways ADD COLUMN entry_validation_note TEXT NOT NULL DEFAULT '';
CREATE INDEX pathways_by_entry_validation ON pathways (entry_validation) WHERE entry_validation <> '';
)sql";

} // namespace

void upgradeToSchemaVersion5(SQLite::Database& db, const std::string&)
{
    db.exec(kVersion5);
}

} // namespace parcours
