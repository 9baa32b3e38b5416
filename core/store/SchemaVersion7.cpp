// Version 7: the trace of reads and the RGPD information notice.
//
// - `read_traces`: who opened, printed or exported which participant.e's file, and when
//   (writes are traced by the operations already). Purged after 12 months.
// - On each participant.e, `information_date`: the day the RGPD information notice was given
//   (NULL until then).
// - The PLIE's `contact` (who to write to about one's data) and `information_notice`, the
//   notice's text as the PLIE edited it ('' for the built-in one).
#include "store/SchemaVersions.h"

namespace parcours {

namespace {

constexpr const char* kVersion7 = R"sql(
CREATE TABLE read_traces (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    author           TEXT NOT NULL,
    participant_uuid TEXT NOT NULL,
    action           TEXT NOT NULL
        CHECK ((action = 'consultation' OR action = 'impression' OR action = 'export' OR action = 'acces')),
    detail           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX read_traces_by_participant ON read_traces (participant_uuid, at);
CREATE INDEX read_traces_by_instant ON read_traces (at);
ALTER TABLE participants ADD COLUMN information_date TEXT
    CHECK ((information_date IS NULL OR date(information_date) IS information_date));
ALTER TABLE plie_settings ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE plie_settings ADD COLUMN information_notice TEXT NOT NULL DEFAULT '';
)sql";

} // namespace

void upgradeToSchemaVersion7(SQLite::Database& db, const std::string&)
{
    db.exec(kVersion7);
}

} // namespace parcours
