// Schema 5: the coordinator's validation of entries. An upgraded file keeps every row value for
// value, each pathway counts as validated, the PLIE does not ask for validation, and its history
// still rebuilds the same rows elsewhere (its puts lack the new fields, which take their defaults).
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "changes/ApplyOperations.h"
#include "changes/OperationJson.h"
#include "store/EntityTables.h"
#include "store/OperationLog.h"
#include "store/PlieSettingsRepository.h"
#include "store/RowStore.h"
#include "usecases/ParticipantCases.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace parcours::test {
namespace {

const std::vector<std::string> kTables = {"plie_settings", "referents", "operators", "participants", "pathways",
                                          "hires", "holds", "steps", "barriers", "contacts", "actions",
                                          "operations", "conflicts"};

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

class SchemaVersion5Test : public ::testing::Test {
protected:
    void SetUp() override
    {
        copySchemaV4Database(path);
        SQLite::Database before(path.string(), SQLite::OPEN_READONLY);
        ASSERT_EQ(userVersion(before), 4);
        for (const std::string& table : kTables)
            dumps[table] = dumpTable(before, table);
    }

    TempFolder folder;
    std::filesystem::path path = folder / "suivi.parcours";
    std::map<std::string, TableDump> dumps;
};

TEST_F(SchemaVersion5Test, TheSavedDatabaseHoldsTheRowsItWasSavedWith)
{
    const auto counts = savedCounts(4);
    ASSERT_EQ(counts.size(), kTables.size());
    for (const std::string& table : kTables)
        EXPECT_EQ(dumps[table].rows.size(), static_cast<std::size_t>(counts.at(table))) << table;
    EXPECT_GT(counts.at("actions"), 0);
}

TEST_F(SchemaVersion5Test, EveryRowSurvivesValueForValueAndEveryEntryCountsAsValidated)
{
    Database db(path, OpenMode::ExistingOnly);

    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    for (const std::string& table : kTables)
        EXPECT_TRUE(sameRows(table, dumps[table], dumpTable(db.sql(), table, dumps[table].columns)));
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM pathways WHERE entry_validation = ''"
                                  " AND entry_validation_note = ''")
                  .getInt(),
              savedCounts(4).at("pathways"));
    EXPECT_FALSE(PlieSettingsRepository(db).get().entriesNeedValidation);
    EXPECT_EQ(PlieSettingsRepository(db).get().name, "PLIE de l'Agglomération");
    EXPECT_EQ(foreignKeyProblems(db.sql()), std::vector<std::string>{});
    EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
}

TEST_F(SchemaVersion5Test, TheUpgradedHistoryStillRebuildsTheSameRowsElsewhere)
{
    std::vector<Operation> operations;
    std::vector<std::string> expected;
    {
        Database db(path, OpenMode::ExistingOnly);
        forEachOperation(db, 0, [&](const Operation& o) { operations.push_back(o); });
        expected = entityRows(db);
    }
    ASSERT_EQ(operations.size(), static_cast<std::size_t>(savedCounts(4).at("operations")));

    Database replica(folder / "copie.parcours", OpenMode::CreateIfMissing);
    const ApplyReport report = applyOperations(replica, operations);

    EXPECT_EQ(report.conflicts.size(), 0u);
    EXPECT_EQ(entityRows(replica), expected);
}

TEST(SchemaVersion5, TheSchemaRefusesAnUnknownValidationStateOrSetting)
{
    TempFolder folder;
    Database db(folder / "nouvelle.parcours", OpenMode::CreateIfMissing);
    PlieSettingsRepository(db).setEntriesNeedValidation(true);
    EXPECT_TRUE(PlieSettingsRepository(db).get().entriesNeedValidation);
    EXPECT_THROW(db.sql().exec("UPDATE plie_settings SET entries_need_validation = 2"), SQLite::Exception);
    Participant person = newPerson();
    Pathway pathway;
    pathway.entryDate = d("2026-01-05");
    createParticipant(db, FixedClock(d("2026-01-05")), person, pathway, "Alice N'Diaye");
    EXPECT_EQ(db.sql().execAndGet("SELECT entry_validation FROM pathways").getString(), "en_attente");
    EXPECT_THROW(db.sql().exec("UPDATE pathways SET entry_validation = 'validee'"), SQLite::Exception);
}

TEST(SchemaVersion5, OperationsCarryTheNewFieldsAndRefuseABadState)
{
    const nlohmann::json pathway = {
        {"op", newUuid()},
        {"change", newUuid()},
        {"at", "2026-01-05T10:00:00.000Z"},
        {"author", "alice"},
        {"entity", "pathway"},
        {"id", newUuid()},
        {"kind", "patch"},
        {"data", {{"entry_validation", "refusee"}, {"entry_validation_note", "Hors territoire"}}},
        {"before", {{"entry_validation", "en_attente"}, {"entry_validation_note", ""}}}};
    EXPECT_TRUE(parseOperation(pathway).problems.empty());

    nlohmann::json bad = pathway;
    bad["data"]["entry_validation"] = "validee";
    EXPECT_FALSE(parseOperation(bad).problems.empty());
}

} // namespace
} // namespace parcours::test
