// The loop of schema steps: each in one transaction with foreign keys off, checked before
// it commits, after a copy of the file; a failing step leaves the previous version whole.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "store/Migrations.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>
#include <stdexcept>

namespace parcours::test {
namespace {

const FixedClock kClock(d("2026-12-01"));

int foreignKeys(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA foreign_keys").getInt();
}

// The StoreError message of migrate, or "" when it went through.
std::string refusal(SQLite::Database& db, const std::vector<SchemaStep>& steps)
{
    try {
        migrate(db, steps, kClock);
    } catch (const StoreError& e) {
        return e.what();
    }
    return {};
}

// A parent and a child that cascades, as schema 1 had them, with three children.
void createFamilies(SQLite::Database& db, const std::string&)
{
    db.exec("CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
            "CREATE TABLE children (id INTEGER PRIMARY KEY,"
            "    parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE);"
            "CREATE INDEX children_by_parent ON children (parent_id);"
            "INSERT INTO parents VALUES (1, 'Léa'), (2, 'Noé');"
            "INSERT INTO children VALUES (1, 1), (2, 1), (3, 2);");
}

// Rebuilds the parent table: dropping it under foreign keys would delete every child.
void rebuildParents(SQLite::Database& db, const std::string&)
{
    db.exec("CREATE TABLE parents_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''));"
            "INSERT INTO parents_new (id, name) SELECT id, name FROM parents;"
            "DROP TABLE parents;"
            "ALTER TABLE parents_new RENAME TO parents;");
}

const std::vector<SchemaStep> kFamilySteps{{1, createFamilies}, {2, rebuildParents}};

TEST(Migrations, FailingSecondStepLeavesTheDatabaseAtVersionOneWithNoPartialChange)
{
    TempFolder folder;
    const auto path = folder / "suivi.parcours";
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const std::vector<SchemaStep> steps{
        {1, [](SQLite::Database& file, const std::string&) { file.exec("CREATE TABLE people (name TEXT NOT NULL)"); }},
        // Its first two statements succeed, the third fails: none of them may remain.
        {2,
         [](SQLite::Database& file, const std::string&) {
             file.exec("CREATE TABLE visits (day TEXT); INSERT INTO people VALUES ('Léa');"
                       "INSERT INTO nowhere VALUES (1);");
         }},
    };

    EXPECT_TRUE(contains(refusal(db, steps), "vers le schéma 2 a échoué"));

    EXPECT_EQ(userVersion(db), 1);
    EXPECT_TRUE(db.tableExists("people"));
    EXPECT_FALSE(db.tableExists("visits"));
    EXPECT_EQ(count(db, "people"), 0);
    // And nothing is left half-open: the connection is back in autocommit.
    db.exec("INSERT INTO people VALUES ('Noé')");
    SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(count(other, "people"), 1);
}

TEST(Migrations, FailureMessageIsFrenchNamesTheTargetVersionAndWhereTheCopyIs)
{
    TempFolder folder;
    const auto path = folder / "suivi.parcours";
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(db, {kFamilySteps[0]}, kClock);

    const std::string message = refusal(
        db, {kFamilySteps[0], {2, [](SQLite::Database& file, const std::string&) { file.exec("THIS IS NOT SQL"); }}});

    EXPECT_TRUE(contains(message, "La mise à niveau de la base « " + path.string() + " » vers le schéma 2 a échoué"));
    EXPECT_TRUE(contains(message, "La base est restée au schéma 1, ses données intactes"));
    EXPECT_TRUE(
        contains(message, "sa copie d'avant la mise à niveau est dans « " + path.string() + ".avant-schema-2.bak »"));
    EXPECT_TRUE(std::filesystem::exists(path.string() + ".avant-schema-2.bak"));
}

TEST(Migrations, OnlyTheMissingStepsRun)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    migrate(db, {kFamilySteps[0]}, kClock);
    // Running the first again would fail (the tables exist): it must be skipped.
    migrate(db, kFamilySteps, kClock);
    EXPECT_EQ(userVersion(db), 2);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), Database::kApplicationId);
    migrate(db, kFamilySteps, kClock); // nothing left to do
    EXPECT_EQ(userVersion(db), 2);
}

// The mistake this loop exists to avoid: PRAGMA foreign_keys = OFF issued inside the
// transaction is ignored, and dropping the parent table deletes every child row.
TEST(Migrations, RebuildingAParentTableKeepsEveryChildRow)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON");
    migrate(db, {kFamilySteps[0]}, kClock);
    ASSERT_EQ(count(db, "children"), 3);

    migrate(db, kFamilySteps, kClock);

    EXPECT_EQ(userVersion(db), 2);
    EXPECT_EQ(count(db, "parents"), 2);
    EXPECT_EQ(count(db, "children"), 3);
    EXPECT_TRUE(foreignKeyProblems(db).empty());
    EXPECT_EQ(foreignKeys(db), 1);
    // The children's reference follows the rebuilt table, which still cascades.
    db.exec("DELETE FROM parents WHERE id = 1");
    EXPECT_EQ(count(db, "children"), 1);
}

TEST(Migrations, ForeignKeysAreOnAgainAfterAFailingStep)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON");
    migrate(db, {kFamilySteps[0]}, kClock);

    const auto failing = [](SQLite::Database& file, const std::string& at) {
        rebuildParents(file, at);
        throw StoreError("étape interrompue");
    };
    EXPECT_TRUE(contains(refusal(db, {kFamilySteps[0], {2, failing}}), "étape interrompue"));

    EXPECT_EQ(foreignKeys(db), 1);
    EXPECT_EQ(count(db, "children"), 3);
    EXPECT_THROW(db.exec("INSERT INTO children VALUES (4, 99)"), SQLite::Exception);
}

// Inside a transaction PRAGMA foreign_keys is ignored: the loop refuses to run there.
TEST(Migrations, RefusesToRunInsideATransaction)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    migrate(db, {kFamilySteps[0]}, kClock);
    db.exec("BEGIN");
    EXPECT_THROW(migrate(db, kFamilySteps, kClock), std::logic_error);
    db.exec("ROLLBACK");
    EXPECT_EQ(userVersion(db), 1);
}

TEST(Migrations, AStepThatLeavesARowPointingNowhereIsRefusedNamingTheTable)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    migrate(db, {kFamilySteps[0]}, kClock);
    const auto orphaning = [](SQLite::Database& file, const std::string&) {
        file.exec("INSERT INTO children VALUES (4, 99), (5, 98)");
    };

    const std::string message = refusal(db, {kFamilySteps[0], {2, orphaning}});

    EXPECT_TRUE(contains(message, "vers le schéma 2 a échoué"));
    EXPECT_TRUE(contains(message, "la table « children » a 2 lignes qui renvoient à une ligne absente de « parents »"));
    EXPECT_EQ(userVersion(db), 1);
    EXPECT_EQ(count(db, "children"), 3);
}

TEST(Migrations, NewerDatabaseIsRefusedWithBothVersionsAndLeftUntouched)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
    const int newer = Database::kSchemaVersion + 1;
    db.exec("PRAGMA user_version = " + std::to_string(newer));

    EXPECT_TRUE(contains(refusal(db, schemaSteps()), "(schéma " + std::to_string(newer)
                                                         + ", cette version connaît le schéma "
                                                         + std::to_string(Database::kSchemaVersion) + ")"));
    EXPECT_EQ(userVersion(db), newer);
    EXPECT_FALSE(db.tableExists("participants"));
}

TEST(Migrations, DatabaseOfAnotherApplicationIsRefusedUntouched)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE songs (title TEXT)");

    EXPECT_TRUE(contains(refusal(db, schemaSteps()), "n'est pas une base Parcours"));
    EXPECT_EQ(userVersion(db), 0);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), 0);
    EXPECT_FALSE(db.tableExists("participants"));
}

TEST(Migrations, AFileWithASchemaIsCopiedBeforeItsUpgradeUnderAFreeName)
{
    TempFolder folder;
    const auto path = folder / "suivi.parcours";
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(db, {kFamilySteps[0]}, kClock);
    // A copy of an earlier attempt is kept as it is.
    std::ofstream(path.string() + ".avant-schema-2.bak") << "copie précédente";

    migrate(db, kFamilySteps, kClock);

    EXPECT_EQ(fileBytes(path.string() + ".avant-schema-2.bak"), "copie précédente");
    const std::string second = path.string() + ".avant-schema-2-2.bak";
    ASSERT_TRUE(std::filesystem::exists(second));
    SQLite::Database copy(second, SQLite::OPEN_READONLY);
    EXPECT_EQ(userVersion(copy), 1);
    EXPECT_EQ(count(copy, "children"), 3);
    EXPECT_EQ(backupPathFor(path.string(), 2), path.string() + ".avant-schema-2-3.bak");
}

TEST(Migrations, ANewFileAndAnUpToDateOneAreNotCopied)
{
    TempFolder folder;
    const auto path = folder / "suivi.parcours";
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(db, kFamilySteps, kClock);
    migrate(db, kFamilySteps, kClock);

    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
        files.insert(entry.path().filename().string());
    EXPECT_EQ(files, std::set<std::string>{"suivi.parcours"});
    EXPECT_EQ(userVersion(db), 2);
}

TEST(Migrations, TheSchemaHasOneStepPerVersion)
{
    const auto& steps = schemaSteps();
    ASSERT_EQ(static_cast<int>(steps.size()), Database::kSchemaVersion);
    for (std::size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].toVersion, static_cast<int>(i) + 1);
}

// The lists of a pathway read through these indexes, and so does the check that a
// parent row still has children before it is deleted: without them, removing one
// person scans every table of a database of 100,000 people.
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
    EXPECT_EQ(foreignKeys, 9); // actions.pathway_id since schema 4
}

} // namespace
} // namespace parcours::test
