// The columns of every table, written once: each entity of the operations (changes.md) with
// its fields, named as the interchange format names them, and the column that holds each.
// The recording of operations, their replay and the generic row writes are built from here.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace parcours {

enum class FieldType {
    Text,            // a string, "" when empty
    IsoDate,         // "YYYY-MM-DD"
    OptionalIsoDate, // a date or null
    Flag,            // 0 or 1
    Code,            // one of the field's codes
    OptionalCode,    // one of the field's codes, or null
    ExternalId,      // the source system's id: a non-empty string, or null
    Reference,       // the UUID of a row of `references`
    OptionalReference,
    DayCount,   // a number of days, 1 to 365
    MonthCount, // a number of months, 1 to 240
};

struct EntityField {
    const char* name;   // in operations: the interchange column's name
    const char* column; // in the table
    FieldType type;
    // Code fields: whether a value is one of its codes. Reference fields: nullptr.
    bool (*acceptsCode)(std::string_view code) = nullptr;
    const char* references = nullptr; // Reference fields: the table of the row referred to
    // Fields added to a table after its operations were first recorded (schema 4 on): a
    // put recorded before lacks them, and they take this value (JSON text). nullptr for
    // the others, which every put holds.
    const char* addedLaterWithDefault = nullptr;

    // This field's value when a put does not hold it: its default, or null.
    nlohmann::json absentValue() const;
};

// Whose file a row belongs to: the participant.e's, for the history of their file.
enum class FileOf {
    NoOne,          // référent.e.s, opérateurs, the PLIE
    Itself,         // a participant.e
    ItsParticipant, // a pathway: the participant.e of its `participant` field
    ItsPathway,     // a step, barrier, contact, hold or hire: the participant.e of its `pathway`
};

struct EntityTable {
    const char* entity; // participant, pathway, ...
    const char* table;  // participants, pathways, ...
    std::vector<EntityField> fields;
    FileOf file;

    const EntityField* field(std::string_view name) const;
};

// Every entity, in the order rows must be created (a row after those it refers to).
const std::vector<EntityTable>& entityTables();
// nullptr when `entity` has no table.
const EntityTable* findEntityTable(std::string_view entity);
// The table of `entity`; throws std::logic_error when it has none (a misspelt name in code).
const EntityTable& entityTable(std::string_view entity);

// Whether `value` is a valid value of `field` (type, code, date), before any rule of the domain.
bool acceptsValue(const EntityField& field, const nlohmann::json& value);

} // namespace parcours
