// The coordinator's validation of entries: off by default, an entry recorded while it is on
// waits, then is validated or refused with a reason; each decision undone; the rules and the
// integrity check hold the states to their meaning.
#include "StoreFixture.h"
#include "changes/UndoChange.h"
#include "store/EntryValidationQuery.h"
#include "store/IntegrityCheck.h"
#include "store/PathwayRepository.h"
#include "store/PlieSettingsRepository.h"
#include "usecases/EntryValidationCases.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PlieCases.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class EntryValidationTest : public ::testing::Test {
protected:
    RowId enter(const char* lastName, const char* entry)
    {
        Participant person = newPerson(lastName);
        Pathway pathway;
        pathway.entryDate = d(entry);
        createParticipant(db, clock, person, pathway, "Alice N'Diaye");
        return pathway.record.id;
    }

    Pathway stored(RowId pathwayId) { return *PathwayRepository(db, clock).find(pathwayId); }

    std::vector<std::string> waiting(bool withRefused = false)
    {
        std::vector<std::string> names;
        for (const EntryToValidate& e : loadEntriesToValidate(db, withRefused))
            names.push_back(e.lastName);
        return names;
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile file;
    Database db{file.path(), OpenMode::CreateIfMissing};
};

} // namespace

TEST_F(EntryValidationTest, OffByDefaultNothingWaits)
{
    EXPECT_FALSE(PlieSettingsRepository(db).get().entriesNeedValidation);
    const RowId pathway = enter("Martin", "2026-11-02");
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::None);
    EXPECT_TRUE(waiting().empty());
    EXPECT_THROW(validateEntry(db, clock, pathway), RuleError);
    EXPECT_THROW(refuseEntry(db, clock, pathway, "Hors territoire"), RuleError);
}

TEST_F(EntryValidationTest, OnANewParticipantAndAReturningOneWaitWithTheirReferent)
{
    setEntriesNeedValidation(db, clock, true);
    const RowId martin = enter("Martin", "2026-11-02");
    const RowId durand = enter("Durand", "2026-10-15");
    Pathway again;
    again.participantId = stored(martin).participantId;
    again.referentId = stored(martin).referentId;
    again.entryDate = d("2026-11-20");
    // A new pathway for Martin overlaps the open one: close it first.
    Pathway first = stored(martin);
    first.exit = PathwayExit{d("2026-11-10"), ExitReason::Abandon};
    editPathway(db, clock, first);
    openPathway(db, clock, again);

    EXPECT_EQ(stored(again.record.id).entryValidation, EntryValidation::Pending);
    EXPECT_EQ(waiting(), (std::vector<std::string>{"Durand", "Martin", "Martin"})); // by entry date
    const std::vector<EntryToValidate> entries = loadEntriesToValidate(db);
    EXPECT_EQ(entries[0].referentName, "Alice N'Diaye");
    EXPECT_EQ(entries[0].entryDate, d("2026-10-15"));
    EXPECT_EQ(entries[0].pathwayId, durand);
}

TEST_F(EntryValidationTest, ValidatingEndsTheWaitAndIsUndone)
{
    setEntriesNeedValidation(db, clock, true);
    const RowId pathway = enter("Martin", "2026-11-02");
    const Change validated = validateEntry(db, clock, pathway);
    ASSERT_EQ(validated.operations.size(), 1u);
    EXPECT_EQ(validated.operations[0].data, (nlohmann::json{{"entry_validation", ""}}));
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::None);
    EXPECT_TRUE(waiting().empty());
    EXPECT_THROW(validateEntry(db, clock, pathway), RuleError); // nothing left to validate

    undoChange(db, clock, validated);
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::Pending);
    EXPECT_EQ(waiting(), std::vector<std::string>{"Martin"});
}

TEST_F(EntryValidationTest, ARefusalNeedsAReasonAndKeepsIt)
{
    setEntriesNeedValidation(db, clock, true);
    const RowId pathway = enter("Martin", "2026-11-02");
    try {
        refuseEntry(db, clock, pathway, "   ");
        FAIL() << "a refusal without a reason was accepted";
    } catch (const RuleError& error) {
        EXPECT_TRUE(contains(messageOf(error.violations(), "entry_validation_note"), "motif"));
    }
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::Pending);

    const Change refused = refuseEntry(db, clock, pathway, " Hors du territoire du PLIE ");
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::Refused);
    EXPECT_EQ(stored(pathway).entryValidationNote, "Hors du territoire du PLIE");
    EXPECT_TRUE(waiting().empty());
    EXPECT_EQ(waiting(true), std::vector<std::string>{"Martin"});

    undoChange(db, clock, refused);
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::Pending);
    EXPECT_EQ(stored(pathway).entryValidationNote, "");

    redoChange(db, clock, refused);
    validateEntry(db, clock, pathway); // the coordinator changed their mind
    EXPECT_EQ(stored(pathway).entryValidation, EntryValidation::None);
    EXPECT_EQ(stored(pathway).entryValidationNote, "");
}

TEST_F(EntryValidationTest, TheSettingIsUndoneAndTurningItOffLeavesTheWaitingOnes)
{
    const Change on = setEntriesNeedValidation(db, clock, true);
    const RowId martin = enter("Martin", "2026-11-02");
    setEntriesNeedValidation(db, clock, false);
    const RowId durand = enter("Durand", "2026-11-03");
    EXPECT_EQ(stored(martin).entryValidation, EntryValidation::Pending);
    EXPECT_EQ(stored(durand).entryValidation, EntryValidation::None);

    setEntriesNeedValidation(db, clock, true);
    EXPECT_TRUE(PlieSettingsRepository(db).get().entriesNeedValidation);
    const Change off = setEntriesNeedValidation(db, clock, false);
    undoChange(db, clock, off);
    EXPECT_TRUE(PlieSettingsRepository(db).get().entriesNeedValidation);
    EXPECT_FALSE(on.empty());
}

TEST_F(EntryValidationTest, TheIntegrityCheckRefusesARefusalWithoutReasonOrAReasonWithoutRefusal)
{
    setEntriesNeedValidation(db, clock, true);
    const RowId pathway = enter("Martin", "2026-11-02");
    EXPECT_TRUE(checkDatabase(file.path()).problems.empty());

    db.sql().exec("UPDATE pathways SET entry_validation = 'refusee' WHERE id = " + std::to_string(pathway));
    IntegrityReport report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_TRUE(contains(report.problems[0], "motif"));

    db.sql().exec("UPDATE pathways SET entry_validation = '', entry_validation_note = 'Hors territoire'");
    report = checkDatabase(file.path());
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_TRUE(contains(report.problems[0], "refusée"));
}
