// Participants saved and read back, their identity, and the rules checked before writing.
#include "StoreFixture.h"

#include "domain/Rules.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/StoreError.h"

namespace parcours::test {
namespace {

using ParticipantRepositoryTest = StoreTest;

Participant fullPerson()
{
    Participant p;
    p.record.externalId = "DOS-2019-0042";
    p.lastName = "N'Diaye-Lefèvre";
    p.firstName = "Anaïs Bénédicte";
    p.birthDate = d("1979-02-28");
    p.sex = Sex::X;
    p.postcode = "2A004";
    p.city = "Ajaccio";
    p.qpv = true;
    p.phone = "06 12 34 56 78";
    p.email = "anais.ndiaye@exemple.fr";
    p.franceTravailId = "1234567A";
    return p;
}

TEST_F(ParticipantRepositoryTest, SavedAndReadBackFieldByField)
{
    Participant p = fullPerson();
    participants.add(p);

    const auto stored = participants.find(p.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->record.externalId, "DOS-2019-0042");
    EXPECT_EQ(stored->lastName, "N'Diaye-Lefèvre");
    EXPECT_EQ(stored->firstName, "Anaïs Bénédicte");
    EXPECT_EQ(stored->birthDate, d("1979-02-28"));
    EXPECT_EQ(stored->sex, Sex::X);
    EXPECT_EQ(stored->postcode, "2A004");
    EXPECT_EQ(stored->city, "Ajaccio");
    EXPECT_TRUE(stored->qpv);
    EXPECT_EQ(stored->phone, "06 12 34 56 78");
    EXPECT_EQ(stored->email, "anais.ndiaye@exemple.fr");
    EXPECT_EQ(stored->franceTravailId, "1234567A");
    EXPECT_EQ(stored->record.uuid, p.record.uuid);

    const auto byExternalId = participants.findByExternalId("DOS-2019-0042");
    ASSERT_TRUE(byExternalId);
    EXPECT_EQ(byExternalId->record.id, p.record.id);
    EXPECT_FALSE(participants.findByExternalId("DOS-2019-0043"));
    EXPECT_FALSE(participants.findByExternalId(""));

    const auto byUuid = participants.findByUuid(p.record.uuid);
    ASSERT_TRUE(byUuid);
    EXPECT_EQ(byUuid->record.id, p.record.id);
    EXPECT_FALSE(participants.findByUuid("DOS-2019-0042"));
    EXPECT_FALSE(participants.findByUuid(""));
}

TEST_F(ParticipantRepositoryTest, NewRowsGetDistinctUuidsAndTheClocksInstant)
{
    const Participant a = addPerson("Martin", "Léa");
    const Participant b = addPerson("Martin", "Noé");

    EXPECT_NE(a.record.id, 0);
    EXPECT_NE(a.record.id, b.record.id);
    EXPECT_TRUE(isUuidV4(a.record.uuid)) << a.record.uuid;
    EXPECT_TRUE(isUuidV4(b.record.uuid)) << b.record.uuid;
    EXPECT_NE(a.record.uuid, b.record.uuid);
    EXPECT_EQ(a.record.createdAt, "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(a.record.updatedAt, a.record.createdAt);
    EXPECT_EQ(a.record.externalId, "");
}

TEST_F(ParticipantRepositoryTest, UpdateKeepsUuidAndCreationAndMovesUpdatedAt)
{
    Participant p = addPerson();
    const RecordIdentity created = p.record;

    clock.setToday(d("2026-12-03"));
    p.city = "Rennes";
    p.record.uuid = "00000000-0000-4000-8000-000000000000"; // a caller cannot change it
    participants.update(p);

    const auto stored = participants.find(p.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->city, "Rennes");
    EXPECT_EQ(stored->record.uuid, created.uuid);
    EXPECT_EQ(p.record.uuid, created.uuid);
    EXPECT_EQ(stored->record.createdAt, "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(stored->record.updatedAt, "2026-12-03T09:00:00.000Z");
}

TEST_F(ParticipantRepositoryTest, ExternalIdAlreadyHeldIsRefusedAndNothingWritten)
{
    Participant first = newPerson("Martin", "Léa");
    first.record.externalId = "P1";
    participants.add(first);

    Participant second = newPerson("Benali", "Yasmine");
    second.record.externalId = "P1";
    try {
        participants.add(second);
        FAIL() << "a second P1 should be refused";
    } catch (const RuleError& e) {
        ASSERT_EQ(e.violations().size(), 1u);
        EXPECT_EQ(e.violations()[0].field, "participant_id");
        EXPECT_TRUE(contains(e.violations()[0].message, "P1"));
    }
    EXPECT_EQ(second.record.id, 0);
    EXPECT_EQ(participants.count(), 1);

    // Nor can an update take another person's id.
    Participant third = addPerson("Benali", "Yasmine");
    third.record.externalId = "P1";
    EXPECT_THROW(participants.update(third), RuleError);
    EXPECT_EQ(participants.find(third.record.id)->record.externalId, "");
}

TEST_F(ParticipantRepositoryTest, PersonWithoutNameIsRefusedAndNothingWritten)
{
    Participant p = newPerson("", "Léa");
    EXPECT_THROW(participants.add(p), RuleError);
    EXPECT_EQ(p.record.id, 0);
    EXPECT_TRUE(p.record.uuid.empty());
    EXPECT_EQ(participants.count(), 0);
}

TEST_F(ParticipantRepositoryTest, BirthDateChangeThatMakesAnEntryInvalidIsRefused)
{
    Participant p = addPerson("Martin", "Léa", "1990-03-01");
    addPathway(p.record.id, "2020-01-15", "2021-06-30");

    p.birthDate = d("2004-06-01"); // 15 at the 2020 entry
    try {
        participants.update(p);
        FAIL() << "the entry of 2020 would be at 15";
    } catch (const RuleError& e) {
        ASSERT_EQ(e.violations().size(), 1u);
        EXPECT_EQ(e.violations()[0].field, "birth_date");
        EXPECT_TRUE(contains(e.violations()[0].message, "15 ans"));
    }
    EXPECT_EQ(participants.find(p.record.id)->birthDate, d("1990-03-01"));

    p.birthDate = d("2003-06-01"); // 16 at the entry: accepted
    participants.update(p);
    EXPECT_EQ(participants.find(p.record.id)->birthDate, d("2003-06-01"));
}

TEST_F(ParticipantRepositoryTest, UpdateOrRemovalOfAnUnknownPersonIsAStoreError)
{
    Participant ghost = newPerson();
    ghost.record.id = 4242;
    EXPECT_THROW(participants.update(ghost), StoreError);
    EXPECT_THROW(participants.remove(4242), StoreError);
    EXPECT_FALSE(participants.find(4242));
}

TEST_F(ParticipantRepositoryTest, AllAreListedByNameWithAccentsAndCaseSetAside)
{
    addPerson("Zola", "Émile");
    addPerson("Écuyer", "Noé");
    addPerson("de la Tour", "Ana");
    addPerson("Dupont", "Élise");
    addPerson("Dupont", "Adam");
    addPerson("Eboué", "Félix");

    std::vector<std::string> names;
    for (const Participant& p : participants.all())
        names.push_back(p.lastName + " " + p.firstName);
    EXPECT_EQ(names, (std::vector<std::string>{"de la Tour Ana", "Dupont Adam", "Dupont Élise", "Eboué Félix",
                                               "Écuyer Noé", "Zola Émile"}));
    EXPECT_EQ(participants.count(), 6);
}

TEST_F(ParticipantRepositoryTest, RemovingAPersonRemovesEverythingBelow)
{
    const Participant p = addPerson();
    Pathway pathway = newPathway(p.record.id, "2024-01-10");
    pathway.holds.push_back(Hold{{}, d("2024-03-01"), d("2024-04-01"), "Maladie"});
    Hire broken = newHire("2024-05-02");
    broken.endDate = d("2024-07-31");
    pathway.earlierHires.push_back(broken);
    pathway.currentHire = newHire("2024-10-01");
    pathways.add(pathway);
    Step step;
    step.pathwayId = pathway.record.id;
    step.start = d("2024-02-01");
    step.operatorName = "AFPA Rennes";
    pathways.addStep(step);
    Barrier barrier;
    barrier.pathwayId = pathway.record.id;
    barrier.identifiedDate = d("2024-01-10");
    BarrierRepository(db, clock).add(barrier);
    Contact contact;
    contact.pathwayId = pathway.record.id;
    contact.date = d("2024-01-10");
    ContactRepository(db, clock).add(contact);
    const Participant other = addPerson("Benali", "Yasmine");
    addPathway(other.record.id, "2023-05-01");

    participants.remove(p.record.id);

    EXPECT_FALSE(participants.find(p.record.id));
    EXPECT_EQ(rowCount(db, "pathways"), 1); // the other person's
    for (const char* table : {"holds", "hires", "steps", "barriers", "contacts"})
        EXPECT_EQ(rowCount(db, table), 0) << table;
    EXPECT_EQ(rowCount(db, "referents"), 1); // people of the PLIE stay
    EXPECT_EQ(rowCount(db, "operators"), 1);
}

} // namespace
} // namespace parcours::test
