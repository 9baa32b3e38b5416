// The catalogue of opérateurs: counts and actions read from the steps, renaming and merging
// as one undoable action each, and the refusals.
#include "StoreFixture.h"
#include "changes/UndoChange.h"
#include "store/OperatorCatalogQuery.h"
#include "usecases/OperatorCases.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class OperatorCasesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Participant person = newPerson();
        Pathway pathway;
        pathway.entryDate = d("2026-01-05");
        createParticipant(db, clock, person, pathway, "Alice N'Diaye");
        pathwayId = pathway.record.id;
        addStepBy("Mission locale", "Atelier CV", StepType::Mobilisation, StepSubtype::None);
        addStepBy("Mission locale", "Atelier CV", StepType::Mobilisation, StepSubtype::None);
        addStepBy("Mission locale", "Permis B", StepType::Formation, StepSubtype::Permis);
        addStepBy("AFPA", "CAP cuisine", StepType::Formation, StepSubtype::Qualifiante);
        addStepBy("mission Locale", "Atelier entretien", StepType::Mobilisation, StepSubtype::None);
        addStepBy("", "Sans opérateur", StepType::Mobilisation, StepSubtype::None);
    }

    void addStepBy(const char* operatorName, const char* label, StepType type, StepSubtype subtype)
    {
        Step step;
        step.pathwayId = pathwayId;
        step.type = type;
        step.subtype = subtype;
        step.start = d("2026-02-01");
        step.operatorName = operatorName;
        step.label = label;
        addStep(db, clock, step);
    }

    const OperatorEntry& entry(const std::string& name)
    {
        catalog = loadOperatorCatalog(db);
        for (const OperatorEntry& e : catalog) {
            if (e.name == name)
                return e;
        }
        throw std::runtime_error("no opérateur " + name);
    }

    std::vector<std::string> names()
    {
        std::vector<std::string> result;
        for (const OperatorEntry& e : loadOperatorCatalog(db))
            result.push_back(e.name);
        return result;
    }

    int stepsOf(const std::string& name)
    {
        auto query = db.statement("SELECT count(*) FROM steps s JOIN operators o ON o.id = s.operator_id"
                                  " WHERE o.name = ?1");
        query->bind(1, name);
        query->executeStep();
        return query->getColumn(0).getInt();
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile file;
    Database db{file.path(), OpenMode::CreateIfMissing};
    RowId pathwayId = 0;
    std::vector<OperatorEntry> catalog;
};

} // namespace

TEST_F(OperatorCasesTest, TheCatalogueCountsStepsAndListsDistinctActionsByName)
{
    EXPECT_EQ(names(), (std::vector<std::string>{"AFPA", "Mission locale", "mission Locale"}));
    const OperatorEntry& ml = entry("Mission locale");
    EXPECT_EQ(ml.stepCount, 3);
    ASSERT_EQ(ml.actions.size(), 2u);
    EXPECT_EQ(ml.actions[0], (OperatorAction{"Atelier CV", StepType::Mobilisation, StepSubtype::None}));
    EXPECT_EQ(ml.actions[1], (OperatorAction{"Permis B", StepType::Formation, StepSubtype::Permis}));
    EXPECT_EQ(entry("AFPA").stepCount, 1);
}

TEST_F(OperatorCasesTest, MergeMovesExactlyTheStepsOfOneOperatorAndDeletesIt)
{
    const RowId from = entry("mission Locale").id;
    const RowId into = entry("Mission locale").id;
    const Change merged = mergeOperators(db, clock, from, into);

    EXPECT_EQ(names(), (std::vector<std::string>{"AFPA", "Mission locale"}));
    EXPECT_EQ(stepsOf("Mission locale"), 4);
    EXPECT_EQ(stepsOf("AFPA"), 1);
    EXPECT_EQ(rowCount(db, "steps"), 6);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM steps WHERE operator_id IS NULL").getInt(), 1);
    ASSERT_EQ(merged.operations.size(), 2u); // the step moved, then the opérateur deleted
    EXPECT_EQ(merged.operations[0].entity, "step");
    EXPECT_EQ(merged.operations[1].kind, OperationKind::Delete);
    EXPECT_EQ(entry("Mission locale").actions.size(), 3u);
}

TEST_F(OperatorCasesTest, UndoOfAMergeBringsTheOperatorAndItsStepsBack)
{
    const RowId from = entry("mission Locale").id;
    const Change merged = mergeOperators(db, clock, from, entry("Mission locale").id);
    undoChange(db, clock, merged);

    EXPECT_EQ(names(), (std::vector<std::string>{"AFPA", "Mission locale", "mission Locale"}));
    EXPECT_EQ(stepsOf("mission Locale"), 1);
    EXPECT_EQ(stepsOf("Mission locale"), 3);
    EXPECT_EQ(db.sql().execAndGet("SELECT s.label FROM steps s JOIN operators o ON o.id = s.operator_id"
                                  " WHERE o.name = 'mission Locale'")
                  .getString(),
              "Atelier entretien");
}

TEST_F(OperatorCasesTest, RenameChangesTheNameTheStepsShowAndIsUndone)
{
    const RowId afpa = entry("AFPA").id;
    const Change renamed = renameOperator(db, clock, afpa, "  AFPA Grand Est ");
    ASSERT_EQ(renamed.operations.size(), 1u);
    EXPECT_EQ(stepsOf("AFPA Grand Est"), 1);
    undoChange(db, clock, renamed);
    EXPECT_EQ(stepsOf("AFPA"), 1);
    EXPECT_EQ(names(), (std::vector<std::string>{"AFPA", "Mission locale", "mission Locale"}));
}

TEST_F(OperatorCasesTest, RenameRefusesAnEmptyNameOrOneAnotherOperatorHas)
{
    const RowId afpa = entry("AFPA").id;
    try {
        renameOperator(db, clock, afpa, "   ");
        FAIL() << "an empty name was accepted";
    } catch (const RuleError& error) {
        EXPECT_TRUE(contains(messageOf(error.violations(), "operator"), "vide"));
    }
    try {
        renameOperator(db, clock, afpa, "MISSION LOCALE");
        FAIL() << "another opérateur's name was accepted";
    } catch (const RuleError& error) {
        EXPECT_TRUE(contains(messageOf(error.violations(), "operator"), "fusionnez"));
    }
    EXPECT_EQ(stepsOf("AFPA"), 1);
    // Its own name in other letters is not another's.
    renameOperator(db, clock, afpa, "Afpa");
    EXPECT_EQ(stepsOf("Afpa"), 1);
}

TEST_F(OperatorCasesTest, MergeRefusesTheSameOperatorOrAnUnknownOne)
{
    const RowId afpa = entry("AFPA").id;
    EXPECT_THROW(mergeOperators(db, clock, afpa, afpa), RuleError);
    EXPECT_THROW(mergeOperators(db, clock, afpa, 9999), RuleError);
    EXPECT_EQ(stepsOf("AFPA"), 1);
    EXPECT_EQ(names().size(), 3u);
}
