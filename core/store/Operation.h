// One recorded change of one row (changes.md), and the changes a person's action made.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcours {

enum class OperationKind { Put, Patch, Delete };

std::string_view toCode(OperationKind kind); // put, patch, delete
std::optional<OperationKind> operationKindFromCode(std::string_view code);

struct Operation {
    std::int64_t seq = 0;   // its order in this database's history; 0 until recorded
    std::string op;         // its own UUID
    std::string change;     // the UUID of the action it belongs to
    std::string at;         // UTC with milliseconds
    std::string author;
    std::string entity;     // participant, pathway, ...
    std::string id;         // the row's UUID
    OperationKind kind = OperationKind::Put;
    nlohmann::json data;    // put: every field; patch: the changed fields; delete: null
    nlohmann::json before;  // patch: the changed fields' previous values; delete: every field; put: null
    std::string file;       // the UUID of the participant.e whose file the row belongs to, or ""
};

// The operations of one action (one transaction), in the order they were made: what an
// undo takes back.
struct Change {
    std::string id;
    std::vector<Operation> operations;
    bool empty() const { return operations.empty(); }
};

} // namespace parcours
