// Operations as the JSON objects of changes.md: written by `changes`, read and checked by `apply`.
#pragma once

#include "store/Operation.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace parcours {

// op, at, author, entity, id, kind, data, before (when it has one), change.
nlohmann::json toJson(const Operation& operation);

// The operation of a JSON object, or the problems (in French) that make it invalid: an
// unknown entity or field, a missing or malformed value, a value of the wrong kind.
struct ParsedOperation {
    Operation operation;
    std::vector<std::string> problems;
};
ParsedOperation parseOperation(const nlohmann::json& object);

} // namespace parcours
