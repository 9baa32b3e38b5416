// The JSON and CSV forms of a consolidation report for a profile (consolidation.md, "The file").
#pragma once

#include "consolidation/ConsolidationReport.h"
#include "consolidation/PublicProfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

inline constexpr const char* kConsolidationFormat = "parcours-consolidation";
inline constexpr int kConsolidationFormatVersion = 1;

// Who a file is for: the warehouse's exact counts, or anyone, under the public profile's threshold.
struct ReportProfile {
    enum class Kind { Warehouse, Public };

    static ReportProfile warehouse() { return {Kind::Warehouse, 0}; }
    static ReportProfile forPublic(int threshold = kDefaultPublicThreshold) { return {Kind::Public, threshold}; }

    Kind kind = Kind::Warehouse;
    int threshold = 0; // public only
};

// One number of the six sections: a count, a rate, or null (hidden by the public profile, or a
// rate whose denominator is 0).
struct ReportValue {
    std::string path; // dotted, as in the CSV form: "entries.sex.F"
    nlohmann::ordered_json value;
    bool hidden = false;                                   // by the public profile
    HiddenBecause because = HiddenBecause::UnderThreshold; // why, when hidden
};

// Every number of the six sections in the file's order: each section's counts in the table's
// order, its rates right after its total (steps.per_participant after steps.total). Throws
// std::invalid_argument for a public threshold under kMinimumPublicThreshold.
std::vector<ReportValue> reportValues(const ConsolidationReport& report, const ReportProfile& profile);

// The document of the spec's sketch: format, format_version, year, profile (and threshold), plie,
// generated_at (`generatedAt`, an ISO instant), the six sections nested from the counts' dotted
// paths, rates computed from the counts, and for the public profile its hidden values as null,
// listed in a sorted "suppressed" array. Throws std::invalid_argument for a public threshold
// under kMinimumPublicThreshold.
nlohmann::ordered_json reportJson(const ConsolidationReport& report, const ReportProfile& profile,
                                  const std::string& generatedAt);

// reportJson as text: UTF-8, indented by two spaces, a final newline. Every double is written so
// that reading it back gives the same double.
std::string reportJsonText(const ConsolidationReport& report, const ReportProfile& profile,
                           const std::string& generatedAt);

// The CSV form: the header `indicator,value`, then one row per number of the six sections, in
// the JSON's order, each value written exactly as in the JSON (empty for null); CRLF line ends.
std::string reportCsvText(const ConsolidationReport& report, const ReportProfile& profile);

class ReportWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes `text` to `target` through a temporary file of the same folder renamed over it, so that
// `target` is either as it was or complete. Throws ReportWriteError (French message).
void writeReportFile(const std::filesystem::path& target, const std::string& text);

} // namespace parcours
