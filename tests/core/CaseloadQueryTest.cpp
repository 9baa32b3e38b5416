// The caseload of the home screen: each person with their latest pathway, its status on a pinned day and last contact.
#include "StoreFixture.h"

#include "store/CaseloadQuery.h"
#include "store/ContactRepository.h"

namespace parcours::test {
namespace {

class CaseloadQueryTest : public StoreTest {
protected:
    ContactRepository contacts{db, clock};

    void addContact(const Pathway& pathway, const char* date)
    {
        Contact c;
        c.pathwayId = pathway.record.id;
        c.date = d(date);
        contacts.add(c);
    }
};

TEST_F(CaseloadQueryTest, EachPersonWithTheLatestPathwayItsStatusAndLastContact)
{
    // On hold today, in her second pathway; her first pathway's contacts do not count.
    const Participant yasmine = addPerson("Benali", "Yasmine", "1988-09-14");
    const Pathway first = addPathway(yasmine.record.id, "2019-04-01", "2020-09-30");
    addContact(first, "2020-09-15");
    Pathway second = newPathway(yasmine.record.id, "2025-03-03");
    second.holds.push_back(Hold{{}, d("2026-11-01"), std::nullopt, "Maladie"});
    pathways.add(second);
    addContact(second, "2026-10-20");
    addContact(second, "2026-10-05");

    // In the six-month follow-up of a hire.
    const Participant paul = addPerson("Durand", "Paul", "1971-01-30");
    Pathway hired = newPathway(paul.record.id, "2025-01-06");
    hired.currentHire = newHire("2026-09-01");
    pathways.add(hired);

    // Exited before today.
    const Participant noe = addPerson("Écuyer", "Noé", "1999-12-12");
    addPathway(noe.record.id, "2024-01-08", "2026-06-30", ExitReason::FormationQualifiante);

    // Active: her hold ended before today; followed by another référente.
    const Participant lea = addPerson("Martin", "Léa", "2002-05-05");
    Pathway active = newPathway(lea.record.id, "2026-01-05");
    active.referentId = referents.findOrCreate("Sophie Laurent").record.id;
    active.holds.push_back(Hold{{}, d("2026-02-01"), d("2026-03-01"), ""});
    pathways.add(active);
    addContact(active, "2026-11-26");

    // Registered, never entered.
    Participant karim = newPerson("Zidane", "Karim", "1990-10-10");
    karim.city = "Saint-Brieuc";
    karim.franceTravailId = "7654321B";
    participants.add(karim);

    const auto rows = loadCaseload(db, d("2026-11-27"));
    ASSERT_EQ(rows.size(), 5u);

    EXPECT_EQ(rows[0].participantId, yasmine.record.id);
    EXPECT_EQ(rows[0].pathwayId, second.record.id);
    EXPECT_EQ(rows[0].entryDate, d("2025-03-03"));
    EXPECT_EQ(rows[0].status, PathwayStatus::OnHold);
    EXPECT_EQ(rows[0].lastContact, d("2026-10-20"));
    EXPECT_EQ(rows[0].referentName, "Claire Dubois");
    EXPECT_EQ(rows[0].birthDate, d("1988-09-14"));

    EXPECT_EQ(rows[1].lastName, "Durand");
    EXPECT_EQ(rows[1].status, PathwayStatus::InFollowUp);
    EXPECT_FALSE(rows[1].lastContact);

    EXPECT_EQ(rows[2].lastName, "Écuyer");
    EXPECT_EQ(rows[2].status, PathwayStatus::Exited);
    EXPECT_EQ(rows[2].exitDate, d("2026-06-30"));
    EXPECT_FALSE(rows[3].exitDate);

    EXPECT_EQ(rows[3].firstName, "Léa");
    EXPECT_EQ(rows[3].status, PathwayStatus::Active);
    EXPECT_EQ(rows[3].referentName, "Sophie Laurent");
    EXPECT_EQ(rows[3].referentId, active.referentId);
    EXPECT_EQ(rows[3].lastContact, d("2026-11-26"));

    EXPECT_EQ(rows[4].lastName, "Zidane");
    EXPECT_EQ(rows[4].pathwayId, 0);
    EXPECT_FALSE(rows[4].entryDate);
    EXPECT_FALSE(rows[4].status);
    EXPECT_FALSE(rows[4].lastContact);
    EXPECT_EQ(rows[4].city, "Saint-Brieuc");
    EXPECT_EQ(rows[4].franceTravailId, "7654321B");
}

TEST_F(CaseloadQueryTest, StatusFollowsThePinnedDay)
{
    const Participant p = addPerson();
    Pathway pathway = newPathway(p.record.id, "2025-01-06", "2026-12-31", ExitReason::EmploiDurable);
    pathway.holds.push_back(Hold{{}, d("2025-04-01"), d("2025-05-31"), ""});
    pathway.currentHire = newHire("2026-06-30");
    pathways.add(pathway);

    EXPECT_EQ(loadCaseload(db, d("2025-03-31"))[0].status, PathwayStatus::Active);
    EXPECT_EQ(loadCaseload(db, d("2025-04-15"))[0].status, PathwayStatus::OnHold);
    EXPECT_EQ(loadCaseload(db, d("2026-07-01"))[0].status, PathwayStatus::InFollowUp);
    EXPECT_EQ(loadCaseload(db, d("2026-12-31"))[0].status, PathwayStatus::Exited);
}

TEST_F(CaseloadQueryTest, LastContactIgnoresContactsDatedAfterToday)
{
    const Participant p = addPerson();
    const Pathway pathway = addPathway(p.record.id, "2026-01-05");
    addContact(pathway, "2026-11-02");
    addContact(pathway, "2026-12-15"); // planned, or a typing mistake

    EXPECT_EQ(loadCaseload(db, d("2026-11-27"))[0].lastContact, d("2026-11-02"));
    EXPECT_EQ(loadCaseload(db, d("2026-12-15"))[0].lastContact, d("2026-12-15"));
    EXPECT_FALSE(loadCaseload(db, d("2026-11-01"))[0].lastContact);
}

TEST_F(CaseloadQueryTest, EmptyDatabaseGivesAnEmptyCaseload)
{
    EXPECT_TRUE(loadCaseload(db, d("2026-11-27")).empty());
}

} // namespace
} // namespace parcours::test
