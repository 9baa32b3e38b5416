// The catalogue of opérateurs: each with the number of steps it runs and its actions, the
// distinct (label, type, subtype) of those steps (an action has no row of its own).
#pragma once

#include "domain/Codes.h"
#include "domain/RecordIdentity.h"

#include <string>
#include <vector>

namespace parcours {

class Database;

// What an opérateur offers, read from the steps it has run.
struct OperatorAction {
    std::string label;
    StepType type = StepType::Mobilisation;
    StepSubtype subtype = StepSubtype::None;

    bool operator==(const OperatorAction&) const = default;
};

struct OperatorEntry {
    RowId id = 0;
    std::string uuid;
    std::string name;
    int stepCount = 0;
    std::vector<OperatorAction> actions; // by label (French order), then type and subtype
};

// Every opérateur, by name in French order (accents and case set aside), with its steps and actions.
std::vector<OperatorEntry> loadOperatorCatalog(Database& db);

} // namespace parcours
