// The upgrade to schema 2 of a saved database of schema 1 full of data: every row kept,
// deletes restricted instead of cascading, instants with milliseconds, a copy left behind.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "store/Migrations.h"
#include "store/SchemaVersions.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <map>

namespace parcours::test {
namespace {

const std::vector<std::string> kTables{"plie_settings", "referents", "operators", "participants", "pathways",
                                       "hires",         "holds",     "steps",     "barriers",     "contacts"};

// '2026-12-01T03:35:53Z' (as quote() writes it) becomes '2026-12-01T03:35:53.000Z'.
std::string withMilliseconds(const std::string& quoted)
{
    if (quoted.size() == 22 && quoted[11] == 'T' && quoted.substr(20) == "Z'")
        return quoted.substr(0, 20) + ".000Z'";
    return quoted;
}

// What schema 2 must hold: the same rows, the instants with milliseconds.
TableDump expectedAfterUpgrade(TableDump dump)
{
    for (std::size_t c = 0; c < dump.columns.size(); ++c) {
        if (dump.columns[c] == "created_at" || dump.columns[c] == "updated_at") {
            for (auto& row : dump.rows)
                row[c] = withMilliseconds(row[c]);
        }
    }
    return dump;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// A copy of tests/data/schema-v1.sqlite in a folder of its own, and everything it held
// before it was upgraded.
class SchemaVersion2Test : public ::testing::Test {
protected:
    void SetUp() override
    {
        copySchemaV1Database(path);
        SQLite::Database before(path.string(), SQLite::OPEN_READONLY);
        ASSERT_EQ(userVersion(before), 1);
        for (const std::string& table : kTables)
            dumps[table] = dumpTable(before, table);
        tablesSql = schemaSql(before, "table");
        indexesSql = schemaSql(before, "index");
    }

    TempFolder folder;
    std::filesystem::path path = folder / "suivi.parcours";
    // Opened through Database, the file goes up to the latest version; its copy is named so.
    std::string backup = path.string() + ".avant-schema-" + std::to_string(Database::kSchemaVersion) + ".bak";
    std::map<std::string, TableDump> dumps;
    std::map<std::string, std::string> tablesSql;
    std::map<std::string, std::string> indexesSql;
};

TEST_F(SchemaVersion2Test, TheSavedDatabaseHoldsTheRowsItWasSavedWith)
{
    const auto counts = schemaV1Counts();
    ASSERT_EQ(counts.size(), kTables.size());
    for (const std::string& table : kTables) {
        EXPECT_EQ(dumps[table].rows.size(), static_cast<std::size_t>(counts.at(table))) << table;
        EXPECT_GT(counts.at(table), 0) << table;
    }
}

// Would fail if foreign keys were left on during the rebuild: dropping `pathways` would
// delete every hire, hold, step, barrier and contact through ON DELETE CASCADE.
TEST_F(SchemaVersion2Test, EveryRowOfEveryTableSurvivesTheUpgradeValueForValue)
{
    Database db(path, OpenMode::ExistingOnly);

    const auto counts = schemaV1Counts();
    for (const std::string& table : kTables) {
        EXPECT_EQ(rowCount(db, table), counts.at(table)) << table;
        EXPECT_TRUE(sameRows(table, expectedAfterUpgrade(dumps[table]),
                             dumpTable(db.sql(), table, dumps[table].columns)));
    }
}

TEST_F(SchemaVersion2Test, TheUpgradedFileIsAtTheLatestVersionWithNoRowPointingNowhere)
{
    Database db(path, OpenMode::ExistingOnly);

    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), Database::kApplicationId);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ(foreignKeyProblems(db.sql()), std::vector<std::string>{});
    EXPECT_EQ(db.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_TRUE(db.sql().tableExists("operations"));
    EXPECT_TRUE(db.sql().tableExists("conflicts"));
    for (const std::string& table : kTables)
        EXPECT_FALSE(db.sql().tableExists(table + "_new")) << table;
}

TEST_F(SchemaVersion2Test, EveryInstantHasMilliseconds)
{
    Database db(path, OpenMode::ExistingOnly);

    for (const std::string& table : kTables) {
        const int withoutMilliseconds =
            db.sql()
                .execAndGet("SELECT count(*) FROM " + table
                            + " WHERE NOT (created_at GLOB '*T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
                              ".[0-9][0-9][0-9]Z' AND updated_at GLOB '*T[0-9][0-9]:[0-9]"
                              "[0-9]:[0-9][0-9].[0-9][0-9][0-9]Z')")
                .getInt();
        EXPECT_EQ(withoutMilliseconds, 0) << table;
    }
}

// changes.md: the operations are the file's whole history, so an upgraded file starts
// with one put of every row it held, made by « upgrade ».
TEST_F(SchemaVersion2Test, TheHistoryStartsWithOnePutOfEveryRowByTheUpgrade)
{
    Database db(path, OpenMode::ExistingOnly);
    const std::map<std::string, std::string> entities{{"plie_settings", "plie"}, {"referents", "referent"},
                                                      {"operators", "operator"}, {"participants", "participant"},
                                                      {"pathways", "pathway"},   {"hires", "hire"},
                                                      {"holds", "hold"},         {"steps", "step"},
                                                      {"barriers", "barrier"},   {"contacts", "contact"}};

    int rows = 0;
    for (const std::string& table : kTables) {
        SQLite::Statement recorded(db.sql(), "SELECT count(DISTINCT o.row_uuid) FROM operations o JOIN " + table
                                                 + " t ON t.uuid = o.row_uuid WHERE o.entity = ?1 AND o.kind = 'put'"
                                                   " AND o.author = 'upgrade' AND json_valid(o.data)");
        recorded.bind(1, entities.at(table));
        ASSERT_TRUE(recorded.executeStep());
        EXPECT_EQ(recorded.getColumn(0).getInt(), schemaV1Counts().at(table)) << table;
        rows += schemaV1Counts().at(table);
    }
    EXPECT_EQ(rowCount(db, "operations"), rows);
    EXPECT_EQ(db.sql()
                  .execAndGet(
                      "SELECT count(*) FROM operations WHERE at NOT GLOB "
                      "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'")
                  .getInt(),
              0);
}

TEST_F(SchemaVersion2Test, DeletingARowThatOthersStillReferToIsRefused)
{
    Database db(path, OpenMode::ExistingOnly);
    auto& sql = db.sql();
    const std::string pathway = sql.execAndGet("SELECT pathway_id FROM steps LIMIT 1").getString();
    const std::string participant = sql.execAndGet("SELECT participant_id FROM pathways LIMIT 1").getString();
    const std::string operatorId =
        sql.execAndGet("SELECT operator_id FROM steps WHERE operator_id IS NOT NULL LIMIT 1").getString();

    EXPECT_THROW(sql.exec("DELETE FROM pathways WHERE id = " + pathway), SQLite::Exception);
    EXPECT_THROW(sql.exec("DELETE FROM participants WHERE id = " + participant), SQLite::Exception);
    EXPECT_THROW(sql.exec("DELETE FROM operators WHERE id = " + operatorId), SQLite::Exception);
    for (const std::string& table : kTables)
        EXPECT_EQ(rowCount(db, table), schemaV1Counts().at(table)) << table;

    // Row by row, children first, a pathway can still go.
    for (const char* child : {"hires", "holds", "steps", "barriers", "contacts"})
        sql.exec(std::string("DELETE FROM ") + child + " WHERE pathway_id = " + pathway);
    sql.exec("DELETE FROM pathways WHERE id = " + pathway);
    EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM pathways WHERE id = " + pathway).getInt(), 0);
}

// Only ON DELETE changes: every column, CHECK and DEFAULT of schema 1 is still there,
// and every index under its schema 1 name.
TEST_F(SchemaVersion2Test, TablesKeepTheColumnsChecksAndIndexesOfVersionOne)
{
    SQLite::Database upgraded(path.string(), SQLite::OPEN_READWRITE);
    migrate(upgraded, {schemaSteps().at(0), schemaSteps().at(1)}, FixedClock(d("2026-12-01")));
    ASSERT_EQ(userVersion(upgraded), 2);

    const auto tablesAfter = schemaSql(upgraded, "table");
    for (const std::string& table : kTables) {
        std::string expected = replaced(tablesSql.at(table), "ON DELETE CASCADE", "ON DELETE RESTRICT");
        expected = replaced(expected, "ON DELETE SET NULL", "ON DELETE RESTRICT");
        // The rename of <table>_new writes the name quoted.
        const std::string actual =
            replaced(tablesAfter.at(table), "CREATE TABLE \"" + table + "\"", "CREATE TABLE " + table);
        EXPECT_EQ(actual, expected) << table;
    }
    const auto indexesAfter = schemaSql(upgraded, "index");
    for (const auto& [name, sql] : indexesSql) {
        ASSERT_TRUE(indexesAfter.count(name)) << name;
        EXPECT_EQ(indexesAfter.at(name), sql) << name;
    }

    SQLite::Statement keys(upgraded, "SELECT m.name, k.\"from\", k.on_delete FROM sqlite_schema m,"
                                     " pragma_foreign_key_list(m.name) k WHERE m.type = 'table'");
    int restricted = 0;
    while (keys.executeStep()) {
        EXPECT_EQ(keys.getColumn(2).getString(), "RESTRICT")
            << keys.getColumn(0).getString() << "." << keys.getColumn(1).getString();
        ++restricted;
    }
    EXPECT_EQ(restricted, 8);
}

TEST_F(SchemaVersion2Test, TheCopyTakenBeforeIsStillVersionOneWithTheSameData)
{
    {
        Database db(path, OpenMode::ExistingOnly);
    }

    ASSERT_TRUE(std::filesystem::exists(backup));
    SQLite::Database copy(backup, SQLite::OPEN_READONLY);
    EXPECT_EQ(userVersion(copy), 1);
    for (const std::string& table : kTables)
        EXPECT_TRUE(sameRows(table, dumps[table], dumpTable(copy, table)));
    EXPECT_EQ(schemaSql(copy, "table"), tablesSql);

    // Opening the upgraded file again takes no second copy.
    {
        Database db(path, OpenMode::ExistingOnly);
    }
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".avant-schema-" + std::to_string(Database::kSchemaVersion)
                                         + "-2.bak"));
}

TEST_F(SchemaVersion2Test, ReadOnlyRefusesToUpgradeAndCopiesNothing)
{
    try {
        Database db(path, OpenMode::ReadOnly);
        FAIL() << "a schema 1 file was opened read-only";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "ouvrez-la d'abord en écriture pour la mettre à niveau (schéma "
                                           + std::to_string(Database::kSchemaVersion) + ")"));
    }
    EXPECT_FALSE(std::filesystem::exists(backup));
    SQLite::Database file(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(userVersion(file), 1);
}

// The step fails after it has rebuilt and dropped tables: the file is back at schema 1
// with every row, its schema 1 tables (cascades included) and no operations table.
TEST_F(SchemaVersion2Test, AStepTwoFailingHalfWayLeavesTheFileAtVersionOneWithEveryRow)
{
    const std::vector<SchemaStep> steps{
        schemaSteps().at(0),
        {2,
         [](SQLite::Database& db, const std::string& at) {
             upgradeToSchemaVersion2(db, at);
             db.exec("DROP TABLE contacts");
             db.exec("INSERT INTO nowhere VALUES (1)");
         }},
    };
    const std::string copy = path.string() + ".avant-schema-2.bak"; // the last step here is 2
    std::string message;
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA foreign_keys = ON");
        try {
            migrate(db, steps, FixedClock(d("2026-12-01")));
        } catch (const StoreError& e) {
            message = e.what();
        }
        EXPECT_EQ(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    }

    EXPECT_TRUE(contains(message, "La mise à niveau de la base « " + path.string() + " » vers le schéma 2 a échoué"));
    EXPECT_TRUE(contains(message, "La base est restée au schéma 1, ses données intactes"));
    EXPECT_TRUE(contains(message, "sa copie d'avant la mise à niveau est dans « " + copy + " »"));
    EXPECT_TRUE(std::filesystem::exists(copy));

    SQLite::Database after(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(userVersion(after), 1);
    for (const std::string& table : kTables)
        EXPECT_TRUE(sameRows(table, dumps[table], dumpTable(after, table)));
    EXPECT_EQ(schemaSql(after, "table"), tablesSql);
    EXPECT_EQ(schemaSql(after, "index"), indexesSql);
}

TEST_F(SchemaVersion2Test, ARowPointingNowhereRefusesTheUpgradeNamingItsTable)
{
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE); // foreign keys off, as an old tool would
        db.exec("UPDATE contacts SET pathway_id = 999999 WHERE id = (SELECT min(id) FROM contacts)");
    }

    std::string message;
    try {
        Database db(path, OpenMode::ExistingOnly);
    } catch (const StoreError& e) {
        message = e.what();
    }

    EXPECT_TRUE(contains(message, "vers le schéma 2 a échoué : la table « contacts » a 1 ligne qui renvoie à une "
                                  "ligne absente de « pathways »"));
    SQLite::Database after(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(userVersion(after), 1);
    EXPECT_EQ(count(after, "contacts"), schemaV1Counts().at("contacts"));
}

} // namespace
} // namespace parcours::test
