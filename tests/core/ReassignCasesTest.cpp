// Reassigning participant.e.s: exactly the chosen people move, as operations an undo takes back.
#include "usecases/ReassignCases.h"
#include "StoreFixture.h"
#include "changes/UndoChange.h"
#include "store/OperationLog.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class ReassignTest : public StoreTest {
protected:
    void SetUp() override
    {
        claire = referents.findOrCreate("Claire Dubois").record.id;
        marc = referents.findOrCreate("Marc Petit").record.id;
        anne = addPerson("Leroy", "Anne").record.id;
        addPathway(anne, "2020-01-06", "2021-03-01"); // an earlier pathway, with Claire
        addPathway(anne, "2026-02-02");
        karim = addPerson("Benali", "Karim").record.id;
        addPathway(karim, "2026-05-04");
        lucie = addPerson("Durand", "Lucie").record.id;
        addPathway(lucie, "2026-06-01");
    }

    // The référent.e of each of `person`'s pathways, oldest first.
    std::vector<RowId> referentsOf(RowId person)
    {
        std::vector<RowId> ids;
        for (const Pathway& p : pathways.forParticipant(person))
            ids.push_back(p.referentId);
        return ids;
    }

    int operationCount() { return rowCount(db, "operations"); }

    RowId claire = 0;
    RowId marc = 0;
    RowId anne = 0;
    RowId karim = 0;
    RowId lucie = 0;
};

} // namespace

TEST_F(ReassignTest, TheLatestPathwayOfEachChosenPersonMovesAndNoOneElse)
{
    const Change change = reassignParticipants(db, clock, {anne, karim}, marc);
    EXPECT_EQ(referentsOf(anne), (std::vector<RowId>{claire, marc})); // the earlier pathway stays
    EXPECT_EQ(referentsOf(karim), std::vector<RowId>{marc});
    EXPECT_EQ(referentsOf(lucie), std::vector<RowId>{claire});

    ASSERT_EQ(change.operations.size(), 2u);
    for (const Operation& o : change.operations) {
        EXPECT_EQ(o.kind, OperationKind::Patch);
        EXPECT_EQ(o.entity, "pathway");
        EXPECT_EQ(o.change, change.id);
        EXPECT_TRUE(o.data.contains("referent")) << o.data.dump();
    }
    EXPECT_EQ(change.operations[0].id, pathways.forParticipant(anne).back().record.uuid);
    EXPECT_EQ(change.operations[1].id, pathways.forParticipant(karim).back().record.uuid);
}

TEST_F(ReassignTest, PeopleAlreadyWithTheReferentAreLeftUntouched)
{
    reassignParticipants(db, clock, {karim}, marc);
    const int before = operationCount();
    const Change change = reassignParticipants(db, clock, {karim, lucie, lucie}, marc);
    ASSERT_EQ(change.operations.size(), 1u); // Lucie, once
    EXPECT_EQ(change.operations[0].id, pathways.forParticipant(lucie).back().record.uuid);
    EXPECT_EQ(operationCount(), before + 1);
    EXPECT_TRUE(reassignParticipants(db, clock, {karim, lucie}, marc).empty());
}

TEST_F(ReassignTest, AnUnknownReferentOrParticipantIsRefusedAndNothingMoves)
{
    const int before = operationCount();
    EXPECT_THROW(reassignParticipants(db, clock, {karim}, 9999), RuleError);
    EXPECT_THROW(reassignParticipants(db, clock, {karim, 9999}, marc), RuleError);
    EXPECT_EQ(referentsOf(karim), std::vector<RowId>{claire});
    EXPECT_EQ(operationCount(), before);
}

TEST_F(ReassignTest, UndoBringsEveryoneBackAndRedoMovesThemAgain)
{
    const Change change = reassignParticipants(db, clock, {anne, karim, lucie}, marc);
    undoChange(db, clock, change);
    EXPECT_EQ(referentsOf(anne), (std::vector<RowId>{claire, claire}));
    EXPECT_EQ(referentsOf(karim), std::vector<RowId>{claire});
    EXPECT_EQ(referentsOf(lucie), std::vector<RowId>{claire});
    redoChange(db, clock, change);
    EXPECT_EQ(referentsOf(lucie), std::vector<RowId>{marc});
}
