// The steps of a pathway (PathwayRepository): saved with their opérateur, and checked against their pathway.
#include "StoreFixture.h"

#include "store/StoreError.h"

namespace parcours::test {
namespace {

class StoreSteps : public StoreTest {
protected:
    Participant person = addPerson("Lefèvre", "Hugo", "1975-04-22");
    Pathway pathway = addPathway(person.record.id, "2024-02-05");

    Step newStep(const char* start, StepType type = StepType::Mobilisation)
    {
        Step s;
        s.pathwayId = pathway.record.id;
        s.type = type;
        s.start = d(start);
        return s;
    }
};

TEST_F(StoreSteps, SavedWithItsOperatorAndReadBackFieldByField)
{
    Step s = newStep("2024-03-11", StepType::Iae);
    s.record.externalId = "ET-31";
    s.subtype = StepSubtype::Aci;
    s.end = d("2024-09-10");
    s.operatorName = "  Jardins de Cocagne  ";
    s.label = "Maraîchage bio, « chantier d'insertion »";
    pathways.addStep(s);

    const auto stored = pathways.findStep(s.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->record.externalId, "ET-31");
    EXPECT_EQ(stored->pathwayId, pathway.record.id);
    EXPECT_EQ(stored->type, StepType::Iae);
    EXPECT_EQ(stored->subtype, StepSubtype::Aci);
    EXPECT_EQ(stored->start, d("2024-03-11"));
    EXPECT_EQ(stored->end, d("2024-09-10"));
    EXPECT_EQ(stored->operatorName, "Jardins de Cocagne");
    EXPECT_EQ(stored->label, "Maraîchage bio, « chantier d'insertion »");
    EXPECT_TRUE(isUuidV4(stored->record.uuid));
    EXPECT_EQ(stored->record.uuid, s.record.uuid);
}

TEST_F(StoreSteps, AnOperatorIsCreatedOnceAndAStepMayHaveNone)
{
    Step a = newStep("2024-03-11", StepType::Formation);
    a.subtype = StepSubtype::AutreFormation; // written "autre", read back as the formation's
    a.operatorName = "AFPA Rennes";
    pathways.addStep(a);
    Step b = newStep("2024-06-03");
    b.operatorName = "AFPA Rennes";
    pathways.addStep(b);
    Step c = newStep("2024-04-02");
    pathways.addStep(c);

    EXPECT_EQ(rowCount(db, "operators"), 1);
    EXPECT_EQ(pathways.findStep(a.record.id)->subtype, StepSubtype::AutreFormation);
    EXPECT_EQ(pathways.findStep(c.record.id)->operatorName, "");

    const auto steps = pathways.steps(pathway.record.id); // by start date
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0].record.id, a.record.id);
    EXPECT_EQ(steps[1].record.id, c.record.id);
    EXPECT_EQ(steps[2].record.id, b.record.id);
}

TEST_F(StoreSteps, StepBeforeTheEntryIsRefusedAndNothingWritten)
{
    Step s = newStep("2024-01-29");
    s.operatorName = "Mission locale";
    try {
        pathways.addStep(s);
        FAIL() << "a step before the entry should be refused";
    } catch (const RuleError& e) {
        EXPECT_FALSE(messageOf(e.violations(), "start_date").empty());
    }
    EXPECT_EQ(s.record.id, 0);
    EXPECT_EQ(rowCount(db, "steps"), 0);
    EXPECT_EQ(rowCount(db, "operators"), 0);
}

TEST_F(StoreSteps, StepOfAnUnknownPathwayOrWithATakenIdIsRefused)
{
    Step orphan = newStep("2024-03-11");
    orphan.pathwayId = 777;
    try {
        pathways.addStep(orphan);
        FAIL() << "pathway 777 does not exist";
    } catch (const RuleError& e) {
        EXPECT_TRUE(contains(messageOf(e.violations(), "parcours_id"), "777"));
    }

    Step first = newStep("2024-03-11");
    first.record.externalId = "ET-1";
    pathways.addStep(first);
    Step second = newStep("2024-04-11");
    second.record.externalId = "ET-1";
    try {
        pathways.addStep(second);
        FAIL() << "ET-1 is taken";
    } catch (const RuleError& e) {
        EXPECT_TRUE(contains(messageOf(e.violations(), "step_id"), "ET-1"));
    }
    EXPECT_EQ(rowCount(db, "steps"), 1);
}

TEST_F(StoreSteps, UpdateKeepsIdentityAndRemoveDeletes)
{
    Step s = newStep("2024-03-11");
    pathways.addStep(s);
    const RecordIdentity created = s.record;

    clock.setToday(d("2026-12-02"));
    s.end = d("2024-03-29");
    s.operatorName = "Pôle formation";
    pathways.updateStep(s);
    auto stored = pathways.findStep(s.record.id);
    EXPECT_EQ(stored->record.uuid, created.uuid);
    EXPECT_EQ(stored->record.createdAt, created.createdAt);
    EXPECT_EQ(stored->record.updatedAt, "2026-12-02T09:00:00.000Z");
    EXPECT_EQ(stored->end, d("2024-03-29"));
    EXPECT_EQ(stored->operatorName, "Pôle formation");

    s.end = d("2024-03-01"); // before its start
    EXPECT_THROW(pathways.updateStep(s), RuleError);
    EXPECT_EQ(pathways.findStep(s.record.id)->end, d("2024-03-29"));

    pathways.removeStep(s.record.id);
    EXPECT_FALSE(pathways.findStep(s.record.id));
    EXPECT_THROW(pathways.removeStep(s.record.id), StoreError);
}

} // namespace
} // namespace parcours::test
