// The public profile's rule, version 2, exactly as consolidation.md words it: primary, linked,
// audit, rates.
#include "consolidation/PublicProfile.h"

#include "consolidation/PublicAudit.h"
#include "consolidation/PublicRelations.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace parcours {

namespace {

bool isHidden(const std::set<CountKey>& hidden, CountKey key)
{
    return hidden.count(key) > 0;
}

// The smallest non-zero shown member of `relation` (the first among equals), if any.
std::optional<CountKey> smallestShownMember(const IndicatorTable& counts, const CountRelation& relation,
                                            const std::set<CountKey>& hidden)
{
    std::optional<CountKey> smallest;
    for (const RelationMember& member : relation.members) {
        if (isHidden(hidden, member.key) || counts.count(member.key) == 0)
            continue;
        // Strictly smaller: among equal members the first stays the choice.
        if (!smallest || counts.count(member.key) < counts.count(*smallest))
            smallest = member.key;
    }
    return smallest;
}

std::size_t hiddenMembers(const CountRelation& relation, const std::set<CountKey>& hidden)
{
    return static_cast<std::size_t>(std::count_if(relation.members.begin(), relation.members.end(),
                                                  [&](const RelationMember& m) { return isHidden(hidden, m.key); }));
}

// What to hide so that the pinned count `key` is no longer pinned: the smallest non-zero shown
// member of the first relation that holds `key` and has one (the spec's rule). When no relation
// has one, the count is pinned by a bound (« a part is never above its whole ») whose other side
// is shown: that side, the first such bound's. Nothing when neither exists.
std::optional<CountKey> memberToHideFor(const IndicatorTable& counts, CountKey key, const std::set<CountKey>& hidden)
{
    for (const CountRelation& relation : countRelations()) {
        if (!relation.contains(key))
            continue;
        if (const std::optional<CountKey> member = smallestShownMember(counts, relation, hidden))
            return member;
    }
    for (const CountBound& bound : countBounds()) {
        if (bound.part != key && bound.whole != key)
            continue;
        const CountKey other = bound.part == key ? bound.whole : bound.part;
        if (!isHidden(hidden, other) && counts.count(other) > 0)
            return other;
    }
    return std::nullopt;
}

} // namespace

std::set<CountKey> primarySuppressions(const IndicatorTable& counts, int threshold)
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
    return hidden;
}

void hideLinkedCounts(const IndicatorTable& counts, std::set<CountKey>& hidden)
{
    for (;;) {
        std::optional<CountKey> next;
        for (const CountRelation& relation : countRelations()) {
            if (hiddenMembers(relation, hidden) != 1)
                continue;
            next = smallestShownMember(counts, relation, hidden);
            if (next)
                break;
        }
        if (!next)
            return;
        hidden.insert(*next);
    }
}

void hideUntilNothingPinned(const IndicatorTable& counts, std::set<CountKey>& hidden)
{
    for (;;) {
        std::optional<CountKey> next;
        for (const CountKey key : pinnedCounts(counts, hidden)) {
            next = memberToHideFor(counts, key, hidden);
            if (next)
                break;
        }
        if (!next)
            return;
        hidden.insert(*next);
        hideLinkedCounts(counts, hidden);
    }
}

std::vector<PublicSuppression> publicProfile(const IndicatorTable& counts, int threshold)
{
    const std::set<CountKey> primary = primarySuppressions(counts, threshold);
    std::set<CountKey> hidden = primary;
    hideLinkedCounts(counts, hidden);
    hideUntilNothingPinned(counts, hidden);

    std::vector<PublicSuppression> suppressions;
    for (const CountKey key : hidden)
        suppressions.push_back({std::string(key.path()),
                                isHidden(primary, key) ? HiddenBecause::UnderThreshold : HiddenBecause::Deducible});
    for (const RateKey& rate : kRates) {
        if (isHidden(hidden, rate.numerator) || isHidden(hidden, rate.denominator)
            || (rate.minus && isHidden(hidden, *rate.minus)))
            suppressions.push_back({std::string(rate.path), HiddenBecause::HiddenCount});
    }
    std::sort(suppressions.begin(), suppressions.end(),
              [](const PublicSuppression& a, const PublicSuppression& b) { return a.path < b.path; });
    return suppressions;
}

std::vector<std::string> publicSuppressions(const IndicatorTable& counts, int threshold)
{
    std::vector<std::string> paths;
    for (PublicSuppression& suppression : publicProfile(counts, threshold))
        paths.push_back(std::move(suppression.path));
    return paths;
}

} // namespace parcours
