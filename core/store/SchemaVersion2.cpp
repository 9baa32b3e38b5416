// Version 2 of the schema: deleting happens row by row as recorded operations, never by
// cascade; instants carry milliseconds; the operations and conflicts of changes.md.
//
// The six tables whose foreign keys cascaded are rebuilt by SQLite's procedure for the
// changes ALTER TABLE cannot make (create <t>_new, copy with explicit columns, drop,
// rename, re-create the indexes under their version 1 names). The loop runs this with
// foreign keys off: dropping `pathways` would otherwise delete every step, barrier and
// contact through the old ON DELETE CASCADE. Their columns, CHECKs and indexes are
// version 1's, word for word; only ON DELETE changes.
#include "store/SchemaVersions.h"

#include "store/ChangeRecorder.h"
#include "store/Migrations.h"

#include <string>
#include <vector>

namespace parcours {

namespace {

struct Rebuild {
    const char* table;
    const char* createNew; // CREATE TABLE <table>_new, as version 2 wants the table
    std::vector<const char*> columns;
    const char* indexes; // the table's indexes of version 1, same names, same columns
};

const std::vector<Rebuild>& rebuilds()
{
    static const std::vector<Rebuild> list{
        {"pathways",
         R"sql(
CREATE TABLE pathways_new (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id      TEXT CHECK (external_id <> ''),
    participant_id   INTEGER NOT NULL REFERENCES participants (id) ON DELETE RESTRICT,
    referent_id      INTEGER NOT NULL REFERENCES referents (id) ON DELETE RESTRICT,
    entry_date       TEXT NOT NULL CHECK (date(entry_date) IS entry_date),
    education_level  TEXT NOT NULL DEFAULT '' CHECK (education_level IN
                         ('', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'VI', 'Vbis', 'V', 'IV', 'III', 'II', 'I')),
    rsa              INTEGER NOT NULL DEFAULT 0 CHECK (rsa IN (0, 1)),
    deld             INTEGER NOT NULL DEFAULT 0 CHECK (deld IN (0, 1)),
    rqth             INTEGER NOT NULL DEFAULT 0 CHECK (rqth IN (0, 1)),
    other_difficulty INTEGER NOT NULL DEFAULT 0 CHECK (other_difficulty IN (0, 1)),
    exit_date        TEXT CHECK (date(exit_date) IS exit_date),
    exit_reason      TEXT CHECK (exit_reason IN ('emploi_durable', 'formation_qualifiante', 'autre_positive',
                         'abandon', 'demenagement', 'deces', 'retraite', 'reorientation', 'autre_sans_suite')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((exit_date IS NULL) = (exit_reason IS NULL)),
    CHECK (exit_date >= entry_date)
))sql",
         {"id", "uuid", "external_id", "participant_id", "referent_id", "entry_date", "education_level", "rsa", "deld",
          "rqth", "other_difficulty", "exit_date", "exit_reason", "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX pathways_uuid ON pathways (uuid);
CREATE UNIQUE INDEX pathways_external_id ON pathways (external_id);
CREATE INDEX pathways_by_participant ON pathways (participant_id, entry_date);
CREATE INDEX pathways_by_referent ON pathways (referent_id);
)sql"},

        {"hires",
         R"sql(
CREATE TABLE hires_new (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id       TEXT CHECK (external_id <> ''),
    pathway_id        INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    is_current        INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    hire_date         TEXT NOT NULL CHECK (date(hire_date) IS hire_date),
    contract_type     TEXT NOT NULL CHECK (contract_type IN
                          ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'creation_entreprise')),
    employer_category TEXT NOT NULL CHECK (employer_category IN ('entreprise', 'association', 'public', 'particulier')),
    naf_section       TEXT NOT NULL CHECK (length(naf_section) = 1 AND naf_section BETWEEN 'A' AND 'U'),
    end_date          TEXT CHECK (date(end_date) IS end_date),
    end_reason        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (end_date >= hire_date)
))sql",
         {"id", "uuid", "external_id", "pathway_id", "is_current", "hire_date", "contract_type", "employer_category",
          "naf_section", "end_date", "end_reason", "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX hires_uuid ON hires (uuid);
CREATE UNIQUE INDEX hires_external_id ON hires (external_id);
CREATE INDEX hires_by_pathway ON hires (pathway_id, hire_date);
CREATE UNIQUE INDEX hires_one_current ON hires (pathway_id) WHERE is_current = 1;
)sql"},

        {"holds",
         R"sql(
CREATE TABLE holds_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT CHECK (external_id <> ''),
    pathway_id  INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    start_date  TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date    TEXT CHECK (date(end_date) IS end_date),
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (end_date >= start_date)
))sql",
         {"id", "uuid", "external_id", "pathway_id", "start_date", "end_date", "reason", "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX holds_uuid ON holds (uuid);
CREATE UNIQUE INDEX holds_external_id ON holds (external_id);
CREATE INDEX holds_by_pathway ON holds (pathway_id, start_date);
)sql"},

        {"steps",
         R"sql(
CREATE TABLE steps_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT CHECK (external_id <> ''),
    pathway_id  INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    operator_id INTEGER REFERENCES operators (id) ON DELETE RESTRICT,
    type        TEXT NOT NULL CHECK (type IN ('mobilisation', 'formation', 'mediation_emploi', 'emploi_non_aide',
                    'contrat_aide', 'iae', 'levee_freins', 'accompagnement_emploi', 'autre')),
    subtype     TEXT NOT NULL DEFAULT '' CHECK (subtype IN ('', 'aci', 'ei', 'etti', 'ai', 'regie_quartier', 'geiq',
                    'qualifiante', 'certifiante', 'pre_qualifiante', 'linguistique', 'savoirs_de_base', 'permis',
                    'numerique', 'autre')),
    start_date  TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date    TEXT CHECK (date(end_date) IS end_date),
    label       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (end_date >= start_date)
))sql",
         {"id", "uuid", "external_id", "pathway_id", "operator_id", "type", "subtype", "start_date", "end_date",
          "label", "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX steps_uuid ON steps (uuid);
CREATE UNIQUE INDEX steps_external_id ON steps (external_id);
CREATE INDEX steps_by_pathway ON steps (pathway_id, start_date);
CREATE INDEX steps_by_operator ON steps (operator_id);
)sql"},

        {"barriers",
         R"sql(
CREATE TABLE barriers_new (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id     TEXT CHECK (external_id <> ''),
    pathway_id      INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    category        TEXT NOT NULL CHECK (category IN ('mobilite', 'savoirs_de_base', 'numerique', 'langue',
                        'confiance_en_soi', 'sante', 'logement', 'finances', 'famille', 'eloignement_emploi',
                        'representation_travail', 'autre')),
    identified_date TEXT NOT NULL CHECK (date(identified_date) IS identified_date),
    status          TEXT NOT NULL CHECK (status IN ('identifie', 'en_cours', 'leve')),
    lifted_date     TEXT CHECK (date(lifted_date) IS lifted_date),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((status = 'leve') = (lifted_date IS NOT NULL)),
    CHECK (lifted_date >= identified_date)
))sql",
         {"id", "uuid", "external_id", "pathway_id", "category", "identified_date", "status", "lifted_date",
          "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX barriers_uuid ON barriers (uuid);
CREATE UNIQUE INDEX barriers_external_id ON barriers (external_id);
CREATE INDEX barriers_by_pathway ON barriers (pathway_id, identified_date);
)sql"},

        {"contacts",
         R"sql(
CREATE TABLE contacts_new (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id  TEXT CHECK (external_id <> ''),
    pathway_id   INTEGER NOT NULL REFERENCES pathways (id) ON DELETE RESTRICT,
    contact_date TEXT NOT NULL CHECK (date(contact_date) IS contact_date),
    mode         TEXT NOT NULL CHECK (mode IN ('presentiel', 'telephone', 'visio', 'autre')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
))sql",
         {"id", "uuid", "external_id", "pathway_id", "contact_date", "mode", "note", "created_at", "updated_at"},
         R"sql(
CREATE UNIQUE INDEX contacts_uuid ON contacts (uuid);
CREATE UNIQUE INDEX contacts_external_id ON contacts (external_id);
CREATE INDEX contacts_by_pathway_date ON contacts (pathway_id, contact_date);
)sql"},
    };
    return list;
}

// The tables kept as they are, whose instants still get their milliseconds.
constexpr const char* kKeptTables[] = {"plie_settings", "referents", "operators", "participants"};

constexpr const char* kOperationTables = R"sql(
-- Every change, as operations (see changes.md): the file's history, the source of undo,
-- and what travels between databases.
CREATE TABLE operations (
    seq      INTEGER PRIMARY KEY,                 -- the order they were made or applied here
    op       TEXT NOT NULL CHECK (length(op) = 36),
    change   TEXT NOT NULL,                       -- UUID of the user action it belongs to: undone together
    at       TEXT NOT NULL,                       -- UTC, milliseconds
    author   TEXT NOT NULL,
    entity   TEXT NOT NULL CHECK (entity IN ('participant', 'pathway', 'step', 'barrier', 'contact', 'hold',
                 'hire', 'action', 'referent', 'operator', 'plie')),
    row_uuid TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('put', 'patch', 'delete')),
    data     TEXT CHECK (data IS NULL OR json_valid(data)),
    before   TEXT CHECK (before IS NULL OR json_valid(before)),
    file     TEXT NOT NULL DEFAULT ''             -- UUID of the participant whose file the row belongs to
);
-- Named indexes, not inline UNIQUE: a large import drops and rebuilds them (BulkIndexes).
CREATE UNIQUE INDEX operations_op ON operations (op);
CREATE INDEX operations_by_file ON operations (file, seq);
CREATE INDEX operations_by_row ON operations (row_uuid, seq);

-- Operations received by `apply` that met other values here: kept for a person to settle.
CREATE TABLE conflicts (
    id          INTEGER PRIMARY KEY,
    op          TEXT NOT NULL,
    operation   TEXT NOT NULL CHECK (json_valid(operation)), -- the operation as it came
    entity      TEXT NOT NULL,
    row_uuid    TEXT NOT NULL,
    field       TEXT NOT NULL,
    here        TEXT,
    theirs      TEXT,
    recorded_at TEXT NOT NULL,
    settled_at  TEXT,
    UNIQUE (op, field)
);
)sql";

bool isInstant(const std::string& column)
{
    return column == "created_at" || column == "updated_at";
}

// `column` with milliseconds: 2026-12-01T09:14:03Z becomes 2026-12-01T09:14:03.000Z;
// any other value is kept as it is.
std::string withMilliseconds(const std::string& column)
{
    return "CASE WHEN " + column
           + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"
             " THEN substr("
           + column + ", 1, 19) || '.000Z' ELSE " + column + " END";
}

void rebuild(SQLite::Database& db, const Rebuild& r)
{
    const std::string table = r.table;
    std::string columns;
    std::string values;
    for (const char* column : r.columns) {
        if (!columns.empty()) {
            columns += ", ";
            values += ", ";
        }
        columns += column;
        values += isInstant(column) ? withMilliseconds(column) : std::string(column);
    }
    db.exec(r.createNew);
    db.exec("INSERT INTO " + table + "_new (" + columns + ") SELECT " + values + " FROM " + table + " ORDER BY id");
    db.exec("DROP TABLE " + table);
    db.exec("ALTER TABLE " + table + "_new RENAME TO " + table);
    db.exec(r.indexes);
}

} // namespace

void upgradeToSchemaVersion2(SQLite::Database& db, const std::string& at)
{
    for (const Rebuild& r : rebuilds())
        rebuild(db, r);
    for (const char* table : kKeptTables) {
        db.exec(std::string("UPDATE ") + table + " SET created_at = " + withMilliseconds("created_at")
                + ", updated_at = " + withMilliseconds("updated_at"));
    }
    db.exec(kOperationTables);

    // The history starts complete: one put per row already there. Checked first: a row that
    // refers to a missing one has no file to be recorded in. It reads the rows through
    // today's column lists (EntityTables): a later version that changes a recorded table's
    // columns must keep this call to the columns of version 2.
    requireNoDanglingReference(db);
    recordExistingRows(db, "upgrade", at);
}

} // namespace parcours
