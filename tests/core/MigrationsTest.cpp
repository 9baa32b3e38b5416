// Schema upgrades: each in one transaction, so that a failing one leaves the previous version whole.
#include "StoreFixture.h"

#include "store/Migrations.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>

namespace parcours::test {
namespace {

int userVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

TEST(Migrations, FailingSecondUpgradeLeavesTheDatabaseAtVersionOneWithNoPartialChange)
{
    TempDatabaseFile file;
    SQLite::Database db(file.path().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const std::vector<Migration> migrations{
        "CREATE TABLE people (name TEXT NOT NULL);",
        // Its first two statements succeed, the third fails: none of them may remain.
        "CREATE TABLE visits (day TEXT); INSERT INTO people VALUES ('Léa'); INSERT INTO nowhere VALUES (1);",
    };

    EXPECT_THROW(migrate(db, migrations), StoreError);

    EXPECT_EQ(userVersion(db), 1);
    EXPECT_TRUE(db.tableExists("people"));
    EXPECT_FALSE(db.tableExists("visits"));
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM people").getInt(), 0);
    // And nothing is left half-open: the connection is back in autocommit.
    db.exec("INSERT INTO people VALUES ('Noé')");
    SQLite::Database other(file.path().string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(other.execAndGet("SELECT count(*) FROM people").getInt(), 1);
}

TEST(Migrations, FailureMessageNamesTheTargetVersion)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    try {
        migrate(db, {"CREATE TABLE a (x);", "THIS IS NOT SQL;"});
        FAIL() << "the second upgrade should have failed";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "vers le schéma 2 a échoué"));
    }
}

TEST(Migrations, OnlyTheMissingUpgradesRun)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    migrate(db, {"CREATE TABLE a (x);"});
    // Running the first again would fail (the table exists): it must be skipped.
    migrate(db, {"CREATE TABLE a (x);", "CREATE TABLE b (y);"});
    EXPECT_EQ(userVersion(db), 2);
    EXPECT_TRUE(db.tableExists("b"));
}

TEST(Migrations, NewerDatabaseIsRefusedWithBothVersions)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 3");
    try {
        migrate(db, schemaMigrations());
        FAIL() << "a newer schema should be refused";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "(schéma 3, cette version connaît le schéma 1)"));
    }
    EXPECT_EQ(userVersion(db), 3);
}

TEST(Migrations, TheSchemaHasOneUpgradePerVersion)
{
    EXPECT_EQ(static_cast<int>(schemaMigrations().size()), Database::kSchemaVersion);
}

// Cascading deletes and the lists of a pathway read through these indexes: without
// them, removing one person scans every table of a database of 100,000 people.
TEST(Migrations, EveryForeignKeyIsIndexed)
{
    Database db(":memory:", OpenMode::CreateIfMissing);
    SQLite::Statement tables(db.sql(), "SELECT name FROM sqlite_schema WHERE type = 'table'");
    int foreignKeys = 0;
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        std::set<std::string> leadingColumns;
        SQLite::Statement indexes(db.sql(), "SELECT name FROM pragma_index_list(?1)");
        indexes.bind(1, table);
        while (indexes.executeStep()) {
            SQLite::Statement first(db.sql(), "SELECT name FROM pragma_index_info(?1) WHERE seqno = 0");
            first.bind(1, indexes.getColumn(0).getString());
            if (first.executeStep())
                leadingColumns.insert(first.getColumn(0).getString());
        }
        SQLite::Statement keys(db.sql(), "SELECT \"from\" FROM pragma_foreign_key_list(?1)");
        keys.bind(1, table);
        while (keys.executeStep()) {
            ++foreignKeys;
            const std::string column = keys.getColumn(0).getString();
            EXPECT_TRUE(leadingColumns.count(column)) << table << "." << column << " has no index";
        }
    }
    EXPECT_EQ(foreignKeys, 8);
}

} // namespace
} // namespace parcours::test
