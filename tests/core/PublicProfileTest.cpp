// The public profile's rule (consolidation.md, "Profiles"): hand-worked cases for each part, then
// its promises checked on random reports drawn with a fixed seed.
#include "consolidation/PublicProfile.h"
#include "consolidation/ConsolidateExports.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace parcours;
using Paths = std::vector<std::string>;

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

std::vector<std::string> hidden(const IndicatorTable& table, int threshold = kDefaultPublicThreshold)
{
    return publicSuppressions(table, threshold);
}

bool contains(const std::vector<std::string>& list, const std::string& path)
{
    return std::find(list.begin(), list.end(), path) != list.end();
}

} // namespace

TEST(PublicProfile, PrimaryHidesEveryCountFromOneToThresholdMinusOne)
{
    const IndicatorTable table = counts(
        {{"stock.in_parcours_start", 1}, {"stock.entries", 10}, {"stock.present", 11}, {"stock.in_parcours_end", 250}});
    EXPECT_EQ(hidden(table), Paths({"stock.entries", "stock.in_parcours_start"}));
    EXPECT_EQ(hidden(table, 5), Paths({"stock.in_parcours_start"}));
}

TEST(PublicProfile, ThresholdFiveHidesOneToFour)
{
    const IndicatorTable table = counts({{"stock.in_parcours_start", 4}, {"stock.entries", 5}, {"stock.present", 9}});
    EXPECT_EQ(hidden(table, 5), Paths({"stock.in_parcours_start"}));
    EXPECT_EQ(hidden(table, 10),
              Paths({"steps.per_participant", "stock.entries", "stock.in_parcours_start", "stock.present"}));
}

TEST(PublicProfile, ZeroIsNeverHidden)
{
    const IndicatorTable empty = counts({});
    EXPECT_EQ(hidden(empty), Paths());
    EXPECT_EQ(hidden(empty, 1000), Paths());
    const IndicatorTable table = counts({{"entries.total", 3}, {"entries.sex.F", 3}});
    for (const std::string& path : hidden(table, 1000)) {
        const std::optional<CountKey> key = CountKey::find(path);
        EXPECT_TRUE(!key || table.count(*key) != 0) << path;
    }
    EXPECT_FALSE(contains(hidden(table), "entries.sex.M"));
    EXPECT_FALSE(contains(hidden(table), "entries.sex.X"));
}

TEST(PublicProfile, ThresholdUnderFiveIsRefused)
{
    EXPECT_THROW(publicSuppressions(counts({}), 4), std::invalid_argument);
    EXPECT_NO_THROW(publicSuppressions(counts({}), 5));
}

TEST(PublicProfile, ASingleHiddenCellHidesTheSmallestOtherNonZeroCell)
{
    const IndicatorTable table = counts({{"entries.total", 58},
                                         {"entries.sex.F", 30},
                                         {"entries.sex.M", 25},
                                         {"entries.sex.X", 3},
                                         {"entries.qpv", 25}});
    // X by the primary rule, M (25 < 30) by the complementary one; entries.qpv, equal to M but
    // outside the breakdowns, stays.
    EXPECT_EQ(hidden(table), Paths({"entries.sex.M", "entries.sex.X"}));
}

TEST(PublicProfile, AmongEqualCellsTheFirstInTheSpecsOrderIsHidden)
{
    // sans_qualification, peu_qualifie, qualifie, autre_ou_inconnu.
    const IndicatorTable later = counts({{"entries.education.sans_qualification", 4},
                                         {"entries.education.peu_qualifie", 50},
                                         {"entries.education.qualifie", 20},
                                         {"entries.education.autre_ou_inconnu", 20}});
    EXPECT_EQ(hidden(later), Paths({"entries.education.qualifie", "entries.education.sans_qualification"}));

    const IndicatorTable earlier = counts({{"entries.education.sans_qualification", 20},
                                           {"entries.education.peu_qualifie", 20},
                                           {"entries.education.qualifie", 50},
                                           {"entries.education.autre_ou_inconnu", 4}});
    EXPECT_EQ(hidden(earlier), Paths({"entries.education.autre_ou_inconnu", "entries.education.sans_qualification"}));

    // Step types in the interchange order: mobilisation, formation, …, iae, levee_freins, …, autre.
    const IndicatorTable steps = counts({{"steps.total", 65},
                                         {"steps.type.autre", 15},
                                         {"steps.type.levee_freins", 15},
                                         {"steps.type.formation", 30},
                                         {"steps.type.mobilisation", 2},
                                         {"steps.type.iae", 3},
                                         {"steps.iae.aci", 3}});
    // mobilisation and iae hidden: two cells, no complementary in steps.type; steps.iae has one
    // hidden cell and nothing else non-zero.
    EXPECT_EQ(hidden(steps), Paths({"steps.iae.aci", "steps.type.iae", "steps.type.mobilisation"}));
    const IndicatorTable oneHidden = counts({{"steps.total", 62},
                                             {"steps.type.autre", 15},
                                             {"steps.type.levee_freins", 15},
                                             {"steps.type.formation", 30},
                                             {"steps.type.mobilisation", 2}});
    EXPECT_EQ(hidden(oneHidden), Paths({"steps.type.levee_freins", "steps.type.mobilisation"}));
}

TEST(PublicProfile, ASingleHiddenCellAmongZerosHidesNothingMore)
{
    const IndicatorTable table = counts({{"entries.total", 40}, {"entries.age.26_44", 3}, {"freins.lifted.langue", 7}});
    EXPECT_EQ(hidden(table), Paths({"entries.age.26_44", "freins.lifted.langue"}));
}

TEST(PublicProfile, TwoHiddenCellsNeedNoComplementaryCell)
{
    const IndicatorTable table = counts({{"entries.sex.F", 3}, {"entries.sex.M", 4}, {"entries.sex.X", 40}});
    EXPECT_EQ(hidden(table), Paths({"entries.sex.F", "entries.sex.M"}));
}

TEST(PublicProfile, EachBreakdownIsTreatedOnceAndAlone)
{
    // emploi_durable is hidden as the complementary cell of exits.positive (27 < total 30); the rule
    // as written looks at each breakdown alone, so exits.job.contract.cdi, equal to it, still shows.
    const IndicatorTable table = counts({{"exits.total", 60},
                                         {"exits.positive.total", 30},
                                         {"exits.positive.emploi_durable", 27},
                                         {"exits.positive.formation_qualifiante", 3},
                                         {"exits.sans_suite.total", 30},
                                         {"exits.sans_suite.abandon", 30},
                                         {"exits.job.contract.cdi", 27}});
    EXPECT_EQ(hidden(table), Paths({"exits.positive.emploi_durable", "exits.positive.formation_qualifiante"}));
}

TEST(PublicProfile, AGroupsBreakdownHasTheCellsExitsAndPositive)
{
    const IndicatorTable table = counts({{"exits.total", 80},
                                         {"exits.by_group.rqth.exits", 15},
                                         {"exits.by_group.rqth.positive", 4},
                                         {"exits.by_group.F.exits", 30},
                                         {"exits.by_group.F.positive", 0}});
    EXPECT_EQ(hidden(table), Paths({"exits.by_group.rqth.exits", "exits.by_group.rqth.positive",
                                    "rates.positive_over_exits_by_group.rqth"}));
}

TEST(PublicProfile, ARateIsHiddenWhenACountItIsComputedFromIsHidden)
{
    const auto rates = [](const IndicatorTable& table) {
        std::vector<std::string> list;
        for (const std::string& path : publicSuppressions(table, kDefaultPublicThreshold)) {
            if (path.starts_with("rates.") || path == "steps.per_participant")
                list.push_back(path);
        }
        return list;
    };
    // Nothing hidden: every rate shows.
    EXPECT_EQ(rates(counts({{"entries.total", 40},
                            {"exits.total", 50},
                            {"exits.positive.total", 20},
                            {"exits.sans_suite.total", 30},
                            {"exits.sans_suite.autre", 30},
                            {"stock.present", 90},
                            {"steps.total", 40}})),
              Paths());
    // The neutral exits hidden: only the rate that excludes them.
    EXPECT_EQ(rates(counts({{"entries.total", 40},
                            {"exits.total", 50},
                            {"exits.positive.total", 20},
                            {"exits.sans_suite.total", 30},
                            {"exits.sans_suite.autre", 27},
                            {"exits.sans_suite.demenagement_deces_retraite", 3}})),
              Paths({"rates.positive_over_exits_excluding_neutral"}));
    // Positive exits hidden: the three rates over them.
    EXPECT_EQ(rates(counts({{"entries.total", 40}, {"exits.total", 50}, {"exits.positive.total", 6}})),
              Paths({"rates.positive_over_entries", "rates.positive_over_exits",
                     "rates.positive_over_exits_excluding_neutral"}));
    // Entries hidden: the rate over entries.
    EXPECT_EQ(rates(counts({{"entries.total", 8}, {"exits.total", 50}, {"exits.positive.total", 20}})),
              Paths({"rates.positive_over_entries"}));
    // Steps per participant: steps.total or stock.present.
    EXPECT_EQ(rates(counts({{"stock.present", 90}, {"steps.total", 5}})), Paths({"steps.per_participant"}));
    EXPECT_EQ(rates(counts({{"stock.present", 9}, {"steps.total", 50}})), Paths({"steps.per_participant"}));
    // A rate of 0 over a hidden count is hidden too: the rule looks at the counts, not the rate.
    EXPECT_EQ(rates(counts({{"exits.by_group.M.exits", 7}})), Paths({"rates.positive_over_exits_by_group.M"}));
}

TEST(PublicProfile, SuppressedPathsAreSorted)
{
    const IndicatorTable table = counts({{"steps.type.autre", 2},
                                         {"entries.sex.X", 1},
                                         {"exits.by_group.deld.exits", 3},
                                         {"exits.by_group.F.exits", 4},
                                         {"freins.identified.sante", 5},
                                         {"stock.exits", 6}});
    const std::vector<std::string> list = hidden(table);
    EXPECT_TRUE(std::is_sorted(list.begin(), list.end()));
    EXPECT_EQ(list, Paths({"entries.sex.X", "exits.by_group.F.exits", "exits.by_group.deld.exits",
                           "freins.identified.sante", "rates.positive_over_exits_by_group.F",
                           "rates.positive_over_exits_by_group.deld", "steps.type.autre", "stock.exits"}));
}

TEST(PublicProfile, TheBreakdownsAreTheSpecsObjects)
{
    const auto& breakdowns = kPublicProfileBreakdowns;
    EXPECT_EQ(breakdowns.size(), 9u + 7u + 4u);
    EXPECT_EQ(breakdowns.front().prefix(), "entries.sex");
    EXPECT_TRUE(std::any_of(breakdowns.begin(), breakdowns.end(), [](const KeyGroup& breakdown) {
        return breakdown.prefix() == "exits.by_group.sans_qualification";
    }));
    EXPECT_EQ(breakdowns.back().prefix(), "freins.lifted");
}

namespace {

// A report where each count is 0, under the threshold or over it, about a third each.
IndicatorTable randomCounts(std::mt19937& random, int threshold)
{
    std::uniform_int_distribution<int> kind(0, 2);
    std::uniform_int_distribution<std::int64_t> small(1, threshold - 1);
    std::uniform_int_distribution<std::int64_t> large(threshold, 400);
    IndicatorTable table;
    for (const CountKey key : kAllCountKeys) {
        const int k = kind(random);
        table.add(key, k == 0 ? 0 : k == 1 ? small(random) : large(random));
    }
    return table;
}

} // namespace

TEST(PublicProfile, PropertiesHoldOnRandomReports)
{
    std::mt19937 random(20201127);
    std::uniform_int_distribution<int> thresholds(kMinimumPublicThreshold, 20);
    for (int round = 0; round < 500; ++round) {
        const int k = thresholds(random);
        const IndicatorTable table = randomCounts(random, k);
        const std::vector<std::string> list = publicSuppressions(table, k);
        const std::set<std::string> hiddenSet(list.begin(), list.end());
        ASSERT_TRUE(std::is_sorted(list.begin(), list.end()));
        ASSERT_EQ(hiddenSet.size(), list.size()) << "no path twice";
        std::size_t primary = 0;
        for (const CountKey key : kAllCountKeys) {
            const std::string path(key.path());
            const std::int64_t value = table.count(key);
            const bool isHidden = hiddenSet.count(path) > 0;
            ASSERT_FALSE(!isHidden && value >= 1 && value < k) << path << " = " << value << " published, k = " << k;
            ASSERT_FALSE(isHidden && value == 0) << path << ": zero hidden";
            primary += value >= 1 && value < k;
        }
        std::size_t counted = 0;
        for (const std::string& path : list)
            counted += CountKey::find(path).has_value();
        ASSERT_LE(counted, primary + kPublicProfileBreakdowns.size()) << "at most one complementary cell per breakdown";
        for (const KeyGroup& breakdown : kPublicProfileBreakdowns) {
            std::size_t hiddenCells = 0;
            bool nonZeroShown = false;
            for (const CountKey cell : breakdown.keys()) {
                const bool cellHidden = hiddenSet.count(std::string(cell.path())) > 0;
                hiddenCells += cellHidden;
                nonZeroShown = nonZeroShown || (!cellHidden && table.count(cell) > 0);
            }
            ASSERT_FALSE(hiddenCells == 1 && nonZeroShown)
                << breakdown.prefix() << ": one hidden cell could be worked out from the others, round " << round;
        }
        for (const char* group : {"rsa", "F"}) {
            const bool inputHidden = hiddenSet.count("exits.by_group." + std::string(group) + ".exits") > 0
                                     || hiddenSet.count("exits.by_group." + std::string(group) + ".positive") > 0;
            ASSERT_EQ(hiddenSet.count("rates.positive_over_exits_by_group." + std::string(group)) > 0, inputHidden);
        }
        const bool perParticipantInputs = hiddenSet.count("steps.total") > 0 || hiddenSet.count("stock.present") > 0;
        ASSERT_EQ(hiddenSet.count("steps.per_participant") > 0, perParticipantInputs);
    }
}
