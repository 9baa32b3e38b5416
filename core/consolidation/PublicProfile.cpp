// The public profile's rule, exactly as consolidation.md words it: primary, complementary, rates.
#include "consolidation/PublicProfile.h"

#include <set>
#include <stdexcept>

namespace parcours {

namespace {

// The cells of `breakdown`: the counts directly under it ("exits.positive" holds "exits.positive.total").
std::vector<std::pair<std::string, std::int64_t>> cellsOf(const IndicatorTable& counts, const std::string& breakdown)
{
    const std::string prefix = breakdown + ".";
    std::vector<std::pair<std::string, std::int64_t>> cells;
    for (const auto& [path, value] : counts.entries()) {
        if (path.starts_with(prefix) && path.find('.', prefix.size()) == std::string::npos)
            cells.emplace_back(path, value);
    }
    return cells;
}

void hideComplementaryCell(const IndicatorTable& counts, const std::string& breakdown, std::set<std::string>& hidden)
{
    const auto cells = cellsOf(counts, breakdown);
    std::size_t hiddenCells = 0;
    for (const auto& cell : cells)
        hiddenCells += hidden.count(cell.first);
    if (hiddenCells != 1)
        return;
    const std::pair<std::string, std::int64_t>* smallest = nullptr;
    for (const auto& cell : cells) {
        // Strictly smaller: among equal cells the first in the spec's order stays the choice.
        if (cell.second > 0 && hidden.count(cell.first) == 0 && (!smallest || cell.second < smallest->second))
            smallest = &cell;
    }
    if (smallest)
        hidden.insert(smallest->first);
}

// The counts a rate of consolidationRates() is computed from.
std::vector<std::string> countsOfRate(const std::string& rate)
{
    if (rate == "rates.positive_over_exits")
        return {"exits.positive.total", "exits.total"};
    if (rate == "rates.positive_over_exits_excluding_neutral")
        return {"exits.positive.total", "exits.total", "exits.sans_suite.demenagement_deces_retraite"};
    if (rate == "rates.positive_over_entries")
        return {"exits.positive.total", "entries.total"};
    if (rate == "steps.per_participant")
        return {"steps.total", "stock.present"};
    if (const std::string byGroup = "rates.positive_over_exits_by_group."; rate.starts_with(byGroup)) {
        const std::string group = "exits.by_group." + rate.substr(byGroup.size());
        return {group + ".positive", group + ".exits"};
    }
    throw std::logic_error("The public profile does not know what the rate " + rate + " is computed from.");
}

} // namespace

const std::vector<std::string>& publicProfileBreakdowns()
{
    static const std::vector<std::string> breakdowns = [] {
        std::vector<std::string> list{"entries.sex",        "entries.age",        "entries.education",
                                      "entries.public",     "exits.positive",     "exits.sans_suite",
                                      "exits.job.contract", "exits.job.employer", "exits.job.naf"};
        for (const std::string& group : consolidationGroups())
            list.push_back("exits.by_group." + group);
        for (const char* object : {"steps.type", "steps.iae", "freins.identified", "freins.lifted"})
            list.emplace_back(object);
        return list;
    }();
    return breakdowns;
}

std::vector<std::string> publicSuppressions(const IndicatorTable& counts, int threshold)
{
    if (threshold < kMinimumPublicThreshold) {
        throw std::invalid_argument("Le seuil du profil public doit être d'au moins "
                                    + std::to_string(kMinimumPublicThreshold) + " (ici " + std::to_string(threshold)
                                    + ").");
    }
    std::set<std::string> hidden;
    for (const auto& [path, value] : counts.entries()) {
        if (value >= 1 && value < threshold)
            hidden.insert(path);
    }
    for (const std::string& breakdown : publicProfileBreakdowns())
        hideComplementaryCell(counts, breakdown, hidden);
    std::vector<std::string> hiddenRates;
    for (const auto& rate : consolidationRates(counts)) {
        for (const std::string& count : countsOfRate(rate.first)) {
            if (hidden.count(count) > 0) {
                hiddenRates.push_back(rate.first);
                break;
            }
        }
    }
    hidden.insert(hiddenRates.begin(), hiddenRates.end());
    return {hidden.begin(), hidden.end()};
}

} // namespace parcours
