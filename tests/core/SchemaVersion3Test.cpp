// Schema 3: the CHECKs' lists of codes as comparisons, no second parse of the operations'
// JSON. The saved database of schema 2 keeps every row and operation; the rules refuse
// what they refused.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "store/Migrations.h"
#include "store/SchemaVersions.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace parcours::test {
namespace {

const std::vector<std::string> kTables{"plie_settings", "referents", "operators", "participants",
                                       "pathways",      "hires",     "holds",     "steps",
                                       "barriers",      "contacts",  "operations", "conflicts"};

bool holdsAList(const std::string& sql)
{
    return sql.find(" IN (") != std::string::npos || sql.find(" IN\n") != std::string::npos;
}

TEST(CheckListsAsComparisons, RewritesEachListOfConstantsAndNothingElse)
{
    EXPECT_EQ(checkListsAsComparisons("mode TEXT NOT NULL CHECK (mode IN ('presentiel', 'visio'))"),
              "mode TEXT NOT NULL CHECK ((mode = 'presentiel' OR mode = 'visio'))");
    EXPECT_EQ(checkListsAsComparisons("CHECK (rsa IN (0, 1)), CHECK (qpv IN (0,1))"),
              "CHECK ((rsa = 0 OR rsa = 1)), CHECK ((qpv = 0 OR qpv = 1))");
    EXPECT_EQ(checkListsAsComparisons("CHECK (subtype IN ('', 'aci',\n    'ei'))"),
              "CHECK ((subtype = '' OR subtype = 'aci' OR subtype = 'ei'))");
    EXPECT_EQ(checkListsAsComparisons("CHECK (education_level IN\n  ('1', 'Vbis'))"),
              "CHECK ((education_level = '1' OR education_level = 'Vbis'))");
    for (const std::string kept : {"CHECK (x IN (SELECT code FROM codes))", "CHECK (date(d) IS d)",
                                   "name TEXT NOT NULL CHECK (name <> '')", "CHECK (x IN (y, 'a'))"})
        EXPECT_EQ(checkListsAsComparisons(kept), kept);
}

class SchemaVersion3Test : public ::testing::Test {
protected:
    void SetUp() override
    {
        copySchemaV2Database(path);
        SQLite::Database before(path.string(), SQLite::OPEN_READONLY);
        ASSERT_EQ(userVersion(before), 2);
        for (const std::string& table : kTables)
            dumps[table] = dumpTable(before, table);
        indexesSql = schemaSql(before, "index");
    }

    TempFolder folder;
    std::filesystem::path path = folder / "suivi.parcours";
    std::map<std::string, TableDump> dumps;
    std::map<std::string, std::string> indexesSql;
};

TEST_F(SchemaVersion3Test, TheSavedDatabaseHoldsTheRowsItWasSavedWith)
{
    const auto counts = savedCounts(2);
    ASSERT_EQ(counts.size(), kTables.size());
    for (const std::string& table : kTables)
        EXPECT_EQ(dumps[table].rows.size(), static_cast<std::size_t>(counts.at(table))) << table;
    EXPECT_GT(counts.at("operations"), counts.at("participants"));
}

// Through every later step too: each value of schema 2 is still there.
TEST_F(SchemaVersion3Test, EveryRowAndOperationSurvivesValueForValueWithItsIndexes)
{
    Database db(path, OpenMode::ExistingOnly);

    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    for (const std::string& table : kTables)
        EXPECT_TRUE(sameRows(table, dumps[table], dumpTable(db.sql(), table, dumps[table].columns)));
    const auto indexesAfter = schemaSql(db.sql(), "index");
    for (const auto& [name, sql] : indexesSql) {
        ASSERT_TRUE(indexesAfter.count(name)) << name;
        EXPECT_EQ(indexesAfter.at(name), sql) << name;
    }
    EXPECT_EQ(foreignKeyProblems(db.sql()), std::vector<std::string>{});
    EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    for (const std::string& table : kTables)
        EXPECT_FALSE(db.sql().tableExists(table + "_new")) << table;
    EXPECT_TRUE(std::filesystem::exists(path.string() + ".avant-schema-" + std::to_string(Database::kSchemaVersion)
                                        + ".bak"));
}

TEST_F(SchemaVersion3Test, NoCheckKeepsAListNorParsesTheOperationsJsonAgain)
{
    Database db(path, OpenMode::ExistingOnly);

    for (const auto& [table, sql] : schemaSql(db.sql(), "table"))
        EXPECT_FALSE(holdsAList(sql)) << sql;
    EXPECT_EQ(schemaSql(db.sql(), "table").at("operations").find("json_valid"), std::string::npos);
}

TEST(SchemaVersion3, ANewDatabaseHasNoListInItsChecksEither)
{
    TempFolder folder;
    Database db(folder / "nouvelle.parcours", OpenMode::CreateIfMissing);

    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    for (const auto& [table, sql] : schemaSql(db.sql(), "table"))
        EXPECT_FALSE(holdsAList(sql)) << sql;
}

// The same values as before are refused: each statement breaks one rule of schema 2.
TEST_F(SchemaVersion3Test, TheRulesRefuseWhatTheyRefusedAndAcceptWhatTheyAccepted)
{
    Database db(path, OpenMode::ExistingOnly);
    SQLite::Database& sql = db.sql();

    for (const std::string refused : {
             "UPDATE contacts SET mode = 'courrier' WHERE id = (SELECT min(id) FROM contacts)",
             "UPDATE participants SET sex = 'f' WHERE id = 1",
             "UPDATE participants SET qpv = 2 WHERE id = 1",
             "UPDATE steps SET subtype = 'aucun' WHERE id = (SELECT min(id) FROM steps)",
             "UPDATE pathways SET education_level = 'VII' WHERE id = 1",
             "UPDATE pathways SET exit_date = '2099-01-01', exit_reason = 'fin' WHERE id = 1",
             "UPDATE hires SET contract_type = 'cdd' WHERE id = (SELECT min(id) FROM hires)",
             "UPDATE barriers SET status = 'oublie' WHERE id = (SELECT min(id) FROM barriers)",
             "UPDATE operations SET kind = 'move' WHERE seq = 1",
             "UPDATE operations SET entity = 'people' WHERE seq = 1",
         }) {
        EXPECT_THROW(sql.exec(refused), SQLite::Exception) << refused;
    }
    for (const std::string accepted : {
             "UPDATE contacts SET mode = 'visio' WHERE id = (SELECT min(id) FROM contacts)",
             "UPDATE steps SET subtype = '' WHERE id = (SELECT min(id) FROM steps)",
             "UPDATE pathways SET education_level = 'Vbis' WHERE id = 1",
             "UPDATE participants SET qpv = 1 WHERE id = 1",
             "UPDATE pathways SET exit_date = '2099-01-01', exit_reason = 'abandon' WHERE id = 1",
         }) {
        EXPECT_NO_THROW(sql.exec(accepted)) << accepted;
    }
}

} // namespace
} // namespace parcours::test
