// What every stored row carries: a local id, a stable UUID for merging databases, the id it
// was imported with, and its creation and last-update instants (UTC, ISO 8601).
#pragma once

#include <cstdint>
#include <string>

namespace parcours {

using RowId = std::int64_t;

struct RecordIdentity {
    RowId id = 0;            // 0 until stored
    std::string uuid;        // assigned when stored, never changed
    std::string externalId;  // source system's id; empty when created in Parcours
    std::string createdAt;
    std::string updatedAt;
};

} // namespace parcours
