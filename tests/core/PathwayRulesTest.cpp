// Rules of a pathway: age at entry, date order, exit reasons, overlapping pathways, holds, hires.
#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

TEST(PathwayRules, AValidPathwayPasses)
{
    Pathway p = pathwayFrom("2020-03-01", "2021-02-01", ExitReason::EmploiDurable);
    p.currentHire = hireOn("2020-08-01");
    EXPECT_TRUE(checkPathwayWhole(p, person()).empty());
}

TEST(PathwayRules, AgeAtEntryMustBe16To99)
{
    const Participant young = person("2004-03-02");
    EXPECT_TRUE(checkPathway(pathwayFrom("2020-03-02"), young).empty()) << "16 on the birthday";
    const Violations tooYoung = checkPathway(pathwayFrom("2020-03-01"), young);
    ASSERT_EQ(tooYoung.size(), 1u);
    EXPECT_EQ(tooYoung[0].field, "entry_date");
    EXPECT_NE(tooYoung[0].message.find("15 ans"), std::string::npos) << tooYoung[0].message;

    const Participant old = person("1921-01-01");
    EXPECT_TRUE(checkPathway(pathwayFrom("2020-12-31"), old).empty()) << "99 until the 100th birthday";
    EXPECT_NE(messageFor(checkPathway(pathwayFrom("2021-01-01"), old), "entry_date").find("100 ans"),
              std::string::npos);
}

TEST(PathwayRules, AgeOfSomeoneBornOn29February)
{
    const Participant leap = person("2004-02-29");
    EXPECT_FALSE(checkPathway(pathwayFrom("2020-02-28"), leap).empty()) << "15 the day before";
    EXPECT_TRUE(checkPathway(pathwayFrom("2020-02-29"), leap).empty());
}

TEST(PathwayRules, ExitBeforeEntryIsRefused)
{
    const Violations v = checkPathway(pathwayFrom("2020-03-01", "2020-02-28"), person());
    EXPECT_NE(messageFor(v, "exit_date").find("précède l'entrée"), std::string::npos);
    EXPECT_TRUE(checkPathway(pathwayFrom("2020-03-01", "2020-03-01"), person()).empty()) << "same day is allowed";
}

TEST(PathwayRules, HireBeforeEntryOrExitBeforeHireIsRefused)
{
    Pathway early = pathwayFrom("2020-03-01");
    early.currentHire = hireOn("2020-02-01");
    EXPECT_FALSE(messageFor(checkPathway(early, person()), "hire_date").empty());

    Pathway exitFirst = pathwayFrom("2020-03-01", "2020-05-01", ExitReason::EmploiDurable);
    exitFirst.currentHire = hireOn("2020-06-01");
    EXPECT_NE(messageFor(checkPathway(exitFirst, person()), "exit_date").find("embauche"), std::string::npos);
}

TEST(PathwayRules, LastingJobExitNeedsAHire)
{
    const Violations v = checkPathway(pathwayFrom("2020-03-01", "2020-12-01", ExitReason::EmploiDurable), person());
    EXPECT_NE(messageFor(v, "exit_reason").find("emploi durable"), std::string::npos);

    Pathway otherExit = pathwayFrom("2020-03-01", "2020-12-01", ExitReason::Abandon);
    otherExit.currentHire = hireOn("2020-06-01");
    EXPECT_TRUE(checkPathway(otherExit, person()).empty()) << "a hire with another exit reason is accepted";
}

TEST(PathwayRules, NafSectionIsALetterAToU)
{
    Pathway p = pathwayFrom("2020-03-01");
    p.currentHire = hireOn("2020-04-01");
    p.currentHire->nafSection = 'Z';
    EXPECT_FALSE(messageFor(checkPathway(p, person()), "naf_section").empty());
}

TEST(PathwaysOfAPerson, AtMostOneWithoutExit)
{
    Pathway first = pathwayFrom("2018-01-10");
    first.record.id = 1;
    const Violations v = checkPathwayAmongOthers(pathwayFrom("2020-01-10"), {first});
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].field, "exit_date");
    EXPECT_NE(v[0].message.find("10/01/2018"), std::string::npos) << v[0].message;
}

TEST(PathwaysOfAPerson, ANewOneStartsTheDayAfterThePreviousExitAtTheEarliest)
{
    const Pathway previous = pathwayFrom("2018-01-10", "2019-06-30");
    EXPECT_TRUE(checkPathwayAmongOthers(pathwayFrom("2019-07-01"), {previous}).empty());
    const Violations sameDay = checkPathwayAmongOthers(pathwayFrom("2019-06-30"), {previous});
    ASSERT_EQ(sameDay.size(), 1u);
    EXPECT_EQ(sameDay[0].field, "entry_date");
    EXPECT_NE(sameDay[0].message.find("chevauche"), std::string::npos);
    // An earlier pathway inserted before a later one must end before it starts.
    EXPECT_FALSE(checkPathwayAmongOthers(pathwayFrom("2017-01-01", "2018-01-10"), {previous}).empty());
    EXPECT_TRUE(checkPathwayAmongOthers(pathwayFrom("2017-01-01", "2018-01-09"), {previous}).empty());
}

TEST(PathwaysOfAPerson, APathwayIsNotComparedWithItself)
{
    Pathway stored = pathwayFrom("2018-01-10");
    stored.record.id = 7;
    Pathway edited = stored;
    edited.entryDate = d("2018-02-01");
    EXPECT_TRUE(checkPathwayAmongOthers(edited, {stored}).empty());
}

TEST(Holds, StartWithinThePathwayAndEndAfterTheirStart)
{
    const Pathway p = pathwayFrom("2020-03-01");
    EXPECT_FALSE(messageFor(checkHold(Hold{{}, d("2020-02-01"), std::nullopt, {}}, p), "start_date").empty());
    EXPECT_FALSE(messageFor(checkHold(Hold{{}, d("2020-05-01"), d("2020-04-30"), {}}, p), "end_date").empty());
    EXPECT_TRUE(checkHold(Hold{{}, d("2020-05-01"), d("2020-05-01"), "maladie"}, p).empty());
}

TEST(Holds, NeverOverlapAndAtMostOneIsOpen)
{
    const Hold spring{{}, d("2020-04-01"), d("2020-04-30"), {}};
    const Hold may{{}, d("2020-05-01"), d("2020-05-31"), {}};
    const Hold overlapping{{}, d("2020-04-30"), d("2020-06-30"), {}};
    const Hold openA{{}, d("2020-07-01"), std::nullopt, {}};
    const Hold openB{{}, d("2020-09-01"), std::nullopt, {}};
    EXPECT_TRUE(checkHoldsTogether({may, spring, openA}).empty());
    EXPECT_NE(messageFor(checkHoldsTogether({spring, overlapping}), "start_date").find("chevauche"),
              std::string::npos);
    EXPECT_FALSE(messageFor(checkHoldsTogether({openA, openB}), "end_date").empty());
}

TEST(EarlierHires, HaveAnEndOnOrAfterTheHire)
{
    const Pathway p = pathwayFrom("2020-03-01");
    Hire broken = hireOn("2020-04-01");
    EXPECT_FALSE(messageFor(checkEarlierHire(broken, p), "end_date").empty()) << "an end is required";
    broken.endDate = d("2020-03-31");
    EXPECT_FALSE(messageFor(checkEarlierHire(broken, p), "end_date").empty());
    broken.endDate = d("2020-06-15");
    EXPECT_TRUE(checkEarlierHire(broken, p).empty());
    Hire beforeEntry = hireOn("2020-01-01");
    beforeEntry.endDate = d("2020-06-15");
    EXPECT_FALSE(messageFor(checkEarlierHire(beforeEntry, p), "hire_date").empty());
}

TEST(PathwayRules, WholeCheckGathersEveryPart)
{
    Pathway p = pathwayFrom("2020-03-01", "2020-02-01");
    p.holds.push_back(Hold{{}, d("2020-01-01"), std::nullopt, {}});
    p.earlierHires.push_back(hireOn("2020-04-01"));
    const Violations v = checkPathwayWhole(p, person("2010-01-01"));
    EXPECT_EQ(v.size(), 4u) << "age, exit, hold start, hire end";
}

TEST(RuleError, CarriesEveryViolation)
{
    try {
        throwIfAny(checkPathway(pathwayFrom("2020-03-01", "2020-02-01", ExitReason::EmploiDurable), person()));
        FAIL() << "expected a RuleError";
    } catch (const RuleError& error) {
        EXPECT_EQ(error.violations().size(), 2u);
        EXPECT_NE(std::string(error.what()).find("exit_reason"), std::string::npos);
    }
    EXPECT_NO_THROW(throwIfAny({}));
}
