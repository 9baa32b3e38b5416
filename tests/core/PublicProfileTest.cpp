// The public profile's rule, version 2 (consolidation.md, "Profiles"): hand-worked cases for each
// step (primary, linked, audit, rates), the leak of version 1 that version 2 closes, then its
// promises checked on hundreds of random, consistent reports drawn with a fixed seed.
#include "consolidation/PublicProfile.h"
#include "consolidation/Consolidation.h"
#include "consolidation/PublicAudit.h"
#include "consolidation/PublicRelations.h"
#include "demo/DemoGenerator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <set>
#include <span>

using namespace parcours;
using Paths = std::vector<std::string>;
using Keys = std::set<CountKey>;

namespace {

struct Count {
    CountKey key;
    std::int64_t value;
};

// Every count of the spec at 0, then the given ones.
IndicatorTable counts(std::initializer_list<Count> values)
{
    IndicatorTable table;
    for (const auto& [key, value] : values)
        table.add(key, value);
    return table;
}

Paths paths(const Keys& keys)
{
    Paths list;
    for (const CountKey key : keys)
        list.emplace_back(key.path());
    std::sort(list.begin(), list.end());
    return list;
}

Keys countsOf(const Paths& list)
{
    Keys keys;
    for (const std::string& path : list) {
        if (const std::optional<CountKey> key = CountKey::find(path))
            keys.insert(*key);
    }
    return keys;
}

// Whether every relation holds on `table`: a report as the consolidation counts it.
bool consistent(const IndicatorTable& table)
{
    for (const CountRelation& relation : countRelations()) {
        std::int64_t parts = 0;
        for (std::size_t i = 1; i < relation.members.size(); ++i)
            parts += relation.members[i].sign * table.count(relation.members[i].key);
        if (table.count(relation.members.front().key) != parts)
            return false;
    }
    for (const CountBound& bound : countBounds()) {
        if (table.count(bound.part) > table.count(bound.whole))
            return false;
    }
    return true;
}

// A small PLIE's year: 100 people at the start, no entry, every one of them leaving; 40 positive
// exits (all lasting jobs: CDI, private employers, trade), 60 drop-outs; 60 women (25 positive),
// 37 men (15 positive) and 3 non-binary people (none positive).
IndicatorTable threeNonBinaryExits()
{
    return counts({{"stock.in_parcours_start", 100},
                   {"stock.present", 100},
                   {"stock.exits", 100},
                   {"exits.total", 100},
                   {"exits.positive.total", 40},
                   {"exits.positive.emploi_durable", 40},
                   {"exits.sans_suite.total", 60},
                   {"exits.sans_suite.abandon", 60},
                   {"exits.job.contract.cdi", 40},
                   {"exits.job.employer.entreprise", 40},
                   {"exits.job.naf.G", 40},
                   {"exits.by_group.F.exits", 60},
                   {"exits.by_group.F.positive", 25},
                   {"exits.by_group.M.exits", 37},
                   {"exits.by_group.M.positive", 15},
                   {"exits.by_group.X.exits", 3}});
}

} // namespace

TEST(PublicRelations, TheSeventeenRelationsHoldOnAReportAndAreInTheSpecsOrder)
{
    const std::vector<CountRelation>& relations = countRelations();
    ASSERT_EQ(relations.size(), 17u);
    for (std::size_t i = 0; i < relations.size(); ++i)
        EXPECT_EQ(relations[i].number, static_cast<int>(i) + 1);
    EXPECT_EQ(relations[3].members.size(), 3u); // stock.in_parcours_end = present − exits
    EXPECT_EQ(relations[3].members[2].key, CountKey("stock.exits"));
    EXPECT_EQ(relations[3].members[2].sign, -1);
    EXPECT_EQ(relations[12].members.size(), 1u + 21u); // emploi_durable = the 21 NAF sections
    EXPECT_EQ(relations[16].members.front().key, CountKey("steps.type.iae"));
    EXPECT_TRUE(consistent(threeNonBinaryExits()));
    // Bounds: 4 publics and the QPV under entries.total, 3 per group of exits.
    EXPECT_EQ(countBounds().size(), 5u + 3u * kExitGroups.size());
}

// The rule's premise: the consolidation's counts satisfy every relation and bound. Small demo
// PLIE (the size where counts are small), each year: no public export leaves a count pinned.
TEST(PublicProfile, SmallDemoPlieReportsHoldTheRelationsAndLeaveNothingPinned)
{
    int hiddenInAll = 0;
    for (const int participants : {150, 400, 1200}) {
        DemoOptions options;
        options.participants = participants;
        options.seed = static_cast<std::uint64_t>(participants);
        options.today = Date(2026, 11, 27);
        options.historyYears = 4;
        const InterchangeData data = generateDemo(options);
        for (int year = 2023; year <= 2026; ++year) {
            const IndicatorTable table = computeConsolidation(data, year).counts;
            ASSERT_TRUE(consistent(table)) << participants << " participants, " << year;
            const Paths list = publicSuppressions(table, kDefaultPublicThreshold);
            EXPECT_TRUE(pinnedCounts(table, countsOf(list)).empty()) << participants << " participants, " << year;
            hiddenInAll += static_cast<int>(list.size());
        }
    }
    EXPECT_GT(hiddenInAll, 0);
}

TEST(PublicProfile, PrimaryHidesEveryCountFromOneToThresholdMinusOne)
{
    const IndicatorTable table = counts(
        {{"stock.in_parcours_start", 1}, {"stock.entries", 10}, {"stock.present", 11}, {"stock.in_parcours_end", 250}});
    EXPECT_EQ(paths(primarySuppressions(table, 11)), Paths({"stock.entries", "stock.in_parcours_start"}));
    EXPECT_EQ(paths(primarySuppressions(table, 5)), Paths({"stock.in_parcours_start"}));
    EXPECT_EQ(paths(primarySuppressions(table, 12)),
              Paths({"stock.entries", "stock.in_parcours_start", "stock.present"}));
}

TEST(PublicProfile, ZeroIsNeverHiddenAndAnEmptyReportHidesNothing)
{
    EXPECT_EQ(publicSuppressions(counts({}), 11), Paths());
    EXPECT_EQ(publicSuppressions(counts({}), 1000), Paths());
    const IndicatorTable table = threeNonBinaryExits();
    for (const std::string& path : publicSuppressions(table, 1000)) {
        const std::optional<CountKey> key = CountKey::find(path);
        EXPECT_TRUE(!key || table.count(*key) != 0) << path;
    }
}

TEST(PublicProfile, ThresholdUnderFiveIsRefused)
{
    EXPECT_THROW(publicSuppressions(counts({}), 4), std::invalid_argument);
    EXPECT_NO_THROW(publicSuppressions(counts({}), 5));
}

TEST(PublicProfile, LinkedHidesTheSmallestNonZeroShownMemberOfARelationWithOneHiddenMember)
{
    // Relation 5: entries.total (58) = F (30) + M (25) + X (3). X is hidden by the primary rule;
    // the smallest non-zero shown member is M (25); entries.qpv (25) is in no relation and stays.
    const IndicatorTable table = counts({{"entries.total", 58},
                                         {"entries.sex.F", 30},
                                         {"entries.sex.M", 25},
                                         {"entries.sex.X", 3},
                                         {"entries.qpv", 25}});
    Keys hidden = primarySuppressions(table, 11);
    EXPECT_EQ(paths(hidden), Paths({"entries.sex.X"}));
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"entries.sex.M", "entries.sex.X"}));
}

TEST(PublicProfile, LinkedTakesTheFirstAmongEqualMembersAndTheWholeToo)
{
    // Relation 7: entries.total (94) = sans_qualification (4) + peu_qualifie (50) + qualifie (20)
    // + autre_ou_inconnu (20): qualifie, first of the two 20s.
    IndicatorTable table = counts({{"entries.total", 94},
                                   {"entries.education.sans_qualification", 4},
                                   {"entries.education.peu_qualifie", 50},
                                   {"entries.education.qualifie", 20},
                                   {"entries.education.autre_ou_inconnu", 20}});
    Keys hidden = primarySuppressions(table, 11);
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"entries.education.qualifie", "entries.education.sans_qualification"}));

    // The whole is a member too: steps.type.iae (13) = aci (3) + ei (12): the smallest non-zero
    // shown member is ei (12), before the whole (13). Then relation 16 (steps.total = the types)
    // has no hidden member, and nothing more is hidden.
    table = counts({{"steps.total", 13}, {"steps.type.iae", 13}, {"steps.iae.aci", 3}, {"steps.iae.ei", 10}});
    hidden = primarySuppressions(table, 11);
    EXPECT_EQ(paths(hidden), Paths({"steps.iae.aci", "steps.iae.ei"}));
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"steps.iae.aci", "steps.iae.ei"})); // two hidden: nothing to do
}

TEST(PublicProfile, LinkedGoesOnThroughTheRelationsUntilNoneHasOneHiddenMember)
{
    // Relation 1: stock.entries = entries.total, both 8: hidden by the primary rule. Relation 3:
    // stock.present (208) = start (200) + entries (8): one hidden member, start hidden (200 < 208).
    // Relation 4: in_parcours_end (150) = present (208) − exits (58): nothing hidden, nothing to do.
    const IndicatorTable table = counts({{"stock.in_parcours_start", 200},
                                         {"stock.entries", 8},
                                         {"stock.present", 208},
                                         {"stock.exits", 58},
                                         {"stock.in_parcours_end", 150},
                                         {"entries.total", 8},
                                         {"entries.sex.F", 8},
                                         {"entries.age.26_44", 8},
                                         {"entries.education.qualifie", 8}});
    Keys hidden = primarySuppressions(table, 11);
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"entries.age.26_44", "entries.education.qualifie", "entries.sex.F", "entries.total",
                                    "stock.entries", "stock.in_parcours_start"}));
}

TEST(PublicProfile, TheAuditComputesTheRangeOfEachHiddenCount)
{
    const IndicatorTable table = threeNonBinaryExits();
    // Version 1 hid exits.by_group.X.exits alone (its breakdown, exits and positive, has no other
    // non-zero cell): 100 − 60 − 37 = 3, computed back exactly.
    const std::vector<HiddenRange> alone = auditHiddenCounts(table, {"exits.by_group.X.exits"});
    ASSERT_EQ(alone.size(), 1u);
    EXPECT_DOUBLE_EQ(alone[0].least, 3.0);
    EXPECT_DOUBLE_EQ(alone[0].greatest, 3.0);
    EXPECT_TRUE(alone[0].pinned());

    // With M hidden too: X + M = 40, M ≥ its 15 positive exits, X ≥ 0: X in [0, 25], M in [15, 40].
    const std::vector<HiddenRange> two = auditHiddenCounts(table, {"exits.by_group.M.exits", "exits.by_group.X.exits"});
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].key, CountKey("exits.by_group.M.exits"));
    EXPECT_NEAR(two[0].least, 15.0, 1e-9);
    EXPECT_NEAR(two[0].greatest, 40.0, 1e-9);
    EXPECT_NEAR(two[1].least, 0.0, 1e-9);
    EXPECT_NEAR(two[1].greatest, 25.0, 1e-9);
    EXPECT_FALSE(two[1].pinned());

    // A count in no relation and under no whole (a frein) is bounded by nothing above.
    const std::vector<HiddenRange> frein =
        auditHiddenCounts(counts({{"freins.lifted.langue", 7}}), {"freins.lifted.langue"});
    ASSERT_EQ(frein.size(), 1u);
    EXPECT_EQ(frein[0].least, 0.0);
    EXPECT_TRUE(std::isinf(frein[0].greatest));
}

// The case version 1 let through: its suppressions leave exits.by_group.X.exits pinned. This test
// fails on version 1's rule.
TEST(PublicProfile, TheNonBinaryExitsCannotBeComputedBack)
{
    const IndicatorTable table = threeNonBinaryExits();
    const Paths list = publicSuppressions(table, 11);
    EXPECT_EQ(list, Paths({"exits.by_group.M.exits", "exits.by_group.X.exits", "rates.positive_over_exits_by_group.M",
                           "rates.positive_over_exits_by_group.X"}));
    EXPECT_TRUE(pinnedCounts(table, countsOf(list)).empty());
}

TEST(PublicProfile, TheAuditHidesMoreUntilNothingIsPinned)
{
    // Every exit of the year is a man's lasting job in trade: exits.total = positive.total =
    // emploi_durable = cdi = entreprise = naf.G = by_group.M.exits = by_group.M.positive = 30.
    // 5 of the 30 were RSA recipients, all positive: rsa.positive (5) ≤ rsa.exits (5).
    // Primary hides both rsa counts; neither is in a relation, so linked does nothing; the audit
    // finds nothing pinned (each ranges over [0, 30]).
    IndicatorTable table = counts({{"stock.in_parcours_start", 30},
                                   {"stock.present", 30},
                                   {"stock.exits", 30},
                                   {"exits.total", 30},
                                   {"exits.positive.total", 30},
                                   {"exits.positive.emploi_durable", 30},
                                   {"exits.job.contract.cdi", 30},
                                   {"exits.job.employer.entreprise", 30},
                                   {"exits.job.naf.G", 30},
                                   {"exits.by_group.M.exits", 30},
                                   {"exits.by_group.M.positive", 30},
                                   {"exits.by_group.rsa.exits", 5},
                                   {"exits.by_group.rsa.positive", 5}});
    ASSERT_TRUE(consistent(table));
    Keys hidden = primarySuppressions(table, 11);
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"exits.by_group.rsa.exits", "exits.by_group.rsa.positive"}));
    EXPECT_TRUE(pinnedCounts(table, hidden).empty());

    // Split into 25 CDI and 5 CDD: cdd hidden (primary), then relation 11 (emploi_durable = the
    // contracts) hides cdi (25 < 30). No relation has one hidden member left, yet relations 12
    // and 13 still say emploi_durable = 30, and relation 11 then pins cdi + cdd = 30, not each:
    // nothing is pinned.
    table = counts({{"stock.in_parcours_start", 30},
                    {"stock.present", 30},
                    {"stock.exits", 30},
                    {"exits.total", 30},
                    {"exits.positive.total", 30},
                    {"exits.positive.emploi_durable", 30},
                    {"exits.job.contract.cdi", 25},
                    {"exits.job.contract.cdd_6m_plus", 5},
                    {"exits.job.employer.entreprise", 30},
                    {"exits.job.naf.G", 30},
                    {"exits.by_group.M.exits", 30},
                    {"exits.by_group.M.positive", 30}});
    ASSERT_TRUE(consistent(table));
    hidden = primarySuppressions(table, 11);
    hideLinkedCounts(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"exits.job.contract.cdd_6m_plus", "exits.job.contract.cdi"}));
    const std::vector<HiddenRange> ranges = auditHiddenCounts(table, hidden);
    EXPECT_NEAR(ranges[0].greatest - ranges[0].least, 30.0, 1e-9);
    hideUntilNothingPinned(table, hidden);
    EXPECT_EQ(paths(hidden), Paths({"exits.job.contract.cdd_6m_plus", "exits.job.contract.cdi"}));
}

TEST(PublicProfile, ARateIsHiddenWhenACountItIsComputedFromIsHidden)
{
    const auto rates = [](const IndicatorTable& table) {
        Paths list;
        for (const PublicSuppression& s : publicProfile(table, kDefaultPublicThreshold)) {
            if (s.because == HiddenBecause::HiddenCount)
                list.push_back(s.path);
        }
        return list;
    };
    const IndicatorTable table = threeNonBinaryExits();
    EXPECT_EQ(rates(table), Paths({"rates.positive_over_exits_by_group.M", "rates.positive_over_exits_by_group.X"}));
    // Steps per participant: steps.total (5) hidden; the types, one of 5, hidden with it.
    EXPECT_EQ(rates(counts({{"stock.in_parcours_start", 90},
                            {"stock.present", 90},
                            {"stock.in_parcours_end", 90},
                            {"steps.total", 5},
                            {"steps.type.formation", 5}})),
              Paths({"steps.per_participant"}));
}

TEST(PublicProfile, EachSuppressionSaysWhy)
{
    for (const PublicSuppression& s : publicProfile(threeNonBinaryExits(), 11)) {
        if (s.path == "exits.by_group.X.exits")
            EXPECT_EQ(s.because, HiddenBecause::UnderThreshold);
        else if (s.path == "exits.by_group.M.exits")
            EXPECT_EQ(s.because, HiddenBecause::Deducible);
        else
            EXPECT_EQ(s.because, HiddenBecause::HiddenCount) << s.path;
    }
}

namespace {

// A value: 0, under the threshold or over it, about a third each.
std::int64_t draw(std::mt19937& random, int threshold)
{
    const int kind = std::uniform_int_distribution<int>(0, 2)(random);
    if (kind == 0)
        return 0;
    if (kind == 1)
        return std::uniform_int_distribution<std::int64_t>(1, threshold - 1)(random);
    return std::uniform_int_distribution<std::int64_t>(threshold, 300)(random);
}

// `total` cut into the counts of `parts`: each drawn as above within what is left, the last
// taking the rest.
void split(IndicatorTable& table, std::int64_t total, std::span<const CountKey> parts, std::mt19937& random,
           int threshold)
{
    std::int64_t left = total;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        const std::int64_t value = std::min(left, draw(random, threshold));
        table.add(parts[i], value);
        left -= value;
    }
    table.add(parts.back(), left);
}

// A report that satisfies every relation and bound, with many small counts.
IndicatorTable randomReport(std::mt19937& random, int threshold)
{
    IndicatorTable t;
    for (const CountKey key : KeyGroup("entries.sex").keys())
        t.add(key, draw(random, threshold));
    const std::int64_t entries = t.count("entries.sex.F") + t.count("entries.sex.M") + t.count("entries.sex.X");
    t.add("entries.total", entries);
    split(t, entries, KeyGroup("entries.age").keys(), random, threshold);
    split(t, entries, KeyGroup("entries.education").keys(), random, threshold);
    for (const CountKey key : KeyGroup("entries.public").keys())
        t.add(key, std::min(entries, draw(random, threshold)));
    t.add("entries.qpv", std::min(entries, draw(random, threshold)));

    // Exits by sex first, then their kinds.
    std::int64_t exits = 0;
    std::int64_t positive = 0;
    for (const ExitGroup& group : std::span(kExitGroups).first(3)) {
        const std::int64_t e = draw(random, threshold);
        const std::int64_t p = std::min(e, draw(random, threshold));
        t.add(group.exits, e);
        t.add(group.positive, p);
        exits += e;
        positive += p;
    }
    t.add("exits.total", exits);
    t.add("exits.positive.total", positive);
    t.add("exits.sans_suite.total", exits - positive);
    split(t, positive,
          std::array<CountKey, 3>{"exits.positive.emploi_durable", "exits.positive.formation_qualifiante",
                                  "exits.positive.autre_positive"},
          random, threshold);
    split(t, exits - positive,
          std::array<CountKey, 3>{"exits.sans_suite.abandon", "exits.sans_suite.demenagement_deces_retraite",
                                  "exits.sans_suite.autre"},
          random, threshold);
    const std::int64_t lasting = t.count("exits.positive.emploi_durable");
    split(t, lasting, KeyGroup("exits.job.contract").keys(), random, threshold);
    split(t, lasting, KeyGroup("exits.job.employer").keys(), random, threshold);
    split(t, lasting, KeyGroup("exits.job.naf").keys(), random, threshold);
    // The other groups: sometimes every exit of the year (a small PLIE whose leavers were all
    // RSA recipients), so that the bounds pin counts too.
    for (const ExitGroup& group : std::span(kExitGroups).subspan(3)) {
        const bool everyone = std::uniform_int_distribution<int>(0, 3)(random) == 0;
        const std::int64_t e = everyone ? exits : std::min(exits, draw(random, threshold));
        t.add(group.exits, e);
        t.add(group.positive, everyone ? positive : std::min({e, positive, draw(random, threshold)}));
    }

    const std::int64_t start = draw(random, threshold) + exits; // nobody leaves who was not there
    t.add("stock.in_parcours_start", start);
    t.add("stock.entries", entries);
    t.add("stock.present", start + entries);
    t.add("stock.exits", exits);
    t.add("stock.in_parcours_end", start + entries - exits);

    std::int64_t steps = 0;
    for (const CountKey key : KeyGroup("steps.type").keys()) {
        if (key == CountKey("steps.type.iae"))
            continue;
        const std::int64_t value = draw(random, threshold);
        t.add(key, value);
        steps += value;
    }
    std::int64_t iae = 0;
    for (const CountKey key : KeyGroup("steps.iae").keys()) {
        const std::int64_t value = draw(random, threshold);
        t.add(key, value);
        iae += value;
    }
    t.add("steps.type.iae", iae);
    t.add("steps.total", steps + iae);
    for (const KeyGroup& freins : {KeyGroup("freins.identified"), KeyGroup("freins.lifted")}) {
        for (const CountKey key : freins.keys())
            t.add(key, draw(random, threshold));
    }
    return t;
}

} // namespace

TEST(PublicProfile, PropertiesHoldOnRandomReports)
{
    std::mt19937 random(20201127);
    std::uniform_int_distribution<int> thresholds(kMinimumPublicThreshold, 20);
    int hiddenByTheAudit = 0;
    for (int round = 0; round < 1000; ++round) {
        const int k = thresholds(random);
        const IndicatorTable table = randomReport(random, k);
        ASSERT_TRUE(consistent(table)) << "round " << round;
        const Paths list = publicSuppressions(table, k);
        const std::set<std::string> hiddenSet(list.begin(), list.end());
        ASSERT_TRUE(std::is_sorted(list.begin(), list.end()));
        ASSERT_EQ(hiddenSet.size(), list.size()) << "no path twice";
        for (const CountKey key : kAllCountKeys) {
            const std::string path(key.path());
            const std::int64_t value = table.count(key);
            const bool isHidden = hiddenSet.count(path) > 0;
            ASSERT_FALSE(!isHidden && value >= 1 && value < k) << path << " = " << value << " shown, k = " << k;
            ASSERT_FALSE(isHidden && value == 0) << path << ": zero hidden";
        }
        const Keys hidden = countsOf(list);
        const std::vector<CountKey> pinned = pinnedCounts(table, hidden);
        ASSERT_TRUE(pinned.empty()) << pinned.front().path() << " can be computed back, round " << round;
        for (const CountRelation& relation : countRelations()) {
            std::size_t hiddenMembers = 0;
            bool nonZeroShown = false;
            for (const RelationMember& member : relation.members) {
                const bool memberHidden = hidden.count(member.key) > 0;
                hiddenMembers += memberHidden;
                nonZeroShown = nonZeroShown || (!memberHidden && table.count(member.key) > 0);
            }
            ASSERT_FALSE(hiddenMembers == 1 && nonZeroShown) << "relation " << relation.number << ", round " << round;
        }
        for (const RateKey& rate : kRates) {
            const bool inputHidden = hidden.count(rate.numerator) > 0 || hidden.count(rate.denominator) > 0
                                     || (rate.minus && hidden.count(*rate.minus) > 0);
            ASSERT_EQ(hiddenSet.count(std::string(rate.path)) > 0, inputHidden) << rate.path;
        }
        // How often the audit had more to hide than the linked step: the step is exercised.
        Keys linked = primarySuppressions(table, k);
        hideLinkedCounts(table, linked);
        hiddenByTheAudit += linked != hidden;
    }
    EXPECT_GT(hiddenByTheAudit, 0) << "no random report needed the audit step";
}
