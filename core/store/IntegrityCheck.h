// `parcours-cli check`: is this database sound and of a schema we know?
#pragma once

#include "store/DatabaseKey.h"

#include <filesystem>
#include <string>
#include <vector>

namespace parcours {

struct IntegrityReport {
    int schemaVersion = 0;
    std::vector<std::string> problems; // French, one per problem; empty when sound
    bool sound() const { return problems.empty(); }
};

// Opens `path` read-only (never creates it) and runs SQLite's integrity and foreign-key
// checks, the application id and schema version, and the domain rules over every row.
// Throws StoreError when the file cannot be opened as a Parcours database.
IntegrityReport checkDatabase(const std::filesystem::path& path, const DatabaseKey& key = {});

} // namespace parcours
