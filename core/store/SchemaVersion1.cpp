// Version 1 of the schema: the whole model of interchange-csv.md, created in one script.
//
// A step, once released, is never edited: a later change is a new step.
// Enumerations are stored as their interchange codes, dates as 'YYYY-MM-DD' (the CHECK
// `date(x) IS x` refuses anything that is not a real calendar day), flags as 0/1, an
// absent external id as NULL (so that UNIQUE applies to the ids actually held). The
// uniqueness of the big tables' ids is kept by named indexes rather than inline UNIQUE
// constraints, so that a bulk import can drop and rebuild them (see BulkIndexes).
#include "store/SchemaVersions.h"

namespace parcours {

namespace {

constexpr const char* kSchema1 = R"sql(
CREATE TABLE plie_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    name        TEXT NOT NULL DEFAULT '',
    code        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE referents (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT UNIQUE CHECK (external_id <> ''),
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE operators (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT UNIQUE CHECK (external_id <> ''),
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE participants (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id       TEXT CHECK (external_id <> ''),
    last_name         TEXT NOT NULL CHECK (last_name <> ''),
    first_name        TEXT NOT NULL CHECK (first_name <> ''),
    birth_date        TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    sex               TEXT NOT NULL CHECK (sex IN ('F', 'M', 'X')),
    postcode          TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    qpv               INTEGER NOT NULL DEFAULT 0 CHECK (qpv IN (0, 1)),
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    france_travail_id TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX participants_uuid ON participants (uuid);
CREATE UNIQUE INDEX participants_external_id ON participants (external_id);
CREATE INDEX participants_by_name ON participants (last_name, first_name);

CREATE TABLE pathways (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id      TEXT CHECK (external_id <> ''),
    participant_id   INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
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
);
CREATE UNIQUE INDEX pathways_uuid ON pathways (uuid);
CREATE UNIQUE INDEX pathways_external_id ON pathways (external_id);
CREATE INDEX pathways_by_participant ON pathways (participant_id, entry_date);
CREATE INDEX pathways_by_referent ON pathways (referent_id);

-- Hires of a pathway: the current one (is_current = 1, at most one), the one its
-- six-month follow-up is about, and the earlier ones that broke before six months.
CREATE TABLE hires (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id       TEXT CHECK (external_id <> ''),
    pathway_id        INTEGER NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
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
);
CREATE UNIQUE INDEX hires_uuid ON hires (uuid);
CREATE UNIQUE INDEX hires_external_id ON hires (external_id);
CREATE INDEX hires_by_pathway ON hires (pathway_id, hire_date);
CREATE UNIQUE INDEX hires_one_current ON hires (pathway_id) WHERE is_current = 1;

CREATE TABLE holds (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT CHECK (external_id <> ''),
    pathway_id  INTEGER NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
    start_date  TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date    TEXT CHECK (date(end_date) IS end_date),
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE UNIQUE INDEX holds_uuid ON holds (uuid);
CREATE UNIQUE INDEX holds_external_id ON holds (external_id);
CREATE INDEX holds_by_pathway ON holds (pathway_id, start_date);

CREATE TABLE steps (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id TEXT CHECK (external_id <> ''),
    pathway_id  INTEGER NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
    operator_id INTEGER REFERENCES operators (id) ON DELETE SET NULL,
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
);
CREATE UNIQUE INDEX steps_uuid ON steps (uuid);
CREATE UNIQUE INDEX steps_external_id ON steps (external_id);
CREATE INDEX steps_by_pathway ON steps (pathway_id, start_date);
CREATE INDEX steps_by_operator ON steps (operator_id);

CREATE TABLE barriers (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id     TEXT CHECK (external_id <> ''),
    pathway_id      INTEGER NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
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
);
CREATE UNIQUE INDEX barriers_uuid ON barriers (uuid);
CREATE UNIQUE INDEX barriers_external_id ON barriers (external_id);
CREATE INDEX barriers_by_pathway ON barriers (pathway_id, identified_date);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL CHECK (length(uuid) = 36 AND uuid = lower(uuid)),
    external_id  TEXT CHECK (external_id <> ''),
    pathway_id   INTEGER NOT NULL REFERENCES pathways (id) ON DELETE CASCADE,
    contact_date TEXT NOT NULL CHECK (date(contact_date) IS contact_date),
    mode         TEXT NOT NULL CHECK (mode IN ('presentiel', 'telephone', 'visio', 'autre')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX contacts_uuid ON contacts (uuid);
CREATE UNIQUE INDEX contacts_external_id ON contacts (external_id);
CREATE INDEX contacts_by_pathway_date ON contacts (pathway_id, contact_date);
)sql";

} // namespace

void createSchemaVersion1(SQLite::Database& db, const std::string& /*at*/)
{
    db.exec(kSchema1);
}

} // namespace parcours
