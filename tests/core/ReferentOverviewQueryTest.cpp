// The coordinator's review per référent.e: exact counts on a small database, « À faire »'s own numbers.
#include "store/ReferentOverviewQuery.h"
#include "StoreFixture.h"
#include "store/PlieSettingsRepository.h"
#include "usecases/PathwayItemCases.h"
#include "usecases/PlannedActionCases.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class ReferentOverviewTest : public StoreTest {
protected:
    // One person per pathway, followed by `referent`.
    RowId follow(const char* referent, const char* lastName, const char* entry, const char* exit = nullptr)
    {
        Participant person = addPerson(lastName, "Test");
        Pathway pathway = newPathway(person.record.id, entry, exit);
        pathway.referentId = referents.findOrCreate(referent).record.id;
        pathways.add(pathway);
        return pathway.record.id;
    }

    void contact(RowId pathwayId, const char* date)
    {
        Contact c;
        c.pathwayId = pathwayId;
        c.date = d(date);
        logContact(db, clock, c);
    }

    void plan(RowId pathwayId, const char* date, bool done = false)
    {
        PlannedAction action;
        action.pathwayId = pathwayId;
        action.date = d(date);
        action.done = done;
        planAction(db, clock, action);
    }

    void SetUp() override
    {
        PlieSettingsRepository(db, clock).setDaysWithoutContact(45);
        // Claire Dubois: two open, one exited this year.
        const RowId seen = follow("Claire Dubois", "Aubert", "2026-03-01");
        contact(seen, "2026-11-20");
        plan(seen, "2026-11-10"); // overdue
        plan(seen, "2026-12-01"); // due this week, not overdue
        const RowId quiet = follow("Claire Dubois", "Bernard", "2025-06-01");
        contact(quiet, "2026-09-01");    // 87 days ago: without contact, due since 17 October
        plan(quiet, "2026-11-01", true); // done: not overdue
        follow("Claire Dubois", "Colin", "2025-01-10", "2026-05-05");
        // Marc Petit: two open (entered this year), one exited today, one exited last year.
        follow("Marc Petit", "Dupont", "2026-11-01");  // 26 days without a contact: not yet
        follow("Marc Petit", "Étienne", "2026-09-01"); // none since the entry: without contact
        follow("Marc Petit", "Faure", "2026-01-15", "2026-11-27");
        follow("Marc Petit", "Garnier", "2024-01-01", "2025-12-31");
        // Zoé Vasseur follows no one.
        referents.findOrCreate("Zoé Vasseur");
    }
};

} // namespace

TEST_F(ReferentOverviewTest, CountsEachReferentsCaseloadOnTheDay)
{
    const std::vector<ReferentOverview> rows = loadReferentOverview(db, clock.today());
    ASSERT_EQ(rows.size(), 3u);

    EXPECT_EQ(rows[0].name, "Claire Dubois");
    EXPECT_EQ(rows[0].openPathways, 2);
    EXPECT_EQ(rows[0].withoutContact, 1);
    EXPECT_EQ(rows[0].overdue, 2); // Aubert's action of 10 November, Bernard's missing contact
    EXPECT_EQ(rows[0].entries, 1);
    EXPECT_EQ(rows[0].exits, 1);

    EXPECT_EQ(rows[1].name, "Marc Petit");
    EXPECT_EQ(rows[1].openPathways, 2);
    EXPECT_EQ(rows[1].withoutContact, 1);
    EXPECT_EQ(rows[1].overdue, 1);
    EXPECT_EQ(rows[1].entries, 3);
    EXPECT_EQ(rows[1].exits, 1);

    EXPECT_EQ(rows[2].name, "Zoé Vasseur");
    EXPECT_EQ(rows[2].openPathways, 0);
    EXPECT_EQ(rows[2].withoutContact, 0);
    EXPECT_EQ(rows[2].overdue, 0);
    EXPECT_EQ(rows[2].entries, 0);
    EXPECT_EQ(rows[2].exits, 0);
}

TEST_F(ReferentOverviewTest, PeopleWithoutContactFollowThePliesNumberOfDays)
{
    PlieSettingsRepository(db, clock).setDaysWithoutContact(100);
    const std::vector<ReferentOverview> rows = loadReferentOverview(db, clock.today());
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].withoutContact, 0);
    EXPECT_EQ(rows[0].overdue, 1); // the action alone
    EXPECT_EQ(rows[1].withoutContact, 0);
    EXPECT_EQ(rows[1].overdue, 0);
}

TEST_F(ReferentOverviewTest, ANewYearStartsItsEntriesAndExitsAtNothing)
{
    const std::vector<ReferentOverview> rows = loadReferentOverview(db, d("2027-01-04"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].entries, 0);
    EXPECT_EQ(rows[0].exits, 0);
    EXPECT_EQ(rows[1].entries, 0);
    EXPECT_EQ(rows[1].exits, 0);
    EXPECT_EQ(rows[1].openPathways, 2);
}

TEST(CaseloadNorm, SixtyToAHundredIsWithinTheNorm)
{
    EXPECT_TRUE(outsideCaseloadNorm(0));
    EXPECT_TRUE(outsideCaseloadNorm(59));
    EXPECT_FALSE(outsideCaseloadNorm(60));
    EXPECT_FALSE(outsideCaseloadNorm(100));
    EXPECT_TRUE(outsideCaseloadNorm(101));
}
