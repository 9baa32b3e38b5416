// The public profile's rule, exactly as consolidation.md words it: primary, complementary, rates.
#include "consolidation/PublicProfile.h"

#include <set>
#include <stdexcept>

namespace parcours {

namespace {

void hideComplementaryCell(const IndicatorTable& counts, const KeyGroup& breakdown, std::set<CountKey>& hidden)
{
    std::size_t hiddenCells = 0;
    for (const CountKey cell : breakdown.keys())
        hiddenCells += hidden.count(cell);
    if (hiddenCells != 1)
        return;
    std::optional<CountKey> smallest;
    for (const CountKey cell : breakdown.keys()) {
        // Strictly smaller: among equal cells the first in the spec's order stays the choice.
        if (counts.count(cell) > 0 && hidden.count(cell) == 0
            && (!smallest || counts.count(cell) < counts.count(*smallest)))
            smallest = cell;
    }
    if (smallest)
        hidden.insert(*smallest);
}

} // namespace

std::vector<std::string> publicSuppressions(const IndicatorTable& counts, int threshold)
{
    if (threshold < kMinimumPublicThreshold) {
        throw std::invalid_argument("Le seuil du profil public doit être d'au moins "
                                    + std::to_string(kMinimumPublicThreshold) + " (ici " + std::to_string(threshold)
                                    + ").");
    }
    std::set<CountKey> hidden;
    for (const CountKey key : kAllCountKeys) {
        if (counts.count(key) >= 1 && counts.count(key) < threshold)
            hidden.insert(key);
    }
    for (const KeyGroup& breakdown : kPublicProfileBreakdowns)
        hideComplementaryCell(counts, breakdown, hidden);
    std::set<std::string> paths;
    for (const CountKey key : hidden)
        paths.emplace(key.path());
    for (const RateKey& rate : kRates) {
        if (hidden.count(rate.numerator) > 0 || hidden.count(rate.denominator) > 0
            || (rate.minus && hidden.count(*rate.minus) > 0))
            paths.emplace(rate.path);
    }
    return {paths.begin(), paths.end()};
}

} // namespace parcours
