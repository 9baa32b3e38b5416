// The indicator table, and the rates derived from its counts.
#include "consolidation/ConsolidationReport.h"

namespace parcours {

void IndicatorTable::add(const std::string& path, std::int64_t value)
{
    const auto [it, inserted] = m_index.try_emplace(path, m_entries.size());
    if (inserted)
        m_entries.emplace_back(path, value);
    else
        m_entries[it->second].second += value;
}

std::int64_t IndicatorTable::count(const std::string& path) const
{
    const auto it = m_index.find(path);
    return it == m_index.end() ? 0 : m_entries[it->second].second;
}

std::vector<std::pair<std::string, std::optional<double>>> consolidationRates(const IndicatorTable& counts)
{
    const auto ratio = [](std::int64_t numerator, std::int64_t denominator) -> std::optional<double> {
        if (denominator == 0)
            return std::nullopt;
        return static_cast<double>(numerator) / static_cast<double>(denominator);
    };
    const std::int64_t positive = counts.count("exits.positive.total");
    const std::int64_t exits = counts.count("exits.total");
    std::vector<std::pair<std::string, std::optional<double>>> rates{
        {"rates.positive_over_exits", ratio(positive, exits)},
        {"rates.positive_over_exits_excluding_neutral",
         ratio(positive, exits - counts.count("exits.sans_suite.demenagement_deces_retraite"))},
        {"rates.positive_over_entries", ratio(positive, counts.count("entries.total"))},
    };
    for (const std::string& group : consolidationGroups()) {
        const std::string base = "exits.by_group." + group;
        rates.emplace_back("rates.positive_over_exits_by_group." + group,
                           ratio(counts.count(base + ".positive"), counts.count(base + ".exits")));
    }
    rates.emplace_back("steps.per_participant", ratio(counts.count("steps.total"), counts.count("stock.present")));
    return rates;
}

} // namespace parcours
