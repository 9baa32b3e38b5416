// The turns of a pathway as use cases: hold and resume, hire, six-month validation, broken
// contract, exit, situation at entry, planned actions; each undone and redone; the yearly
// consolidation counts them as its spec says.
#include "StoreFixture.h"
#include "changes/UndoChange.h"
#include "consolidation/Consolidation.h"
#include "store/PathwayRepository.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"
#include "usecases/PathwayTurnCases.h"
#include "usecases/PlannedActionCases.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class PathwayTurnsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db.journal().setAuthor("Alice N'Diaye");
        Participant person = newPerson();
        Pathway pathway;
        pathway.entryDate = d("2023-03-01");
        createParticipant(db, clock, person, pathway, "Alice N'Diaye");
        pathwayId = pathway.record.id;
    }

    Pathway stored() { return *PathwayRepository(db, clock).find(pathwayId); }

    static Hire hireOn(const char* date)
    {
        Hire hire;
        hire.hireDate = d(date);
        hire.contract = ContractType::Cdd6mPlus;
        hire.employer = EmployerCategory::Association;
        hire.nafSection = 'Q';
        hire.employerName = "Les Jardins de Cocagne";
        hire.employerContact = "Mme Roux, 02 99 00 11 22";
        return hire;
    }

    FixedClock clock{d("2023-09-15")};
    TempDatabaseFile file;
    Database db{file.path(), OpenMode::CreateIfMissing};
    RowId pathwayId = 0;
};

std::string firstMessage(const std::function<void()>& action)
{
    try {
        action();
    } catch (const RuleError& error) {
        return error.violations().front().message;
    }
    return "(accepté)";
}

} // namespace

TEST_F(PathwayTurnsTest, HireThenCheckInsThenTheValidatedExitDatedOnTheSixMonthDate)
{
    recordHire(db, clock, pathwayId, hireOn("2023-08-31"));
    EXPECT_EQ(stored().statusOn(d("2023-09-15")), PathwayStatus::InFollowUp);
    EXPECT_EQ(stored().currentHire->employerName, "Les Jardins de Cocagne");
    Contact checkIn;
    checkIn.pathwayId = pathwayId;
    checkIn.date = d("2023-09-15");
    checkIn.mode = ContactMode::Telephone;
    logContact(db, clock, checkIn);

    EXPECT_EQ(firstMessage([&] { validateSustainedJob(db, clock, pathwayId); }),
              "Les six mois de l'embauche du 31/08/2023 ne sont atteints que le 29/02/2024.");
    clock.setToday(d("2024-03-12")); // the click comes later: the exit keeps the six-month date
    validateSustainedJob(db, clock, pathwayId);

    const Pathway p = stored();
    ASSERT_TRUE(p.exit);
    EXPECT_EQ(p.exit->date, d("2024-02-29"));
    EXPECT_EQ(p.exit->reason, ExitReason::EmploiDurable);
    EXPECT_EQ(p.statusOn(d("2024-03-12")), PathwayStatus::Exited);
}

TEST_F(PathwayTurnsTest, ABrokenContractMovesTheHireToTheEarlierOnesAndThePathwayGoesOn)
{
    recordHire(db, clock, pathwayId, hireOn("2023-08-31"));
    recordBrokenContract(db, clock, pathwayId, d("2023-09-10"), "Fin de période d'essai");

    Pathway p = stored();
    EXPECT_FALSE(p.currentHire);
    ASSERT_EQ(p.earlierHires.size(), 1u);
    EXPECT_EQ(p.earlierHires[0].endDate, d("2023-09-10"));
    EXPECT_EQ(p.earlierHires[0].endReason, "Fin de période d'essai");
    EXPECT_EQ(p.statusOn(d("2023-09-15")), PathwayStatus::Active);
    EXPECT_FALSE(p.exit);
    EXPECT_EQ(firstMessage([&] { validateSustainedJob(db, clock, pathwayId); }),
              "Aucune embauche n'est en suivi : l'emploi durable se valide six mois après une embauche.");

    recordHire(db, clock, pathwayId, hireOn("2023-09-14")); // a new job: a new follow-up
    EXPECT_EQ(stored().currentHire->hireDate, d("2023-09-14"));
    EXPECT_EQ(stored().earlierHires.size(), 1u);
}

TEST_F(PathwayTurnsTest, HoldAndResumeWithTheirRefusals)
{
    putOnHold(db, clock, pathwayId, d("2023-06-01"), "Santé");
    EXPECT_EQ(stored().statusOn(d("2023-07-01")), PathwayStatus::OnHold);
    EXPECT_EQ(firstMessage([&] { putOnHold(db, clock, pathwayId, d("2023-07-01"), ""); }),
              "Le parcours est déjà en veille depuis le 01/06/2023.");
    EXPECT_EQ(firstMessage([&] { resumePathway(db, clock, pathwayId, d("2023-05-31")); }),
              "La reprise du 31/05/2023 précède la mise en veille du 01/06/2023.");
    resumePathway(db, clock, pathwayId, d("2023-07-10"));
    const Pathway p = stored();
    ASSERT_EQ(p.holds.size(), 1u);
    EXPECT_EQ(p.holds[0].end, d("2023-07-10"));
    EXPECT_EQ(p.holds[0].reason, "Santé");
    EXPECT_EQ(p.statusOn(d("2023-07-11")), PathwayStatus::Active);

    recordHire(db, clock, pathwayId, hireOn("2023-08-31"));
    EXPECT_EQ(firstMessage([&] { putOnHold(db, clock, pathwayId, d("2023-09-01"), ""); }),
              "Le parcours est en emploi, en suivi de six mois : il ne se met pas en veille.");
}

TEST_F(PathwayTurnsTest, AHireEndsAnOpenHoldTheDayBefore)
{
    putOnHold(db, clock, pathwayId, d("2023-06-01"), "");
    recordHire(db, clock, pathwayId, hireOn("2023-08-31"));
    EXPECT_EQ(stored().holds.at(0).end, d("2023-08-30"));
}

TEST_F(PathwayTurnsTest, ExitForAReasonButNeverEmploiDurableAndNothingAfterIt)
{
    EXPECT_EQ(firstMessage([&] { exitPathway(db, clock, pathwayId, d("2023-09-01"), ExitReason::EmploiDurable); }),
              "La sortie en emploi durable se valide au terme des six mois de suivi de l'embauche.");
    exitPathway(db, clock, pathwayId, d("2023-09-01"), ExitReason::Demenagement);
    EXPECT_EQ(stored().exit->reason, ExitReason::Demenagement);
    EXPECT_EQ(firstMessage([&] { putOnHold(db, clock, pathwayId, d("2023-09-10"), ""); }),
              "Le parcours est clos depuis le 01/09/2023 : la mise en veille n'est plus possible.");
}

TEST_F(PathwayTurnsTest, TheSituationAtEntryIsEditable)
{
    SituationAtEntry situation;
    situation.education = EducationLevel::L3;
    situation.rsa = true;
    situation.rqth = true;
    editSituationAtEntry(db, clock, pathwayId, situation);
    EXPECT_EQ(stored().situation.education, EducationLevel::L3);
    EXPECT_TRUE(stored().situation.rsa);
    EXPECT_FALSE(stored().situation.deld);
}

TEST_F(PathwayTurnsTest, EachTurnIsUndoneAndRedone)
{
    const Pathway before = stored();
    const std::vector<std::function<Change()>> turns{
        [&] { return putOnHold(db, clock, pathwayId, d("2023-06-01"), "Santé"); },
        [&] { return resumePathway(db, clock, pathwayId, d("2023-07-01")); },
        [&] { return recordHire(db, clock, pathwayId, hireOn("2023-08-31")); },
        [&] { return recordBrokenContract(db, clock, pathwayId, d("2023-09-05"), "Rupture"); },
        [&] { return exitPathway(db, clock, pathwayId, d("2023-09-10"), ExitReason::Abandon); },
    };
    for (const auto& apply : turns) {
        const Pathway previous = stored();
        const Change change = apply();
        ASSERT_FALSE(change.empty());
        const Pathway after = stored();
        undoChange(db, clock, change);
        EXPECT_EQ(stored().holds.size(), previous.holds.size());
        EXPECT_EQ(stored().earlierHires.size(), previous.earlierHires.size());
        EXPECT_EQ(stored().currentHire.has_value(), previous.currentHire.has_value());
        EXPECT_EQ(stored().exit.has_value(), previous.exit.has_value());
        redoChange(db, clock, change);
        EXPECT_EQ(stored().holds.size(), after.holds.size());
        EXPECT_EQ(stored().statusOn(clock.today()), after.statusOn(clock.today()));
    }
    EXPECT_EQ(stored().exit->reason, ExitReason::Abandon);
    EXPECT_FALSE(before.exit);
}

TEST_F(PathwayTurnsTest, APlannedActionDoneThenDeletedAndAFutureContactRefused)
{
    PlannedAction action;
    action.pathwayId = pathwayId;
    action.date = d("2023-09-22");
    action.kind = ActionKind::RendezVous;
    action.note = "Bilan à mi-parcours";
    planAction(db, clock, action);
    ASSERT_GT(action.record.id, 0);
    EXPECT_EQ(db.sql().execAndGet("SELECT done FROM actions").getInt(), 0);
    const Change done = setPlannedActionDone(db, clock, action.record.id, true);
    EXPECT_EQ(db.sql().execAndGet("SELECT done FROM actions").getInt(), 1);
    undoChange(db, clock, done);
    EXPECT_EQ(db.sql().execAndGet("SELECT done FROM actions").getInt(), 0);
    deletePlannedAction(db, clock, action.record.id);
    EXPECT_EQ(rowCount(db, "actions"), 0);

    action.date = d("2023-02-28");
    EXPECT_EQ(firstMessage([&] { planAction(db, clock, action); }),
              "L'action prévue du 28/02/2023 précède l'entrée en parcours du 01/03/2023.");

    Contact future;
    future.pathwayId = pathwayId;
    future.date = d("2023-09-16");
    EXPECT_EQ(firstMessage([&] { logContact(db, clock, future); }),
              "L'entretien est daté du 16/09/2023, après aujourd'hui : un entretien à venir se note comme une "
              "action prévue.");
    EXPECT_EQ(rowCount(db, "contacts"), 0);
}

// A hire of 30 June validated at six months exits on 31 December, one of 1 July on 1 January:
// the first counts among the year's emploi durable exits, the second in the next year's.
TEST_F(PathwayTurnsTest, TheConsolidationCountsAValidationInTheYearOfItsSixMonthDate)
{
    recordHire(db, clock, pathwayId, hireOn("2023-06-30"));
    Participant other = newPerson();
    other.lastName = "Martin";
    Pathway second;
    second.entryDate = d("2023-03-01");
    createParticipant(db, clock, other, second, "Alice N'Diaye");
    recordHire(db, clock, second.record.id, hireOn("2023-07-01"));
    clock.setToday(d("2024-01-15"));
    validateSustainedJob(db, clock, pathwayId);
    validateSustainedJob(db, clock, second.record.id);

    const IndicatorTable y2023 = computeConsolidation(db, 2023).counts;
    const IndicatorTable y2024 = computeConsolidation(db, 2024).counts;
    EXPECT_EQ(y2023.count("exits.positive.emploi_durable"), 1);
    EXPECT_EQ(y2024.count("exits.positive.emploi_durable"), 1);
    EXPECT_EQ(y2023.count("exits.job.contract.cdd_6m_plus"), 1);
    EXPECT_EQ(y2023.count("exits.job.naf.Q"), 1);
}
