// `parcours-cli check`: a sound database passes; a row broken behind the application's back is named.
#include "StoreFixture.h"

#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/IntegrityCheck.h"
#include "store/StoreError.h"

namespace parcours::test {
namespace {

class IntegrityCheckTest : public ::testing::Test {
protected:
    TempDatabaseFile file;
    FixedClock clock{d("2026-11-27")};
    RowId pathwayId = 0;

    // A small sound database: one person, their pathway PAR-1 with a step, a barrier
    // and a contact; `damage` then runs raw SQL on it, behind the repositories' back.
    void build(const std::string& damage = {})
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        ParticipantRepository participants(db, clock);
        PathwayRepository pathways(db, clock);
        Participant p = newPerson("Garnier", "Chloé", "1992-02-29");
        p.record.externalId = "P-1";
        participants.add(p);
        Pathway pathway;
        pathway.record.externalId = "PAR-1";
        pathway.participantId = p.record.id;
        pathway.referentId = ReferentRepository(db, clock).findOrCreate("Claire Dubois").record.id;
        pathway.entryDate = d("2024-03-04");
        pathway.holds.push_back(Hold{{}, d("2024-05-01"), d("2024-05-31"), ""});
        pathways.add(pathway);
        pathwayId = pathway.record.id;
        Step step;
        step.record.externalId = "ET-1";
        step.pathwayId = pathwayId;
        step.start = d("2024-03-11");
        pathways.addStep(step);
        Barrier barrier;
        barrier.pathwayId = pathwayId;
        barrier.identifiedDate = d("2024-03-04");
        BarrierRepository(db, clock).add(barrier);
        Contact contact;
        contact.pathwayId = pathwayId;
        contact.date = d("2024-03-04");
        ContactRepository(db, clock).add(contact);
        if (!damage.empty())
            db.sql().exec(damage);
    }

    std::string allProblems(const IntegrityReport& report)
    {
        std::string text;
        for (const std::string& problem : report.problems)
            text += problem + "\n";
        return text;
    }
};

TEST_F(IntegrityCheckTest, SoundDatabasePassesAndIsLeftUntouched)
{
    build();
    const std::string before = fileBytes(file.path());
    const IntegrityReport report = checkDatabase(file.path());
    EXPECT_TRUE(report.sound()) << allProblems(report);
    EXPECT_EQ(report.schemaVersion, Database::kSchemaVersion);
    EXPECT_EQ(fileBytes(file.path()), before);
}

TEST_F(IntegrityCheckTest, StepDatedBeforeItsPathwaysEntryIsNamed)
{
    build("INSERT INTO steps (uuid, external_id, pathway_id, type, start_date, created_at, updated_at) VALUES"
          " ('6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'ET-BAD', 1, 'formation', '2024-01-15', 'x', 'x')");
    const IntegrityReport report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u) << allProblems(report);
    EXPECT_TRUE(contains(report.problems[0], "Étape « ET-BAD » du parcours « PAR-1 »"));
    EXPECT_TRUE(contains(report.problems[0], "start_date"));
}

TEST_F(IntegrityCheckTest, OverlappingPathwaysAndABrokenHoldAreNamed)
{
    build("INSERT INTO pathways (uuid, external_id, participant_id, referent_id, entry_date, created_at, updated_at)"
          " VALUES ('0f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'PAR-2', 1, 1, '2025-01-06', 'x', 'x');"
          "INSERT INTO holds (uuid, pathway_id, start_date, created_at, updated_at)"
          " VALUES ('1f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 1, '2024-05-15', 'x', 'x');");
    const std::string problems = allProblems(checkDatabase(file.path()));
    EXPECT_TRUE(contains(problems, "Parcours « PAR-1 » : exit_date"));
    EXPECT_TRUE(contains(problems, "Parcours « PAR-2 » : exit_date"));
    EXPECT_TRUE(contains(problems, "chevauche la veille"));
}

TEST_F(IntegrityCheckTest, PlannedActionDatedBeforeItsPathwaysEntryIsNamed)
{
    build("INSERT INTO actions (uuid, external_id, pathway_id, action_date, kind, created_at, updated_at) VALUES"
          " ('3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'AC-BAD', 1, '2024-03-03', 'appel', 'x', 'x'),"
          " ('4f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'AC-OK', 1, '2024-03-04', 'rendez_vous', 'x', 'x')");
    const IntegrityReport report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u) << allProblems(report);
    EXPECT_TRUE(contains(report.problems[0], "Action prévue « AC-BAD » du parcours « PAR-1 » : date"));
    EXPECT_TRUE(contains(report.problems[0], "précède l'entrée en parcours du 04/03/2024"));
}

TEST_F(IntegrityCheckTest, PlannedActionOfAnUnknownKindIsReported)
{
    build("PRAGMA ignore_check_constraints = ON;"
          "INSERT INTO actions (uuid, external_id, pathway_id, action_date, kind, created_at, updated_at) VALUES"
          " ('3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 'AC-1', 1, '2024-06-03', 'pigeon', 'x', 'x');");
    const IntegrityReport report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u) << allProblems(report);
    EXPECT_TRUE(contains(report.problems[0], "« pigeon »"));
    EXPECT_TRUE(contains(report.problems[0], "kind"));
}

TEST_F(IntegrityCheckTest, RowPointingToAMissingPathwayIsReported)
{
    build("PRAGMA foreign_keys = OFF;"
          "INSERT INTO contacts (uuid, pathway_id, contact_date, mode, created_at, updated_at)"
          " VALUES ('2f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', 999, '2024-06-01', 'visio', 'x', 'x');");
    const IntegrityReport report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u) << allProblems(report);
    EXPECT_TRUE(contains(report.problems[0], "table « contacts »"));
    EXPECT_TRUE(contains(report.problems[0], "« pathways »"));
}

TEST_F(IntegrityCheckTest, MissingFileIsAStoreErrorAndIsNotCreated)
{
    EXPECT_THROW(checkDatabase(file.path()), StoreError);
    EXPECT_FALSE(std::filesystem::exists(file.path()));
}

TEST_F(IntegrityCheckTest, FileThatIsNotAParcoursDatabaseIsAStoreError)
{
    std::ofstream(file.path()) << "nom;prénom\nMartin;Léa\n";
    try {
        checkDatabase(file.path());
        FAIL() << "a text file is not a database";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), file.path().string()));
    }
}

} // namespace
} // namespace parcours::test
