// `apply`: operations from another database replayed here by the rules of changes.md.
#pragma once

#include "domain/Clock.h"
#include "store/Operation.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace parcours {

class Database;

// An operation that met other values here. Kept in the conflicts table, never applied.
struct Conflict {
    std::string op;
    std::string entity;
    std::string id;
    std::string field;     // "*" when it is about the whole row (absent here, or rows depend on it)
    nlohmann::json here;   // the value here (null when the row is absent)
    nlohmann::json theirs; // the value the operation expected or brings
};

struct ApplyReport {
    std::size_t applied = 0;
    std::size_t skipped = 0;
    std::vector<Conflict> conflicts;
};

// Applies `operations` in their order, in one transaction: an operation already here (same
// op) is skipped; a put creates a missing row, is skipped on the same values, conflicts on
// others; a patch applies when its `before` holds, is skipped when its values are already
// there, conflicts otherwise; a delete is skipped when the row is gone, conflicts when the
// row changed or rows here depend on it. Applied and skipped operations are recorded as
// they came. Conflicts are kept in the database and returned. Throws ChangesRefused when
// an operation would break a rule of the domain (nothing is written then).
ApplyReport applyOperations(Database& db, const std::vector<Operation>& operations);

// How a conflict is listed: « Conflit : participant <id>, champ phone : ici "…", dans
// l'opération "…" ».
std::string describeConflict(const Conflict& conflict);

// The conflicts kept and not yet settled, oldest first; settling one marks it settled.
std::vector<Conflict> unsettledConflicts(Database& db);
void settleConflicts(Database& db, const Clock& clock, const std::string& op);

} // namespace parcours
