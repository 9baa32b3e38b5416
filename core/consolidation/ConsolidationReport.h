// The indicators of the yearly consolidation (consolidation.md) as counts in the fixed order of
// kCountKeys; rates are derived from the counts.
#pragma once

#include "consolidation/IndicatorKeys.h"
#include "domain/PlieSettings.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace parcours {

// Every count of the file, 0 until counted: a key is a CountKey, so no count can be misspelt.
class IndicatorTable {
public:
    void add(CountKey key, std::int64_t value) { m_counts[key.index()] += value; }
    void increment(CountKey key) { ++m_counts[key.index()]; }
    std::int64_t count(CountKey key) const { return m_counts[key.index()]; }
    friend bool operator==(const IndicatorTable&, const IndicatorTable&) = default;

private:
    std::array<std::int64_t, kCountKeys.size()> m_counts{};
};

struct ConsolidationReport {
    int year = 0;
    PlieSettings plie;
    IndicatorTable counts; // stock, entries, exits, steps (total, type, iae), freins
};

// The value of `rate` over `counts`: nullopt when its denominator is 0.
std::optional<double> rateValue(const RateKey& rate, const IndicatorTable& counts);

// Every rate of kRates with its value, in the table's order.
std::vector<std::pair<std::string_view, std::optional<double>>> consolidationRates(const IndicatorTable& counts);

} // namespace parcours
