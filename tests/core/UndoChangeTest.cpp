// Undo and redo as operations: taken back whole or not at all.
#include "StoreFixture.h"
#include "changes/UndoChange.h"
#include "store/ContactRepository.h"
#include "store/OperationLog.h"
#include "store/StoreError.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class UndoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db.journal().setAuthor("Alice N'Diaye");
        Participant person = newPerson();
        Pathway pathway;
        pathway.entryDate = d("2026-10-01");
        createParticipant(db, clock, person, pathway, "Alice N'Diaye");
        personId = person.record.id;
        pathwayId = pathway.record.id;
    }

    Contact newContact(const char* note)
    {
        Contact c;
        c.pathwayId = pathwayId;
        c.date = d("2026-11-20");
        c.mode = ContactMode::Telephone;
        c.note = note;
        return c;
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile file;
    Database db{file.path(), OpenMode::CreateIfMissing};
    RowId personId = 0;
    RowId pathwayId = 0;
};

} // namespace

TEST_F(UndoTest, UndoOfALoggedContactDeletesItAndRedoPutsTheSameRowBack)
{
    Contact contact = newContact("Appel");
    const Change logged = logContact(db, clock, contact);
    ASSERT_EQ(logged.operations.size(), 1u);
    const Change undone = undoChange(db, clock, logged);
    ASSERT_EQ(undone.operations.size(), 1u);
    EXPECT_EQ(undone.operations[0].kind, OperationKind::Delete);
    EXPECT_EQ(rowCount(db, "contacts"), 0);
    redoChange(db, clock, logged);
    EXPECT_EQ(db.sql().execAndGet("SELECT uuid FROM contacts").getString(), contact.record.uuid);
    EXPECT_EQ(db.sql().execAndGet("SELECT note FROM contacts").getString(), "Appel");
}

TEST_F(UndoTest, UndoOfAnEditPutsTheFieldsBack)
{
    Contact contact = newContact("Appel");
    logContact(db, clock, contact);
    contact.note = "Appel, rappeler lundi";
    const Change edited = editContact(db, clock, contact);
    undoChange(db, clock, edited);
    EXPECT_EQ(db.sql().execAndGet("SELECT note FROM contacts").getString(), "Appel");
}

TEST_F(UndoTest, UndoIsRefusedWhenTheRowChangedSinceAndNothingIsWritten)
{
    Contact contact = newContact("Appel");
    const Change logged = logContact(db, clock, contact);
    contact.note = "Changé depuis";
    editContact(db, clock, contact);
    const std::int64_t operations = operationCount(db);
    EXPECT_THROW(undoChange(db, clock, logged), ChangeRefused);
    EXPECT_EQ(rowCount(db, "contacts"), 1);
    EXPECT_EQ(operationCount(db), operations);
}

TEST_F(UndoTest, UndoOfAPathwayThatRowsNowHangFromIsRefusedInWords)
{
    Participant other = newPerson("Autre", "Personne", "1980-01-01");
    Pathway pathway;
    pathway.entryDate = d("2026-10-01");
    const Change created = createParticipant(db, clock, other, pathway, "Alice N'Diaye");
    Contact contact = newContact("Appel");
    contact.pathwayId = pathway.record.id;
    logContact(db, clock, contact);
    try {
        undoChange(db, clock, created);
        FAIL() << "refused expected";
    } catch (const ChangeRefused& e) {
        EXPECT_TRUE(contains(e.what(), "dépendent maintenant de cette fiche"));
    }
    EXPECT_EQ(rowCount(db, "participants"), 2);
    EXPECT_EQ(rowCount(db, "contacts"), 1);
}

TEST_F(UndoTest, UndoIsRefusedWhileAnotherProgramHoldsTheWriteLock)
{
    Contact contact = newContact("Appel");
    const Change logged = logContact(db, clock, contact);
    const std::int64_t operations = operationCount(db);
    {
        Database other(file.path(), OpenMode::ExistingOnly);
        other.sql().exec("BEGIN IMMEDIATE");
        db.sql().setBusyTimeout(100);
        EXPECT_THROW(undoChange(db, clock, logged), StoreError);
        other.sql().exec("ROLLBACK");
    }
    EXPECT_EQ(rowCount(db, "contacts"), 1);
    EXPECT_EQ(operationCount(db), operations);
    undoChange(db, clock, logged); // once free, it goes through
    EXPECT_EQ(rowCount(db, "contacts"), 0);
}

TEST_F(UndoTest, DeletingAParticipantIsUndoneRowByRow)
{
    Contact contact = newContact("Appel");
    logContact(db, clock, contact);
    Barrier barrier;
    barrier.pathwayId = pathwayId;
    barrier.category = BarrierCategory::Sante;
    barrier.identifiedDate = d("2026-10-02");
    addBarrier(db, clock, barrier);
    const Change deleted = deleteParticipant(db, clock, personId);
    ASSERT_EQ(deleted.operations.size(), 4u); // contact, barrier, pathway, person
    for (const Operation& o : deleted.operations)
        EXPECT_EQ(o.kind, OperationKind::Delete);
    EXPECT_EQ(rowCount(db, "participants"), 0);
    EXPECT_EQ(rowCount(db, "contacts"), 0);
    undoChange(db, clock, deleted);
    EXPECT_EQ(rowCount(db, "participants"), 1);
    EXPECT_EQ(rowCount(db, "pathways"), 1);
    EXPECT_EQ(rowCount(db, "contacts"), 1);
    EXPECT_EQ(rowCount(db, "barriers"), 1);
    EXPECT_EQ(db.sql().execAndGet("SELECT uuid FROM contacts").getString(), contact.record.uuid);
}

TEST_F(UndoTest, EveryUseCaseRecordsItsOperationsByItsAuthorInTheFile)
{
    const Participant person = *ParticipantRepository(db, clock).find(personId);
    const std::vector<Operation> history = operationsOfFile(db, person.record.uuid);
    ASSERT_EQ(history.size(), 2u); // the person, the pathway; the référent.e belongs to no file
    EXPECT_EQ(history[0].entity, "participant");
    EXPECT_EQ(history[1].entity, "pathway");
    EXPECT_EQ(history[0].change, history[1].change);
    for (const Operation& o : history) {
        EXPECT_EQ(o.author, "Alice N'Diaye");
        EXPECT_EQ(o.kind, OperationKind::Put);
        EXPECT_EQ(o.at, clock.nowUtc());
    }
    EXPECT_EQ(history[1].data.at("participant"), person.record.uuid);
}
