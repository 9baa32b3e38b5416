// Opening Parcours databases: the schema and pragmas of a new file, and every file refused untouched.
#include "StoreFixture.h"

#include "store/PlieSettingsRepository.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Database.h>

namespace parcours::test {
namespace {

std::string pragmaText(Database& db, const char* pragma)
{
    return db.sql().execAndGet(std::string("PRAGMA ") + pragma).getString();
}

// The StoreError message of opening `path` in `mode`, or "" when it opened.
std::string refusal(const std::filesystem::path& path, OpenMode mode)
{
    try {
        Database db(path, mode);
    } catch (const StoreError& e) {
        return e.what();
    }
    return {};
}

TEST(StoreDatabase, NewFileHasSchemaApplicationIdWalSynchronousFullAndForeignKeys)
{
    TempDatabaseFile file;
    Database db(file.path(), OpenMode::CreateIfMissing);

    EXPECT_TRUE(std::filesystem::exists(file.path()));
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), Database::kApplicationId);
    EXPECT_EQ(pragmaText(db, "journal_mode"), "wal");
    EXPECT_EQ(db.sql().execAndGet("PRAGMA synchronous").getInt(), 2); // FULL
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    for (const char* table : {"plie_settings", "referents", "operators", "participants", "pathways", "hires", "holds",
                              "steps", "barriers", "contacts", "operations", "conflicts"})
        EXPECT_TRUE(db.sql().tableExists(table)) << table;
}

TEST(StoreDatabase, TheRollbackJournalIsUsedOnlyWhileNoOtherConnectionHasTheFile)
{
    TempDatabaseFile file;
    Database db(file.path(), OpenMode::CreateIfMissing);

    EXPECT_TRUE(db.setWriteAheadLog(false));
    EXPECT_EQ(pragmaText(db, "journal_mode"), "delete");
    EXPECT_TRUE(db.setWriteAheadLog(true));
    EXPECT_EQ(pragmaText(db, "journal_mode"), "wal");

    Database other(file.path(), OpenMode::ExistingOnly);
    EXPECT_EQ(other.sql().execAndGet("SELECT count(*) FROM participants").getInt(), 0);
    db.setBusyTimeout(std::chrono::milliseconds(50));
    EXPECT_FALSE(db.setWriteAheadLog(false));
    EXPECT_EQ(pragmaText(db, "journal_mode"), "wal");
}

TEST(StoreDatabase, ReopenedFileKeepsItsDataAndForeignKeysAreOnAgain)
{
    TempDatabaseFile file;
    const FixedClock clock(d("2026-11-27"));
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        Participant p = newPerson("Benali", "Yasmine");
        ParticipantRepository(db, clock).add(p);
    }
    Database db(file.path(), OpenMode::ExistingOnly);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 1);
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
}

TEST(StoreDatabase, NewerSchemaIsRefusedWithAFrenchMessageAndLeftUnchanged)
{
    TempDatabaseFile file;
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        db.sql().exec("PRAGMA journal_mode = DELETE"); // every byte in the main file
        db.sql().exec("PRAGMA user_version = " + std::to_string(Database::kSchemaVersion + 1));
    }
    const std::string before = fileBytes(file.path());

    for (OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly, OpenMode::ReadOnly}) {
        const std::string message = refusal(file.path(), mode);
        EXPECT_EQ(message, "La base « " + file.path().string()
                               + " » a été créée par une version plus récente de Parcours (schéma "
                               + std::to_string(Database::kSchemaVersion + 1) + ", cette version connaît le schéma "
                               + std::to_string(Database::kSchemaVersion) + ").");
    }
    EXPECT_EQ(fileBytes(file.path()), before);
}

TEST(StoreDatabase, SqliteFileOfAnotherApplicationIsRefusedAndLeftUnchanged)
{
    TempDatabaseFile file(".sqlite");
    {
        SQLite::Database other(file.path().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('La Bohème')");
    }
    const std::string before = fileBytes(file.path());

    for (OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly, OpenMode::ReadOnly}) {
        const std::string message = refusal(file.path(), mode);
        EXPECT_TRUE(contains(message, file.path().string()));
        EXPECT_TRUE(contains(message, "n'est pas une base Parcours"));
    }
    EXPECT_EQ(fileBytes(file.path()), before);
}

TEST(StoreDatabase, TextFileIsRefusedAsNotSqliteAndLeftUnchanged)
{
    TempDatabaseFile file(".csv");
    const std::string text = "participant_id,last_name,first_name\nP1,Martin,Léa\n";
    std::ofstream(file.path(), std::ios::binary) << text;

    for (OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly, OpenMode::ReadOnly}) {
        const std::string message = refusal(file.path(), mode);
        EXPECT_TRUE(contains(message, file.path().string()));
        EXPECT_TRUE(contains(message, "pas un fichier de base de données SQLite"));
    }
    EXPECT_EQ(fileBytes(file.path()), text);
}

TEST(StoreDatabase, MissingFileIsRefusedAndNotCreatedUnlessAskedTo)
{
    TempDatabaseFile file;
    for (OpenMode mode : {OpenMode::ExistingOnly, OpenMode::ReadOnly}) {
        EXPECT_EQ(refusal(file.path(), mode), "La base « " + file.path().string() + " » n'existe pas.");
        EXPECT_FALSE(std::filesystem::exists(file.path()));
    }
}

TEST(StoreDatabase, EmptyFileBecomesADatabaseOnlyWhenCreating)
{
    TempDatabaseFile file;
    std::ofstream(file.path()).close();

    EXPECT_TRUE(contains(refusal(file.path(), OpenMode::ExistingOnly), "est vide"));
    EXPECT_TRUE(contains(refusal(file.path(), OpenMode::ReadOnly), "est vide"));
    EXPECT_EQ(std::filesystem::file_size(file.path()), 0u);

    Database db(file.path(), OpenMode::CreateIfMissing);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
}

TEST(StoreDatabase, ReadOnlyReadsButNeverWrites)
{
    TempDatabaseFile file;
    const FixedClock clock(d("2026-11-27"));
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        PlieSettingsRepository(db, clock).set({"PLIE de Rennes Métropole", "35-01"});
    }
    const std::string before = fileBytes(file.path());
    const auto modified = std::filesystem::last_write_time(file.path());

    {
        Database db(file.path(), OpenMode::ReadOnly);
        EXPECT_TRUE(db.isReadOnly());
        EXPECT_EQ(PlieSettingsRepository(db, clock).get().name, "PLIE de Rennes Métropole");
        try {
            PlieSettingsRepository(db, clock).set({"Autre PLIE", ""});
            ADD_FAILURE() << "a read-only database was written";
        } catch (const StoreError& e) {
            EXPECT_TRUE(contains(e.what(), "est ouverte en lecture seule"));
        }
        Participant p = newPerson();
        EXPECT_THROW(ParticipantRepository(db, clock).add(p), StoreError);
        EXPECT_EQ(p.record.id, 0);
    }
    EXPECT_EQ(fileBytes(file.path()), before);
    EXPECT_EQ(std::filesystem::last_write_time(file.path()), modified);
}

TEST(StoreDatabase, BusyFileIsRefusedInFrenchOnceTheConnectionHasWaitedItsTime)
{
    TempDatabaseFile file;
    const FixedClock clock(d("2026-11-27"));
    Database db(file.path(), OpenMode::CreateIfMissing);
    EXPECT_EQ(db.busyTimeout().count(), 5000);
    db.setBusyTimeout(std::chrono::milliseconds(50)); // what an interactive application asks for
    EXPECT_EQ(db.busyTimeout().count(), 50);

    Database other(file.path(), OpenMode::ExistingOnly);
    other.sql().exec("BEGIN IMMEDIATE"); // another program writes
    Participant p = newPerson("Benali", "Yasmine");
    try {
        ParticipantRepository(db, clock).add(p);
        ADD_FAILURE() << "written while another connection held the lock";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "est occupée par un autre programme")) << e.what();
    }
    other.sql().exec("ROLLBACK");
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 0);
    Participant again = newPerson("Benali", "Yasmine");
    ParticipantRepository(db, clock).add(again);
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 1);
}

TEST(StoreDatabase, FileInAMissingFolderIsRefusedInFrench)
{
    const auto path = std::filesystem::temp_directory_path() / ("parcours-absent-" + newUuid()) / "suivi.parcours";
    EXPECT_TRUE(contains(refusal(path, OpenMode::CreateIfMissing), "le dossier n'existe pas"));
    EXPECT_FALSE(std::filesystem::exists(path.parent_path()));
}

TEST(StoreDatabase, DirectoryIsRefused)
{
    const auto folder = std::filesystem::temp_directory_path();
    EXPECT_TRUE(contains(refusal(folder, OpenMode::CreateIfMissing), "est un dossier"));
}

} // namespace
} // namespace parcours::test
