// Version 6: retention (../shared/spec/retention.md).
//
// - On each participant.e, `archived` (0 or 1): their file was archived, what identified them
//   erased.
// - On each pathway, `age_at_entry`: whole years at entry, kept when the birth date is erased
//   (NULL while the birth date is known).
// - The PLIE's setting `retention_months` (R, 24 by default).
#include "store/SchemaVersions.h"

namespace parcours {

namespace {

constexpr const char* kVersion6 = R"sql(
ALTER TABLE participants ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK ((archived = 0 OR archived = 1));
ALTER TABLE pathways ADD COLUMN age_at_entry INTEGER
    CHECK ((age_at_entry IS NULL OR (age_at_entry >= 16 AND age_at_entry <= 99)));
ALTER TABLE plie_settings ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 24
    CHECK ((retention_months >= 1 AND retention_months <= 240));
)sql";

} // namespace

void upgradeToSchemaVersion6(SQLite::Database& db, const std::string&)
{
    db.exec(kVersion6);
}

} // namespace parcours
