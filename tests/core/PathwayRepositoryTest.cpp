// Pathways with their situation at entry, hires, holds and exit: saved, read back, and refused when they break a rule.
#include "StoreFixture.h"

#include "domain/Rules.h"
#include "store/StoreError.h"

namespace parcours::test {
namespace {

class PathwayRepositoryTest : public StoreTest {
protected:
    Participant person = addPerson("Benali", "Yasmine", "1988-09-14");

    // A pathway with everything: situation, an earlier hire that broke, a hold, the
    // current hire, and the exit in lasting employment.
    Pathway fullPathway()
    {
        Pathway p = newPathway(person.record.id, "2023-02-06", "2024-11-04", ExitReason::EmploiDurable);
        p.record.externalId = "PAR-7";
        p.situation = SituationAtEntry{EducationLevel::Vbis, true, true, false, true};
        Hire broken = newHire("2023-06-12", 'N');
        broken.contract = ContractType::Interim6mPlus;
        broken.employer = EmployerCategory::Association;
        broken.endDate = d("2023-08-25");
        broken.endReason = "Fin de mission anticipée";
        p.earlierHires.push_back(broken);
        p.holds.push_back(Hold{{}, d("2023-09-01"), d("2023-10-15"), "Congé maternité"});
        Hire current = newHire("2024-05-02", 'Q');
        current.contract = ContractType::Cdd6mPlus;
        current.employer = EmployerCategory::Public;
        p.currentHire = current;
        return p;
    }

    // The violations of adding `pathway`, with what is stored checked to be unchanged.
    Violations refusedAdd(Pathway pathway)
    {
        const int before = rowCount(db, "pathways");
        try {
            pathways.add(pathway);
        } catch (const RuleError& e) {
            EXPECT_EQ(pathway.record.id, 0);
            EXPECT_EQ(rowCount(db, "pathways"), before);
            EXPECT_EQ(rowCount(db, "holds") + rowCount(db, "hires"), 0);
            return e.violations();
        }
        ADD_FAILURE() << "the pathway was accepted";
        return {};
    }
};

TEST_F(PathwayRepositoryTest, SavedAndReadBackWithSituationHiresHoldsAndExit)
{
    Pathway p = fullPathway();
    pathways.add(p);

    const auto stored = pathways.find(p.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->record.externalId, "PAR-7");
    EXPECT_EQ(stored->participantId, person.record.id);
    EXPECT_EQ(referents.find(stored->referentId)->name, "Claire Dubois");
    EXPECT_EQ(stored->entryDate, d("2023-02-06"));
    EXPECT_EQ(stored->situation.education, EducationLevel::Vbis);
    EXPECT_TRUE(stored->situation.rsa);
    EXPECT_TRUE(stored->situation.deld);
    EXPECT_FALSE(stored->situation.rqth);
    EXPECT_TRUE(stored->situation.otherDifficulty);

    ASSERT_TRUE(stored->currentHire);
    EXPECT_EQ(stored->currentHire->hireDate, d("2024-05-02"));
    EXPECT_EQ(stored->currentHire->contract, ContractType::Cdd6mPlus);
    EXPECT_EQ(stored->currentHire->employer, EmployerCategory::Public);
    EXPECT_EQ(stored->currentHire->nafSection, 'Q');
    EXPECT_FALSE(stored->currentHire->endDate);

    ASSERT_EQ(stored->earlierHires.size(), 1u);
    const Hire& broken = stored->earlierHires[0];
    EXPECT_EQ(broken.hireDate, d("2023-06-12"));
    EXPECT_EQ(broken.contract, ContractType::Interim6mPlus);
    EXPECT_EQ(broken.employer, EmployerCategory::Association);
    EXPECT_EQ(broken.nafSection, 'N');
    EXPECT_EQ(broken.endDate, d("2023-08-25"));
    EXPECT_EQ(broken.endReason, "Fin de mission anticipée");

    ASSERT_EQ(stored->holds.size(), 1u);
    EXPECT_EQ(stored->holds[0].start, d("2023-09-01"));
    EXPECT_EQ(stored->holds[0].end, d("2023-10-15"));
    EXPECT_EQ(stored->holds[0].reason, "Congé maternité");

    ASSERT_TRUE(stored->exit);
    EXPECT_EQ(stored->exit->date, d("2024-11-04"));
    EXPECT_EQ(stored->exit->reason, ExitReason::EmploiDurable);

    // Every row of the aggregate has its own identity, handed back to the caller too.
    for (const RecordIdentity* r :
         {&stored->record, &stored->currentHire->record, &broken.record, &stored->holds[0].record}) {
        EXPECT_TRUE(isUuidV4(r->uuid));
        EXPECT_EQ(r->createdAt, "2026-11-27T09:00:00.000Z");
    }
    EXPECT_EQ(p.currentHire->record.uuid, stored->currentHire->record.uuid);
    EXPECT_EQ(p.holds[0].record.id, stored->holds[0].record.id);

    EXPECT_EQ(pathways.findByExternalId("PAR-7")->record.id, p.record.id);
}

TEST_F(PathwayRepositoryTest, UpdateReplacesHoldsAndHiresKeepingTheUuidsOfThoseKept)
{
    Pathway p = newPathway(person.record.id, "2023-02-06");
    p.holds.push_back(Hold{{}, d("2023-03-01"), d("2023-03-31"), "Maladie"});
    p.holds.push_back(Hold{{}, d("2023-06-01"), d("2023-06-30"), "Aidant familial"});
    p.currentHire = newHire("2023-09-04");
    pathways.add(p);
    const RecordIdentity keptHold = p.holds[0].record;
    const RecordIdentity unchangedHold = p.holds[1].record;
    const std::string createdAt = p.record.createdAt;

    clock.setToday(d("2026-12-01"));
    // The hire broke: it becomes an earlier hire; one hold is corrected, one added.
    Hire broken = *p.currentHire;
    broken.endDate = d("2023-11-30");
    p.earlierHires = {broken};
    p.currentHire.reset();
    p.holds[0].end = d("2023-04-14");
    p.holds.push_back(Hold{{}, d("2024-01-08"), std::nullopt, "Hospitalisation"});
    pathways.update(p);

    const auto stored = pathways.find(p.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->record.createdAt, createdAt);
    EXPECT_EQ(stored->record.updatedAt, createdAt); // its own row did not change, its holds and hires did
    ASSERT_EQ(stored->holds.size(), 3u);
    EXPECT_EQ(stored->holds[0].record.uuid, keptHold.uuid);
    EXPECT_EQ(stored->holds[0].end, d("2023-04-14"));
    EXPECT_EQ(stored->holds[0].record.updatedAt, "2026-12-01T09:00:00.000Z");
    EXPECT_EQ(stored->holds[1].record.uuid, unchangedHold.uuid);
    EXPECT_EQ(stored->holds[1].record.updatedAt, unchangedHold.updatedAt);
    EXPECT_TRUE(isUuidV4(stored->holds[2].record.uuid));
    EXPECT_EQ(stored->holds[2].record.createdAt, "2026-12-01T09:00:00.000Z");
    EXPECT_FALSE(stored->holds[2].end);
    EXPECT_FALSE(stored->currentHire);
    ASSERT_EQ(stored->earlierHires.size(), 1u);
    EXPECT_EQ(stored->earlierHires[0].record.uuid, broken.record.uuid);
    EXPECT_EQ(stored->earlierHires[0].endDate, d("2023-11-30"));

    // A hold left out of the update is gone.
    p.holds.erase(p.holds.begin());
    pathways.update(p);
    EXPECT_EQ(rowCount(db, "holds"), 2);
}

TEST_F(PathwayRepositoryTest, SecondOpenPathwayIsRefused)
{
    addPathway(person.record.id, "2022-01-03");
    const Violations v = refusedAdd(newPathway(person.record.id, "2024-01-08"));
    EXPECT_TRUE(contains(messageOf(v, "exit_date"), "déjà un parcours en cours"));
}

TEST_F(PathwayRepositoryTest, OverlappingPathwayIsRefusedAndTheDayAfterTheExitAccepted)
{
    addPathway(person.record.id, "2021-03-01", "2022-06-30");
    const Violations v = refusedAdd(newPathway(person.record.id, "2022-06-30", "2023-01-31"));
    EXPECT_TRUE(contains(messageOf(v, "entry_date"), "chevauche"));

    Pathway next = newPathway(person.record.id, "2022-07-01");
    pathways.add(next);
    EXPECT_EQ(pathways.forParticipant(person.record.id).size(), 2u);
}

TEST_F(PathwayRepositoryTest, EntryAtFifteenIsRefused)
{
    const Participant young = addPerson("Moreau", "Théo", "2008-12-01");
    const Violations v = refusedAdd(newPathway(young.record.id, "2024-11-30"));
    EXPECT_TRUE(contains(messageOf(v, "entry_date"), "15 ans"));
}

TEST_F(PathwayRepositoryTest, OverlappingHoldsAndAHireBeforeEntryAreRefusedWithNothingWritten)
{
    Pathway p = newPathway(person.record.id, "2023-02-06");
    p.holds.push_back(Hold{{}, d("2023-03-01"), d("2023-04-30"), ""});
    p.holds.push_back(Hold{{}, d("2023-04-15"), std::nullopt, ""});
    p.currentHire = newHire("2023-01-02");
    const Violations v = refusedAdd(p);
    EXPECT_FALSE(messageOf(v, "start_date").empty());
    EXPECT_FALSE(messageOf(v, "hire_date").empty());
}

TEST_F(PathwayRepositoryTest, UnknownParticipantOrReferentIsRefused)
{
    Pathway p = newPathway(9999, "2023-02-06");
    p.referentId = 8888;
    const Violations v = refusedAdd(p);
    EXPECT_TRUE(contains(messageOf(v, "participant_id"), "9999"));
    EXPECT_TRUE(contains(messageOf(v, "referent"), "8888"));
}

TEST_F(PathwayRepositoryTest, ExternalIdAlreadyHeldIsRefused)
{
    Pathway first = newPathway(person.record.id, "2020-01-06", "2020-12-31");
    first.record.externalId = "PAR-1";
    pathways.add(first);
    Pathway second = newPathway(person.record.id, "2022-01-03");
    second.record.externalId = "PAR-1";
    EXPECT_TRUE(contains(messageOf(refusedAdd(second), "parcours_id"), "PAR-1"));
}

TEST_F(PathwayRepositoryTest, RefusedUpdateLeavesTheStoredPathwayAsItWas)
{
    Pathway p = addPathway(person.record.id, "2023-02-06");
    p.holds.push_back(Hold{{}, d("2023-01-02"), std::nullopt, "avant l'entrée"});
    p.situation.rqth = true;
    EXPECT_THROW(pathways.update(p), RuleError);

    const auto stored = pathways.find(p.record.id);
    EXPECT_TRUE(stored->holds.empty());
    EXPECT_FALSE(stored->situation.rqth);
    EXPECT_EQ(stored->record.updatedAt, "2026-11-27T09:00:00.000Z");

    Pathway ghost = p;
    ghost.record.id = 4242;
    ghost.holds.clear();
    EXPECT_THROW(pathways.update(ghost), StoreError);
}

TEST_F(PathwayRepositoryTest, EveryCodeOfTheInterchangeIsStoredAndReadBack)
{
    // One closed pathway a year per value, each exit reason and education level in turn.
    int year = 2005;
    std::size_t i = 0;
    const auto levels = allValues<EducationLevel>();
    const auto reasons = allValues<ExitReason>();
    const auto contracts = allValues<ContractType>();
    const auto employers = allValues<EmployerCategory>();
    for (; i < std::max(levels.size(), reasons.size()); ++i, ++year) {
        const std::string entry = std::to_string(year) + "-01-15";
        const std::string exit = std::to_string(year) + "-12-15";
        Pathway p = newPathway(person.record.id, entry.c_str(), exit.c_str(), reasons[i % reasons.size()]);
        p.situation.education = levels[i % levels.size()];
        p.currentHire = newHire((std::to_string(year) + "-06-01").c_str(), static_cast<char>('A' + i % 21));
        p.currentHire->contract = contracts[i % contracts.size()];
        p.currentHire->employer = employers[i % employers.size()];
        pathways.add(p);
        const auto stored = pathways.find(p.record.id);
        EXPECT_EQ(stored->situation.education, p.situation.education) << toCode(p.situation.education);
        EXPECT_EQ(stored->exit->reason, p.exit->reason) << toCode(p.exit->reason);
        EXPECT_EQ(stored->currentHire->contract, p.currentHire->contract);
        EXPECT_EQ(stored->currentHire->employer, p.currentHire->employer);
        EXPECT_EQ(stored->currentHire->nafSection, p.currentHire->nafSection);
    }
    EXPECT_EQ(rowCount(db, "pathways"), static_cast<int>(i));
}

TEST_F(PathwayRepositoryTest, PathwaysOfAPersonComeByEntryDateAndAllByCreation)
{
    addPathway(person.record.id, "2024-03-04");
    addPathway(person.record.id, "2019-05-06", "2020-02-28");
    const Participant other = addPerson("Moreau", "Théo");
    addPathway(other.record.id, "2022-09-12");

    const auto theirs = pathways.forParticipant(person.record.id);
    ASSERT_EQ(theirs.size(), 2u);
    EXPECT_EQ(theirs[0].entryDate, d("2019-05-06"));
    EXPECT_EQ(theirs[1].entryDate, d("2024-03-04"));
    const auto all = pathways.all();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_LT(all[0].record.id, all[1].record.id);
    EXPECT_LT(all[1].record.id, all[2].record.id);

    pathways.remove(theirs[0].record.id);
    EXPECT_EQ(pathways.forParticipant(person.record.id).size(), 1u);
}

} // namespace
} // namespace parcours::test
