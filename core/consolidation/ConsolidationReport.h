// The indicators of the yearly consolidation (consolidation.md) as counts keyed by their JSON
// path ("entries.sex.F"), in the order of the spec's sketch; rates are derived from the counts.
#pragma once

#include "domain/PlieSettings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace parcours {

class IndicatorTable {
public:
    // Adds `path` with `value` at the end, or adds `value` to it when already there.
    void add(const std::string& path, std::int64_t value = 0);
    void increment(const std::string& path) { add(path, 1); }
    // The count at `path`; 0 when absent.
    std::int64_t count(const std::string& path) const;
    bool has(const std::string& path) const { return m_index.count(path) > 0; }
    const std::vector<std::pair<std::string, std::int64_t>>& entries() const { return m_entries; }

private:
    std::vector<std::pair<std::string, std::int64_t>> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

struct ConsolidationReport {
    int year = 0;
    PlieSettings plie;
    IndicatorTable counts;  // stock, entries, exits, steps (total, type, iae), freins: every key, 0 included
};

// The rates of the spec, computed from `counts` (nullopt when the denominator is 0), keyed by
// their JSON path: rates.positive_over_exits, …, rates.positive_over_exits_by_group.<g>,
// steps.per_participant.
std::vector<std::pair<std::string, std::optional<double>>> consolidationRates(const IndicatorTable& counts);

// The groups of exits.by_group, in the spec's order.
inline const std::vector<std::string>& consolidationGroups()
{
    static const std::vector<std::string> groups{"F", "M", "X", "rsa", "deld", "rqth", "sans_qualification"};
    return groups;
}

} // namespace parcours
