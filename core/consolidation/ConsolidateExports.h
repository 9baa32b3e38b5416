// Adding up several PLIE's warehouse exports of one year (consolidation.md, "Consolidating several PLIE").
#pragma once

#include "consolidation/ConsolidationReport.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

// A refused input file; the French message names the file and the problem.
class ConsolidationInputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One export to add up: its name as messages show it, and its text.
struct ExportText {
    std::string name;
    std::string text;
};

struct ConsolidatedExports {
    ConsolidationReport report;         // the year, every count summed, the PLIE empty
    std::vector<std::string> plieNames; // in the order given, duplicates kept
};

// Adds up `exports`. Refuses (ConsolidationInputError) an empty list, and a file that is not
// valid JSON, not a consolidation, a public one, of another year or format version than the
// first, of an unknown format version, or that misses a key or has a count that is not a whole
// number of 0 or more. Rates are not read: they are recomputed from the sums.
ConsolidatedExports consolidateExports(const std::vector<ExportText>& exports);

// The same over files, each named by its path as given.
ConsolidatedExports consolidateExportFiles(const std::vector<std::filesystem::path>& files);

// The warehouse document of the sums (ReportWriter's), with "plie_count" and "plie_names".
nlohmann::ordered_json consolidatedJson(const ConsolidatedExports& consolidated, const std::string& generatedAt);
std::string consolidatedJsonText(const ConsolidatedExports& consolidated, const std::string& generatedAt);

} // namespace parcours
