// The keys of the consolidation file: one table in the spec's order, agreeing with the domain's codes;
// a key spelt in the code is checked when compiling, one built from a code when counting.
#include "consolidation/IndicatorKeys.h"
#include "consolidation/PublicProfile.h"
#include "domain/Codes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace parcours;
using Texts = std::vector<std::string>;

namespace {

std::string objectOf(std::string_view path)
{
    return std::string(path.substr(0, path.rfind('.')));
}

// The last part of each key of `group`, in the table's order.
Texts leaves(const KeyGroup& group)
{
    Texts list;
    for (const CountKey key : group.keys())
        list.emplace_back(key.path().substr(group.prefix().size() + 1));
    return list;
}

template <typename E>
Texts codes()
{
    Texts list;
    for (const E value : allValues<E>())
        list.emplace_back(toCode(value));
    return list;
}

} // namespace

TEST(ConsolidationKeys, ObjectsInTheOrderOfTheSpecsSketch)
{
    Texts objects;
    for (const CountKey key : kAllCountKeys) {
        if (objects.empty() || objects.back() != objectOf(key.path()))
            objects.push_back(objectOf(key.path()));
    }
    EXPECT_EQ(objects, (Texts{"stock",
                              "entries",
                              "entries.sex",
                              "entries.age",
                              "entries.education",
                              "entries.public",
                              "entries",
                              "exits",
                              "exits.positive",
                              "exits.sans_suite",
                              "exits.job.contract",
                              "exits.job.employer",
                              "exits.job.naf",
                              "exits.by_group.F",
                              "exits.by_group.M",
                              "exits.by_group.X",
                              "exits.by_group.rsa",
                              "exits.by_group.deld",
                              "exits.by_group.rqth",
                              "exits.by_group.sans_qualification",
                              "steps",
                              "steps.type",
                              "steps.iae",
                              "freins.identified",
                              "freins.lifted"}));
    EXPECT_EQ(leaves("stock"), (Texts{"in_parcours_start", "entries", "present", "exits", "in_parcours_end"}));
    EXPECT_LT(CountKey("entries.total"), CountKey("entries.sex.F")); // "entries" holds total first, qpv last
    EXPECT_GT(CountKey("entries.qpv"), CountKey("entries.public.other_difficulty"));
    EXPECT_EQ(leaves("entries.age"), (Texts{"under_26", "26_44", "45_plus"}));
    EXPECT_EQ(leaves("entries.public"), (Texts{"rsa", "deld", "rqth", "other_difficulty"}));
    EXPECT_EQ(leaves("exits"), (Texts{"total"}));
    EXPECT_EQ(leaves("exits.sans_suite"), (Texts{"total", "abandon", "demenagement_deces_retraite", "autre"}));
    EXPECT_EQ(leaves("steps"), (Texts{"total"}));
}

TEST(ConsolidationKeys, EachKeyOnceAndInOneOfTheSixSections)
{
    std::set<std::string_view> seen;
    std::size_t lastSection = 0;
    for (const CountKey key : kAllCountKeys) {
        EXPECT_TRUE(seen.insert(key.path()).second) << key.path() << " twice";
        const auto section = std::find(kSections.begin(), kSections.end(), key.path().substr(0, key.path().find('.')));
        ASSERT_NE(section, kSections.end()) << key.path();
        const auto position = static_cast<std::size_t>(section - kSections.begin());
        EXPECT_GE(position, lastSection) << key.path() << ": sections in the file's order";
        lastSection = position;
    }
}

TEST(ConsolidationKeys, BreakdownsByACodeListTheDomainsCodesInOrder)
{
    EXPECT_EQ(leaves("entries.sex"), codes<Sex>());
    EXPECT_EQ(leaves("entries.education"), codes<EducationGroup>());
    EXPECT_EQ(leaves("exits.job.contract"), codes<ContractType>());
    EXPECT_EQ(leaves("exits.job.employer"), codes<EmployerCategory>());
    EXPECT_EQ(leaves("steps.type"), codes<StepType>());
    EXPECT_EQ(leaves("freins.identified"), codes<BarrierCategory>());
    EXPECT_EQ(leaves("freins.lifted"), codes<BarrierCategory>());
    Texts positive{"total"};
    for (const ExitReason reason : allValues<ExitReason>()) {
        if (isPositive(reason))
            positive.emplace_back(toCode(reason));
    }
    EXPECT_EQ(leaves("exits.positive"), positive);
    Texts iae;
    for (const StepSubtype subtype : allValues<StepSubtype>()) {
        if (isIaeSubtype(subtype))
            iae.emplace_back(toCode(subtype));
    }
    EXPECT_EQ(leaves("steps.iae"), iae);
    Texts naf;
    for (char section = 'A'; isNafSection(section); ++section)
        naf.emplace_back(1, section);
    EXPECT_EQ(leaves("exits.job.naf"), naf);
}

TEST(ConsolidationKeys, ExitGroupsAreTheSexesThenTheSpecsPublics)
{
    Texts groups = codes<Sex>();
    for (const char* group : {"rsa", "deld", "rqth"})
        groups.emplace_back(group);
    groups.emplace_back(toCode(EducationGroup::SansQualification));
    Texts listed;
    for (const ExitGroup& group : kExitGroups) {
        listed.emplace_back(group.code);
        const std::string object = "exits.by_group." + std::string(group.code);
        EXPECT_EQ(group.exits.path(), object + ".exits");
        EXPECT_EQ(group.positive.path(), object + ".positive");
    }
    EXPECT_EQ(listed, groups);
}

TEST(ConsolidationKeys, RatesInTheFilesOrderOverTheirCounts)
{
    Texts paths;
    for (const RateKey& rate : kRates)
        paths.emplace_back(rate.path);
    Texts expected{"rates.positive_over_exits", "rates.positive_over_exits_excluding_neutral",
                   "rates.positive_over_entries"};
    for (const ExitGroup& group : kExitGroups)
        expected.push_back("rates.positive_over_exits_by_group." + std::string(group.code));
    expected.emplace_back("steps.per_participant");
    EXPECT_EQ(paths, expected);
    for (std::size_t i = 0; i < kExitGroups.size(); ++i) {
        EXPECT_EQ(kRates[3 + i].numerator, kExitGroups[i].positive);
        EXPECT_EQ(kRates[3 + i].denominator, kExitGroups[i].exits);
        EXPECT_FALSE(kRates[3 + i].minus);
    }
}

TEST(ConsolidationKeys, AKeyBuiltFromAnUnknownCodeIsRefused)
{
    EXPECT_EQ(CountKey::of("entries.sex.X"), CountKey("entries.sex.X"));
    EXPECT_THROW(CountKey::of("entries.sex.x"), std::logic_error);
    EXPECT_THROW(CountKey::of("entries.sex"), std::logic_error);
    EXPECT_EQ(KeyGroup("steps.iae")["geiq"], CountKey("steps.iae.geiq"));
    EXPECT_THROW(KeyGroup("steps.iae")["qualifiante"], std::logic_error);
    EXPECT_THROW(KeyGroup("exits.job.naf")["V"], std::logic_error);
    EXPECT_FALSE(CountKey::find("rates.positive_over_exits")) << "a rate is not a count";
}
