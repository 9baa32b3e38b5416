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

// One PLIE covered by a consolidation, and the file it came in.
struct ConsolidatedPlie {
    PlieSettings plie; // name and code
    std::string file;  // the input that brought it (directly, or inside a consolidation)
};

struct ConsolidatedExports {
    ConsolidationReport report;          // the year, every count summed, the PLIE empty
    std::vector<ConsolidatedPlie> plies; // in the order given, a consolidation's own list in its place
    // French, one per PLIE with neither name nor code: it cannot be checked against the others.
    std::vector<std::string> warnings;
};

// Adds up `exports`. An export may itself be a consolidation (it has "plies", or "plie_names"
// from before "plies"): its PLIE are taken in its place. Refuses (ConsolidationInputError) an
// empty list, a file that is not valid JSON, not a consolidation, a public one, of another year
// or format version than the first, of an unknown format version, that misses a key or has a
// count that is not a whole number of 0 or more, and the same PLIE twice (the same non-empty
// code or, where a code is empty, the same non-empty name), naming both files. Rates are not
// read: they are recomputed from the sums.
ConsolidatedExports consolidateExports(const std::vector<ExportText>& exports);

// The same over files, each named by its path as given.
ConsolidatedExports consolidateExportFiles(const std::vector<std::filesystem::path>& files);

// The warehouse document of the sums (ReportWriter's), with "plie_count", "plies" and "plie_names".
nlohmann::ordered_json consolidatedJson(const ConsolidatedExports& consolidated, const std::string& generatedAt);
std::string consolidatedJsonText(const ConsolidatedExports& consolidated, const std::string& generatedAt);

} // namespace parcours
