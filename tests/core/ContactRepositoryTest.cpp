// The contacts journal: notes kept exactly, newest first, never before the entry.
#include "StoreFixture.h"

#include "store/ContactRepository.h"
#include "store/StoreError.h"

namespace parcours::test {
namespace {

class ContactRepositoryTest : public StoreTest {
protected:
    ContactRepository contacts{db, clock};
    Participant person = addPerson("Nguyen", "Minh", "1969-11-03");
    Pathway pathway = addPathway(person.record.id, "2025-09-01");

    Contact newContact(const char* date, ContactMode mode = ContactMode::Telephone)
    {
        Contact c;
        c.pathwayId = pathway.record.id;
        c.date = d(date);
        c.mode = mode;
        return c;
    }
};

TEST_F(ContactRepositoryTest, MultiLineNoteIsKeptExactly)
{
    Contact c = newContact("2025-10-07", ContactMode::Visio);
    c.note = "Point sur la recherche d'emploi.\r\nA postulé chez « Biocoop », relance prévue ;\n\n"
             "Frein mobilité : permis B en cours, \"code\" obtenu.\t✓";
    contacts.add(c);

    const auto stored = contacts.find(c.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->note, c.note);
    EXPECT_EQ(stored->mode, ContactMode::Visio);
    EXPECT_EQ(stored->date, d("2025-10-07"));
    EXPECT_EQ(stored->pathwayId, pathway.record.id);
    EXPECT_TRUE(isUuidV4(stored->record.uuid));
}

TEST_F(ContactRepositoryTest, JournalComesNewestFirst)
{
    for (const char* date : {"2025-09-15", "2025-11-02", "2025-10-01"}) {
        Contact c = newContact(date);
        contacts.add(c);
    }
    const auto journal = contacts.forPathway(pathway.record.id);
    ASSERT_EQ(journal.size(), 3u);
    EXPECT_EQ(journal[0].date, d("2025-11-02"));
    EXPECT_EQ(journal[1].date, d("2025-10-01"));
    EXPECT_EQ(journal[2].date, d("2025-09-15"));
}

TEST_F(ContactRepositoryTest, ContactBeforeEntryIsRefusedAndAfterExitAccepted)
{
    Contact early = newContact("2025-08-29");
    try {
        contacts.add(early);
        FAIL() << "a contact before the entry should be refused";
    } catch (const RuleError& e) {
        EXPECT_FALSE(e.violations().empty());
    }
    EXPECT_EQ(rowCount(db, "contacts"), 0);

    pathway.exit = PathwayExit{d("2026-03-31"), ExitReason::FormationQualifiante};
    pathways.update(pathway);
    Contact followUp = newContact("2026-05-12"); // follow-up after an exit happens
    contacts.add(followUp);
    EXPECT_EQ(rowCount(db, "contacts"), 1);
}

TEST_F(ContactRepositoryTest, UpdateKeepsIdentityAndRemoveDeletes)
{
    Contact c = newContact("2025-10-07");
    contacts.add(c);
    const std::string uuid = c.record.uuid;
    clock.setToday(d("2026-12-24"));
    c.note = "Complété après coup.";
    contacts.update(c);
    const auto stored = contacts.find(c.record.id);
    EXPECT_EQ(stored->record.uuid, uuid);
    EXPECT_EQ(stored->note, "Complété après coup.");
    EXPECT_EQ(stored->record.updatedAt, "2026-12-24T09:00:00.000Z");
    EXPECT_EQ(stored->record.createdAt, "2026-11-27T09:00:00.000Z");

    contacts.remove(c.record.id);
    EXPECT_FALSE(contacts.find(c.record.id));
    Contact ghost = c;
    EXPECT_THROW(contacts.update(ghost), StoreError);
}

} // namespace
} // namespace parcours::test
