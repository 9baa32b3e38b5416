// Reads and checks a whole interchange folder (interchange-csv.md) without touching a
// database: every file, every rule, every error.
#pragma once

#include "domain/PlieSettings.h"
#include "interchange/InterchangeData.h"
#include "interchange/ImportError.h"

#include <filesystem>
#include <string>
#include <unordered_set>

namespace parcours {

// What the target database already holds that an import must not clash with.
struct ExistingIds {
    std::unordered_set<std::string> participants;
    std::unordered_set<std::string> pathways;
    std::unordered_set<std::string> steps;
    PlieSettings plie;
};

// The batch to write, and in `errors` every problem found (the batch must not be
// written when there is any).
InterchangeData readInterchangeFolder(const std::filesystem::path& folder, const ExistingIds& existing,
                                  ImportErrors& errors);

} // namespace parcours
