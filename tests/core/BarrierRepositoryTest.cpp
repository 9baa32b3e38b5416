// Barriers (freins): saved, lifted, and checked against their pathway.
#include "StoreFixture.h"

#include "store/BarrierRepository.h"
#include "store/StoreError.h"

namespace parcours::test {
namespace {

class BarrierRepositoryTest : public StoreTest {
protected:
    BarrierRepository barriers{db, clock};
    Participant person = addPerson("Rousseau", "Inès", "1996-07-30");
    Pathway pathway = addPathway(person.record.id, "2025-01-13");

    Barrier newBarrier(BarrierCategory category, const char* identified)
    {
        Barrier b;
        b.pathwayId = pathway.record.id;
        b.category = category;
        b.identifiedDate = d(identified);
        return b;
    }
};

TEST_F(BarrierRepositoryTest, SavedLiftedAndReadBackFieldByField)
{
    Barrier b = newBarrier(BarrierCategory::Mobilite, "2025-01-13");
    b.status = BarrierStatus::EnCours;
    barriers.add(b);
    EXPECT_TRUE(isUuidV4(b.record.uuid));

    clock.setToday(d("2026-12-10"));
    b.status = BarrierStatus::Leve;
    b.liftedDate = d("2025-06-20"); // permis obtenu
    barriers.update(b);

    const auto stored = barriers.find(b.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->pathwayId, pathway.record.id);
    EXPECT_EQ(stored->category, BarrierCategory::Mobilite);
    EXPECT_EQ(stored->identifiedDate, d("2025-01-13"));
    EXPECT_EQ(stored->status, BarrierStatus::Leve);
    EXPECT_EQ(stored->liftedDate, d("2025-06-20"));
    EXPECT_EQ(stored->record.createdAt, "2026-11-27T09:00:00.000Z");
    EXPECT_EQ(stored->record.updatedAt, "2026-12-10T09:00:00.000Z");
}

TEST_F(BarrierRepositoryTest, LiftedBarrierWithoutDateIsRefusedAndNothingWritten)
{
    Barrier b = newBarrier(BarrierCategory::Logement, "2025-02-03");
    b.status = BarrierStatus::Leve;
    try {
        barriers.add(b);
        FAIL() << "a lifted barrier needs its lifted date";
    } catch (const RuleError& e) {
        EXPECT_FALSE(messageOf(e.violations(), "lifted_date").empty());
    }
    EXPECT_EQ(b.record.id, 0);
    EXPECT_EQ(rowCount(db, "barriers"), 0);
}

TEST_F(BarrierRepositoryTest, BarrierBeforeEntryOrOfAnUnknownPathwayIsRefused)
{
    Barrier early = newBarrier(BarrierCategory::Sante, "2024-12-31");
    EXPECT_THROW(barriers.add(early), RuleError);
    Barrier orphan = newBarrier(BarrierCategory::Sante, "2025-02-03");
    orphan.pathwayId = 31337;
    try {
        barriers.add(orphan);
        FAIL() << "pathway 31337 does not exist";
    } catch (const RuleError& e) {
        EXPECT_TRUE(contains(messageOf(e.violations(), "parcours_id"), "31337"));
    }
    EXPECT_EQ(rowCount(db, "barriers"), 0);
}

TEST_F(BarrierRepositoryTest, BarriersOfAPathwayComeByIdentifiedDateAndCanBeRemoved)
{
    Barrier late = newBarrier(BarrierCategory::Numerique, "2025-03-10");
    barriers.add(late);
    Barrier early = newBarrier(BarrierCategory::Langue, "2025-01-20");
    barriers.add(early);

    auto list = barriers.forPathway(pathway.record.id);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].category, BarrierCategory::Langue);
    EXPECT_EQ(list[1].category, BarrierCategory::Numerique);

    barriers.remove(early.record.id);
    EXPECT_EQ(barriers.forPathway(pathway.record.id).size(), 1u);
    EXPECT_THROW(barriers.remove(early.record.id), StoreError);
}

} // namespace
} // namespace parcours::test
