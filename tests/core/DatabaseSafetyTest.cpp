// The connection's part in keeping data safe: a damaged file refused before anything is
// written, damage met by a write named as such, WAL and synchronous=FULL on every writing
// connection, a file at rest that readers open without writing anything beside it, and
// the faults a laptop meets (a full disk, a folder where nothing can be created), injected
// so that they bite even when the tests run as root.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"
#include "store/StoreError.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"

#include <SQLiteCpp/Database.h>

#include <fstream>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

fs::path companion(const fs::path& path, const char* suffix)
{
    return fs::path(path.string() + suffix);
}

::testing::AssertionResult nothingBeside(const fs::path& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (fs::exists(companion(path, suffix)))
            return ::testing::AssertionFailure() << companion(path, suffix) << " lies beside the base";
    }
    return ::testing::AssertionSuccess();
}

// The damage the issue met: the root page of `table` overwritten with zeros, behind SQLite's back.
void zeroRootPage(const fs::path& file, const std::string& table)
{
    int root = 0;
    int pageSize = 0;
    {
        SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(raw, "SELECT rootpage FROM sqlite_schema WHERE name = ?1");
        query.bind(1, table);
        ASSERT_TRUE(query.executeStep());
        root = query.getColumn(0).getInt();
        pageSize = raw.execAndGet("PRAGMA page_size").getInt();
    }
    ASSERT_GT(root, 1);
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(root - 1) * pageSize);
    const std::string zeros(static_cast<std::size_t>(pageSize), '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    ASSERT_TRUE(out.good());
}

std::string journalMode(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA journal_mode").getString();
}

// The journal mode written in the file itself, read without changing anything.
std::string restingJournalMode(const fs::path& file)
{
    SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
    return journalMode(raw);
}

::testing::AssertionResult walAndSynchronousFull(Database& db)
{
    const std::string mode = journalMode(db.sql());
    const int synchronous = db.sql().execAndGet("PRAGMA synchronous").getInt();
    if (mode == "wal" && synchronous == 2)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "journal_mode=" << mode << " synchronous=" << synchronous;
}

TEST(DatabaseSafety, DamagedFileIsRefusedForWritingAndLeftByteForByte)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    createDemoDatabase(file.path(), clock, DemoOptions{200, 3, clock.today()});
    zeroRootPage(file.path(), "pathways");
    const std::string before = fileBytes(file.path());

    for (const OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly}) {
        try {
            Database db(file.path(), mode);
            ADD_FAILURE() << "a damaged file was opened for writing";
        } catch (const DatabaseDamaged& e) {
            EXPECT_TRUE(contains(e.what(), "La base « " + file.path().string() + " » est endommagée"));
            EXPECT_TRUE(contains(e.what(), "rien n'y a été écrit"));
            EXPECT_EQ(e.path(), file.path());
        }
        EXPECT_EQ(fileBytes(file.path()), before);
        EXPECT_TRUE(nothingBeside(file.path()));
    }

    // Reading stays possible, to save what can be saved.
    {
        Database db(file.path(), OpenMode::ReadOnly);
        EXPECT_EQ(ParticipantRepository(db, clock).count(), 200);
    }
    EXPECT_EQ(fileBytes(file.path()), before);
    EXPECT_TRUE(nothingBeside(file.path()));
}

TEST(DatabaseSafety, DamagedFileWithTheLogOfACrashIsRefusedAndBothKeptAsTheyWere)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    TempDatabaseFile crashed;
    createDemoDatabase(file.path(), clock, DemoOptions{50, 3, clock.today()});
    zeroRootPage(file.path(), "pathways");
    {
        // A writer that crashed with a change still in its log: a copy taken while it is open.
        SQLite::Database writer(file.path().string(), SQLite::OPEN_READWRITE);
        writer.exec("PRAGMA journal_mode = WAL");
        writer.exec("UPDATE plie_settings SET name = 'PLIE du journal'");
        fs::copy_file(file.path(), crashed.path());
        fs::copy_file(companion(file.path(), "-wal"), companion(crashed.path(), "-wal"));
    }
    const std::string before = fileBytes(crashed.path());
    const std::string log = fileBytes(companion(crashed.path(), "-wal"));
    ASSERT_FALSE(log.empty());

    EXPECT_THROW(Database(crashed.path(), OpenMode::ExistingOnly), DatabaseDamaged);
    EXPECT_EQ(fileBytes(crashed.path()), before);
    EXPECT_EQ(fileBytes(companion(crashed.path(), "-wal")), log);
}

TEST(DatabaseSafety, WriteThatMeetsDamageThrowsDatabaseDamaged)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    Database db(file.path(), OpenMode::CreateIfMissing);
    Participant first = newPerson("Benali", "Yasmine");
    ParticipantRepository(db, clock).add(first);

    // The participants' table now points at a page past the end of the file.
    const int version = db.sql().execAndGet("PRAGMA schema_version").getInt();
    db.sql().exec("PRAGMA writable_schema = ON");
    db.sql().exec("UPDATE sqlite_schema SET rootpage = 100000 WHERE name = 'participants'");
    db.sql().exec("PRAGMA schema_version = " + std::to_string(version + 1));
    db.sql().exec("PRAGMA writable_schema = OFF");

    Participant second = newPerson("Martin", "Léa");
    try {
        ParticipantRepository(db, clock).add(second);
        ADD_FAILURE() << "written into a damaged table";
    } catch (const DatabaseDamaged& e) {
        EXPECT_TRUE(contains(e.what(), "est endommagée"));
        EXPECT_EQ(e.path(), file.path());
    }
}

TEST(DatabaseSafety, EveryWritingConnectionHasWalAndSynchronousFull)
{
    const FixedClock clock(d("2026-11-27"));
    TempFolder folder;
    const fs::path base = folder / "suivi.parcours";
    {
        Database db(base, OpenMode::CreateIfMissing);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "new file";
        EXPECT_TRUE(db.setWriteAheadLog(false));
        EXPECT_TRUE(db.setWriteAheadLog(true));
        EXPECT_TRUE(walAndSynchronousFull(db)) << "after the rollback journal of a bulk write";
    }
    {
        Database db(base, OpenMode::CreateIfMissing);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "existing file, CreateIfMissing";
    }
    {
        Database db(base, OpenMode::ExistingOnly);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "ExistingOnly";
    }

    const fs::path older = folder / "ancienne.parcours";
    copySchemaV4Database(older);
    {
        Database db(older, OpenMode::ExistingOnly);
        EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "after an upgrade";
    }

    // The import into a missing file writes with a rollback journal, then the next writer has WAL again.
    const fs::path demo = folder / "demo.parcours";
    createDemoDatabase(demo, clock, DemoOptions{30, 2, clock.today()});
    {
        Database db(demo, OpenMode::ExistingOnly);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "after a demo";
        dumpDatabase(db, folder / "dossier");
    }
    const fs::path imported = folder / "import.parcours";
    ASSERT_TRUE(importFolderIntoFile(imported, clock, folder / "dossier").succeeded());
    EXPECT_TRUE(nothingBeside(imported));
    {
        Database db(imported, OpenMode::ExistingOnly);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "after an import into a new file";
    }
    {
        Database db(imported, OpenMode::CreateIfMissing);
        EXPECT_TRUE(walAndSynchronousFull(db)) << "CreateIfMissing after an import";
    }
}

TEST(DatabaseSafety, FileAtRestUsesARollbackJournalOnceItsLastWriterHasClosed)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    {
        Database first(file.path(), OpenMode::CreateIfMissing);
        {
            Database second(file.path(), OpenMode::ExistingOnly);
            Participant p = newPerson("Benali", "Yasmine");
            ParticipantRepository(second, clock).add(p);
        }
        // The first writer still has the file open: it stays in WAL mode.
        EXPECT_EQ(journalMode(first.sql()), "wal");
        EXPECT_TRUE(fs::exists(companion(file.path(), "-wal")));
    }
    EXPECT_EQ(restingJournalMode(file.path()), "delete");
    EXPECT_TRUE(nothingBeside(file.path()));

    // A reader of the file at rest writes nothing, beside it or in it.
    const std::string before = fileBytes(file.path());
    {
        Database db(file.path(), OpenMode::ReadOnly);
        EXPECT_EQ(ParticipantRepository(db, clock).count(), 1);
        EXPECT_TRUE(nothingBeside(file.path()));
    }
    EXPECT_EQ(fileBytes(file.path()), before);
    EXPECT_TRUE(nothingBeside(file.path()));
}

TEST(DatabaseSafety, ReaderOfAWalFileWhoseLogCannotBeCreatedReadsTheFileAlone)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        Participant p = newPerson("Benali", "Yasmine");
        ParticipantRepository(db, clock).add(p);
    }
    {
        SQLite::Database raw(file.path().string(), SQLite::OPEN_READWRITE); // left in WAL mode by an older version
        raw.exec("PRAGMA journal_mode = WAL");
    }
    ASSERT_EQ(restingJournalMode(file.path()), "wal");
    fs::remove(companion(file.path(), "-wal"));
    fs::remove(companion(file.path(), "-shm"));
    const std::string before = fileBytes(file.path());

    // Fault injection, biting as root too: a folder stands where the log would be created, as in a
    // read-only folder or on a full disk (SQLite then fails with SQLITE_CANTOPEN, SQLITE_READONLY or
    // SQLITE_IOERR).
    fs::create_directory(companion(file.path(), "-wal"));
    {
        Database db(file.path(), OpenMode::ReadOnly);
        EXPECT_EQ(ParticipantRepository(db, clock).count(), 1);
    }
    EXPECT_EQ(fileBytes(file.path()), before);
    EXPECT_FALSE(fs::exists(companion(file.path(), "-shm")));
    fs::remove(companion(file.path(), "-wal"));

    // A writer cannot go on without its log either: refused in French, the file as it was.
    fs::create_directory(companion(file.path(), "-wal"));
    try {
        Database db(file.path(), OpenMode::ExistingOnly);
        ADD_FAILURE() << "opened for writing without a log";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "Impossible d'ouvrir la base « " + file.path().string() + " »"));
    }
    EXPECT_EQ(fileBytes(file.path()), before);
    fs::remove(companion(file.path(), "-wal"));
}

TEST(DatabaseSafety, FullDiskRefusesTheWriteInFrenchAndKeepsWhatWasSaved)
{
    const FixedClock clock(d("2026-11-27"));
    TempDatabaseFile file;
    int saved = 0;
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
        // Fault injection: the file may not grow past its present size, as on a full disk.
        const int pages = db.sql().execAndGet("PRAGMA page_count").getInt();
        db.sql().execAndGet("PRAGMA max_page_count = " + std::to_string(pages));
        bool refused = false;
        for (int i = 0; i < 1000 && !refused; ++i) {
            const std::string lastName = "Nom" + std::to_string(i);
            Participant p = newPerson(lastName.c_str(), "Prénom");
            try {
                ParticipantRepository(db, clock).add(p);
                ++saved;
            } catch (const StoreError& e) {
                refused = true;
                EXPECT_TRUE(contains(e.what(), "Le disque de la base « " + file.path().string()
                                                   + " » est plein : rien n'a été enregistré."));
            }
        }
        EXPECT_TRUE(refused) << "1000 participants written into a full file";
    }
    Database db(file.path(), OpenMode::ExistingOnly); // sound: its quick_check passed
    EXPECT_EQ(ParticipantRepository(db, clock).count(), saved);
}

#ifndef _WIN32
TEST(DatabaseSafety, WriterMakesABaseOfAnOlderVersionPrivate)
{
    TempDatabaseFile file;
    {
        Database db(file.path(), OpenMode::CreateIfMissing);
    }
    // As an older version left it, under umask 022; a reader changes nothing.
    const auto open = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read;
    fs::permissions(file.path(), open);
    {
        Database db(file.path(), OpenMode::ReadOnly);
    }
    EXPECT_EQ(fs::status(file.path()).permissions(), open);

    Database db(file.path(), OpenMode::ExistingOnly);
    const auto privateFile = fs::perms::owner_read | fs::perms::owner_write;
    EXPECT_EQ(fs::status(file.path()).permissions(), privateFile);
    for (const char* suffix : {"-wal", "-shm"}) {
        ASSERT_TRUE(fs::exists(companion(file.path(), suffix))) << suffix;
        EXPECT_EQ(fs::status(companion(file.path(), suffix)).permissions(), privateFile) << suffix;
    }
}
#endif

} // namespace
} // namespace parcours::test
