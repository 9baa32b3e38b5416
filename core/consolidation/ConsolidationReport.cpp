// The rates derived from the counts of the indicator table.
#include "consolidation/ConsolidationReport.h"

namespace parcours {

std::optional<double> rateValue(const RateKey& rate, const IndicatorTable& counts)
{
    const std::int64_t denominator = counts.count(rate.denominator) - (rate.minus ? counts.count(*rate.minus) : 0);
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(counts.count(rate.numerator)) / static_cast<double>(denominator);
}

std::vector<std::pair<std::string_view, std::optional<double>>> consolidationRates(const IndicatorTable& counts)
{
    std::vector<std::pair<std::string_view, std::optional<double>>> rates;
    for (const RateKey& rate : kRates)
        rates.emplace_back(rate.path, rateValue(rate, counts));
    return rates;
}

} // namespace parcours
