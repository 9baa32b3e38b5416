// Schema 4: planned actions, the employer's name and contact on hires, the PLIE's days
// without a contact. An upgraded file keeps its history replayable: its puts recorded
// before schema 4 lack the new fields, which take their defaults.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "changes/ApplyOperations.h"
#include "changes/OperationJson.h"
#include "store/EntityTables.h"
#include "store/OperationLog.h"
#include "store/PlieSettingsRepository.h"
#include "store/RowStore.h"
#include "usecases/PlieCases.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace parcours::test {
namespace {

// Every row of every entity as its fields (references as UUIDs), by UUID: what two
// databases must share once one has replayed the other's operations.
std::vector<std::string> entityRows(Database& db)
{
    std::vector<std::string> rows;
    for (const EntityTable& table : entityTables()) {
        const rowstore::JoinedRows joined = rowstore::joinedRows(table);
        SQLite::Statement query(db.sql(), "SELECT t.uuid || ' ' || " + joined.json + " FROM " + joined.from
                                              + " ORDER BY t.uuid");
        while (query.executeStep())
            rows.push_back(std::string(table.entity) + " " + query.getColumn(0).getString());
    }
    return rows;
}

class SchemaVersion4Test : public ::testing::Test {
protected:
    void SetUp() override { copySchemaV2Database(path); }

    TempFolder folder;
    std::filesystem::path path = folder / "suivi.parcours";
};

TEST_F(SchemaVersion4Test, HiresGetAnEmptyEmployerAndThePlieThirtyDays)
{
    Database db(path, OpenMode::ExistingOnly);

    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(count(db.sql(), "hires"), savedCounts(2).at("hires"));
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM hires WHERE employer_name = '' AND employer_contact = ''")
                  .getInt(),
              savedCounts(2).at("hires"));
    EXPECT_EQ(PlieSettingsRepository(db).get().daysWithoutContact, 30);
    EXPECT_EQ(count(db.sql(), "actions"), 0);
}

TEST_F(SchemaVersion4Test, TheUpgradedHistoryStillRebuildsTheSameRowsElsewhere)
{
    std::vector<Operation> operations;
    std::vector<std::string> expected;
    {
        Database db(path, OpenMode::ExistingOnly);
        forEachOperation(db, 0, [&](const Operation& o) { operations.push_back(o); });
        expected = entityRows(db);
    }
    ASSERT_GT(operations.size(), 2000u);

    Database replica(folder / "copie.parcours", OpenMode::CreateIfMissing);
    const ApplyReport report = applyOperations(replica, operations);

    EXPECT_EQ(report.conflicts.size(), 0u);
    EXPECT_EQ(entityRows(replica), expected);
}

TEST(SchemaVersion4, AnOlderPutWithoutTheNewFieldsIsReadWithTheirDefaults)
{
    const nlohmann::json hire = {
        {"op", newUuid()},
        {"change", newUuid()},
        {"at", "2026-01-05T10:00:00.000Z"},
        {"author", "alice"},
        {"entity", "hire"},
        {"id", newUuid()},
        {"kind", "put"},
        {"data",
         {{"pathway", newUuid()}, {"current", 1}, {"hire_date", "2025-12-01"}, {"contract_type", "cdi"},
          {"employer_category", "entreprise"}, {"naf_section", "G"}, {"end_date", nullptr}, {"end_reason", ""}}}};
    EXPECT_TRUE(parseOperation(hire).problems.empty());

    nlohmann::json withoutDate = hire;
    withoutDate["data"].erase("hire_date");
    EXPECT_FALSE(parseOperation(withoutDate).problems.empty()) << "a field of the first version is still required";
}

TEST(SchemaVersion4, ThePliesDaysWithoutContactAreKeptBetweenOneAndThreeHundredSixtyFive)
{
    TempFolder folder;
    Database db(folder / "plie.parcours", OpenMode::CreateIfMissing);
    const FixedClock clock(d("2026-12-01"));

    setDaysWithoutContact(db, clock, 45);
    EXPECT_EQ(PlieSettingsRepository(db).get().daysWithoutContact, 45);
    EXPECT_THROW(setDaysWithoutContact(db, clock, 0), RuleError);
    EXPECT_THROW(setDaysWithoutContact(db, clock, 366), RuleError);
    EXPECT_EQ(PlieSettingsRepository(db).get().daysWithoutContact, 45);
    EXPECT_THROW(db.sql().exec("UPDATE plie_settings SET days_without_contact = 0"), SQLite::Exception);
}

TEST(SchemaVersion4, APlannedActionIsRefusedAnUnknownKind)
{
    TempFolder folder;
    Database db(folder / "actions.parcours", OpenMode::CreateIfMissing);
    EXPECT_THROW(db.sql().exec("INSERT INTO actions (uuid, pathway_id, action_date, kind, created_at, updated_at)"
                               " VALUES (lower('" + newUuid() + "'), 1, '2026-12-01', 'courrier', 'x', 'x')"),
                 SQLite::Exception);
}

} // namespace
} // namespace parcours::test
