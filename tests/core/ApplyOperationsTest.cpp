// The rules of `apply` one by one (changes.md): skip, apply, conflict kept, file refused whole.
#include "StoreFixture.h"
#include "changes/ApplyOperations.h"
#include "changes/ChangesFile.h"
#include "changes/OperationJson.h"
#include "store/OperationLog.h"
#include "store/RowStore.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

#include <fstream>

using namespace parcours;
using namespace parcours::test;

namespace {

// Two databases: `here` receives what was done `there`, which started as a copy of it.
class ApplyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        there.journal().setAuthor("Alice N'Diaye");
        Participant person = newPerson();
        person.phone = "0601020304";
        Pathway pathway;
        pathway.entryDate = d("2026-10-01");
        createParticipant(there, clock, person, pathway, "Alice N'Diaye");
        personId = person.record.id;
        pathwayId = pathway.record.id;
        personUuid = person.record.uuid;
        applyOperations(here, operationsOf(there));
    }

    static std::vector<Operation> operationsOf(Database& db, std::int64_t after = 0)
    {
        std::vector<Operation> result;
        forEachOperation(db, after, [&](const Operation& o) { result.push_back(o); });
        return result;
    }
    static std::int64_t lastSeq(Database& db) { return operationsOf(db).back().seq; }

    // Sets the person's phone through the use case, in `db`.
    void setPhone(Database& db, const std::string& phone)
    {
        Participant p = *ParticipantRepository(db, clock).find(db.sql().execAndGet(
            "SELECT id FROM participants WHERE uuid = '" + personUuid + "'").getInt64());
        p.phone = phone;
        editIdentity(db, clock, p);
    }
    std::string phoneIn(Database& db)
    {
        return db.sql().execAndGet("SELECT phone FROM participants WHERE uuid = '" + personUuid + "'").getString();
    }

    FixedClock clock{d("2026-11-27")};
    Database there{":memory:", OpenMode::CreateIfMissing};
    Database here{":memory:", OpenMode::CreateIfMissing};
    RowId personId = 0;
    RowId pathwayId = 0;
    std::string personUuid;
};

} // namespace

TEST_F(ApplyTest, AnOperationAlreadyAppliedIsSkipped)
{
    const ApplyReport again = applyOperations(here, operationsOf(there));
    EXPECT_EQ(again.applied, 0u);
    EXPECT_EQ(again.skipped, operationsOf(there).size());
    EXPECT_EQ(operationCount(here), operationCount(there));
}

TEST_F(ApplyTest, APatchWhoseBeforeHoldsIsAppliedAndRecordedAsItCame)
{
    const std::int64_t mark = lastSeq(there);
    setPhone(there, "0700000000");
    const std::vector<Operation> patch = operationsOf(there, mark);
    ASSERT_EQ(patch.size(), 1u);
    const ApplyReport report = applyOperations(here, patch);
    EXPECT_EQ(report.applied, 1u);
    EXPECT_EQ(phoneIn(here), "0700000000");
    const Operation recorded = operationsOf(here).back();
    EXPECT_EQ(recorded.op, patch[0].op);
    EXPECT_EQ(recorded.author, "Alice N'Diaye");
    EXPECT_EQ(recorded.file, personUuid);
}

TEST_F(ApplyTest, APatchAlreadyThereIsSkipped)
{
    const std::int64_t mark = lastSeq(there);
    setPhone(there, "0700000000");
    setPhone(here, "0700000000");
    const ApplyReport report = applyOperations(here, operationsOf(there, mark));
    EXPECT_EQ(report.applied, 0u);
    EXPECT_EQ(report.skipped, 1u);
    EXPECT_TRUE(report.conflicts.empty());
}

TEST_F(ApplyTest, AConflictingPatchIsListedKeptAndNotApplied)
{
    const std::int64_t mark = lastSeq(there);
    setPhone(there, "0700000000");
    setPhone(here, "0799999999");
    const ApplyReport report = applyOperations(here, operationsOf(there, mark));
    EXPECT_EQ(report.applied, 0u);
    ASSERT_EQ(report.conflicts.size(), 1u);
    const Conflict& c = report.conflicts[0];
    EXPECT_EQ(c.entity, "participant");
    EXPECT_EQ(c.id, personUuid);
    EXPECT_EQ(c.field, "phone");
    EXPECT_EQ(c.here, "0799999999");
    EXPECT_EQ(c.theirs, "0700000000");
    EXPECT_EQ(phoneIn(here), "0799999999");
    EXPECT_TRUE(contains(describeConflict(c), "champ phone"));
    // Kept for a person to settle, and not taken for applied.
    ASSERT_EQ(unsettledConflicts(here).size(), 1u);
    EXPECT_FALSE(hasOperation(here, c.op));
    settleConflicts(here, clock, c.op);
    EXPECT_TRUE(unsettledConflicts(here).empty());
}

TEST_F(ApplyTest, APutOfOtherValuesIsAConflict)
{
    Operation put;
    for (const Operation& o : operationsOf(there)) {
        if (o.entity == "participant")
            put = o;
    }
    ASSERT_EQ(put.kind, OperationKind::Put);
    put.op = newUuid();
    put.data["city"] = "Rennes";
    const ApplyReport report = applyOperations(here, {put});
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].field, "city");
}

TEST_F(ApplyTest, ADeleteOfARowGoneIsSkippedAndOfAChangedRowIsAConflict)
{
    const std::int64_t mark = lastSeq(there);
    deleteParticipant(there, clock, personId);
    const std::vector<Operation> deletes = operationsOf(there, mark);
    ASSERT_EQ(deletes.size(), 2u); // the pathway, then the person
    // Changed here meanwhile: the person is not deleted, the pathway is.
    setPhone(here, "0799999999");
    const ApplyReport report = applyOperations(here, deletes);
    EXPECT_EQ(report.applied, 1u);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].entity, "participant");
    EXPECT_EQ(rowCount(here, "participants"), 1);
    EXPECT_EQ(rowCount(here, "pathways"), 0);
}

TEST_F(ApplyTest, ADeleteOfARowThatRowsHereDependOnIsAConflict)
{
    // There, the pathway is deleted (a tombstone); here, a contact was logged on it meanwhile.
    const std::int64_t mark = lastSeq(there);
    Contact contact;
    contact.pathwayId = here.sql().execAndGet("SELECT id FROM pathways").getInt64();
    contact.date = d("2026-11-20");
    logContact(here, clock, contact);
    deleteParticipant(there, clock, personId);
    const ApplyReport report = applyOperations(here, operationsOf(there, mark));
    EXPECT_EQ(report.applied, 0u);
    ASSERT_GE(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].entity, "pathway");
    EXPECT_EQ(rowCount(here, "pathways"), 1);
    EXPECT_EQ(rowCount(here, "contacts"), 1);
}

TEST_F(ApplyTest, AnOperationTheRulesRefuseRefusesTheWholeFile)
{
    const std::int64_t mark = lastSeq(there);
    setPhone(there, "0700000000");
    std::vector<Operation> operations = operationsOf(there, mark);
    // A contact dated before its pathway's entry.
    Operation contact;
    contact.op = newUuid();
    contact.change = contact.op;
    contact.at = "2026-11-27T10:00:00.000Z";
    contact.author = "Alice N'Diaye";
    contact.entity = "contact";
    contact.id = newUuid();
    contact.kind = OperationKind::Put;
    contact.data = {{"pathway", here.sql().execAndGet("SELECT uuid FROM pathways").getString()},
                    {"date", "2020-01-01"},
                    {"mode", "telephone"},
                    {"note", ""}};
    operations.push_back(contact);
    const std::int64_t before = operationCount(here);
    EXPECT_THROW(applyOperations(here, operations), ChangesRefused);
    EXPECT_EQ(operationCount(here), before);
    EXPECT_EQ(phoneIn(here), "0601020304");
    EXPECT_EQ(rowCount(here, "contacts"), 0);
}

TEST_F(ApplyTest, APlannedActionDatedBeforeItsPathwaysEntryRefusesTheWholeFile)
{
    const std::int64_t mark = lastSeq(there);
    setPhone(there, "0700000000");
    std::vector<Operation> operations = operationsOf(there, mark);
    Operation action;
    action.op = newUuid();
    action.change = action.op;
    action.at = "2026-11-27T10:00:00.000Z";
    action.author = "Alice N'Diaye";
    action.entity = "action";
    action.id = newUuid();
    action.kind = OperationKind::Put;
    action.data = {{"pathway", here.sql().execAndGet("SELECT uuid FROM pathways").getString()},
                   {"date", "2026-09-30"}, // the day before the entry of 2026-10-01
                   {"kind", "appel"},
                   {"note", ""},
                   {"done", 0}};
    operations.push_back(action);
    const std::int64_t before = operationCount(here);
    try {
        applyOperations(here, operations);
        FAIL() << "refused expected";
    } catch (const ChangesRefused& e) {
        ASSERT_FALSE(e.problems().empty());
        EXPECT_TRUE(contains(e.problems()[0], "précède l'entrée en parcours du 01/10/2026"));
    }
    EXPECT_EQ(operationCount(here), before);
    EXPECT_EQ(phoneIn(here), "0601020304");
    EXPECT_EQ(rowCount(here, "actions"), 0);

    // Dated on the entry day, the same action is applied with the rest.
    operations.back().data["date"] = "2026-10-01";
    const ApplyReport report = applyOperations(here, operations);
    EXPECT_EQ(report.applied, 2u);
    EXPECT_EQ(rowCount(here, "actions"), 1);
}

TEST(ChangesFile, ABrokenFileIsRefusedWholeNamingItsLines)
{
    TempDatabaseFile file(".jsonl");
    const std::string good = R"({"op":"7c1e2f9a-1b2c-4d5e-8f90-123456789abc","at":"2026-12-01T09:14:03.512Z","author":"A","entity":"referent","id":"0c1e2f9a-1b2c-4d5e-8f90-123456789abc","kind":"put","data":{"name":"Claire"}})";
    std::ofstream(file.path()) << good << "\n"
                               << "pas du json\n"
                               << R"({"op":"8c1e2f9a-1b2c-4d5e-8f90-123456789abc","at":"2026-12-01T09:14:03.512Z","author":"A","entity":"dragon","id":"0c1e2f9a-1b2c-4d5e-8f90-123456789abc","kind":"put","data":{}})"
                               << "\n"
                               << R"({"op":"9c1e2f9a-1b2c-4d5e-8f90-123456789abc","at":"2026-12-01T09:14:03.512Z","author":"A","entity":"referent","id":"0c1e2f9a-1b2c-4d5e-8f90-123456789abc","kind":"patch","data":{"colour":"red"},"before":{"colour":"blue"}})"
                               << "\n";
    try {
        readChangesFile(file.path());
        FAIL() << "refused expected";
    } catch (const ChangesRefused& e) {
        ASSERT_EQ(e.problems().size(), 4u); // the unknown field in "data" and in "before"
        EXPECT_TRUE(contains(e.problems()[0], ":2 : ce n'est pas un objet JSON valide"));
        EXPECT_TRUE(contains(e.problems()[1], ":3 : entité inconnue « dragon »"));
        EXPECT_TRUE(contains(e.problems()[2], ":4 : champ inconnu « colour »"));
    }
}

TEST(OperationJson, AValueOfTheWrongKindIsRefused)
{
    const nlohmann::json put = {{"op", "7c1e2f9a-1b2c-4d5e-8f90-123456789abc"},
                                {"at", "2026-12-01T09:14:03.512Z"},
                                {"author", "A"},
                                {"entity", "contact"},
                                {"id", "0c1e2f9a-1b2c-4d5e-8f90-123456789abc"},
                                {"kind", "put"},
                                {"data",
                                 {{"pathway", "1c1e2f9a-1b2c-4d5e-8f90-123456789abc"},
                                  {"date", "2026-02-30"},
                                  {"mode", "pigeon"},
                                  {"note", ""}}}};
    const ParsedOperation parsed = parseOperation(put);
    ASSERT_EQ(parsed.problems.size(), 2u);
    EXPECT_TRUE(contains(parsed.problems[0], "date"));
    EXPECT_TRUE(contains(parsed.problems[1], "mode"));
    // The same with valid values is accepted, and written back the same.
    nlohmann::json valid = put;
    valid["data"]["date"] = "2026-02-28";
    valid["data"]["mode"] = "telephone";
    const ParsedOperation ok = parseOperation(valid);
    EXPECT_TRUE(ok.problems.empty());
    nlohmann::json back = toJson(ok.operation);
    back.erase("change");
    EXPECT_EQ(back, valid);
}
