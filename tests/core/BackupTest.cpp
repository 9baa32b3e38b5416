// Backups: the online copy gives the same rows, is checked and private; the rotation keeps what
// its rule says over simulated days; a restore refuses a damaged backup, works on a damaged base
// and keeps the replaced file aside.
#include "SchemaTestSupport.h"
#include "StoreFixture.h"

#include "backup/BackupFolder.h"
#include "backup/BackupRestore.h"
#include "store/DatabaseCopy.h"
#include "store/StoreError.h"
#include "transfer/DemoDatabase.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <sys/stat.h> // umask: this test is POSIX, as its permissions are

#include <fstream>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

// Every row of every table, as text, in rowid order: two files with the same text hold the same data.
std::string allRows(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    std::vector<std::string> tables;
    SQLite::Statement names(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (names.executeStep())
        tables.push_back(names.getColumn(0).getString());
    std::string text;
    for (const std::string& table : tables) {
        text += "[" + table + "]\n";
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep()) {
            for (int i = 0; i < rows.getColumnCount(); ++i)
                text += rows.getColumn(i).getString() + "|";
            text += "\n";
        }
    }
    return text;
}

int participantCount(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM participants").getInt();
}

// Zeroes the root page of the participants' table: quick_check then fails, as after a torn write.
void damage(const fs::path& file)
{
    int page = 0;
    int pageSize = 0;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'participants'").getInt();
        pageSize = db.execAndGet("PRAGMA page_size").getInt();
    }
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(page - 1) * pageSize);
    const std::string zeros(static_cast<std::size_t>(pageSize), '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
}

fs::perms permissionsOf(const fs::path& path)
{
    return fs::status(path).permissions() & fs::perms::all;
}

constexpr fs::perms kPrivateFile = fs::perms::owner_read | fs::perms::owner_write;

class BackupTest : public ::testing::Test {
protected:
    void SetUp() override { m_umask = ::umask(022); }
    void TearDown() override { ::umask(m_umask); }

    // A demo base of 12 participants, closed (its WAL checkpointed into the file).
    void createDemo()
    {
        DemoOptions options;
        options.participants = 12;
        options.today = clock.today();
        createDemoDatabase(base, clock, options);
    }

    TempFolder folder;
    fs::path base = folder / "suivi.parcours";
    FixedClock clock{d("2026-12-01")};

private:
    mode_t m_umask = 0;
};

TEST_F(BackupTest, BackupHoldsTheSameRowsIsSoundAndPrivateUnderUmask022)
{
    createDemo();
    const fs::path written = backupNow(base, clock);

    EXPECT_EQ(written, backupFolderFor(base) / "sauvegarde-2026-12-01T09-00-00Z.sqlite");
    EXPECT_EQ(backupFolderFor(base), folder / "suivi.parcours-sauvegardes");
    EXPECT_EQ(allRows(written), allRows(base));
    EXPECT_EQ(participantCount(written), 12);
    EXPECT_TRUE(checkDatabaseCopy(written).sound) << checkDatabaseCopy(written).problem;
    EXPECT_EQ(permissionsOf(written), kPrivateFile);
    EXPECT_EQ(permissionsOf(backupFolderFor(base)), fs::perms::owner_all);
    // One self-contained file: no WAL companion beside it, even after it was read.
    EXPECT_FALSE(fs::exists(written.string() + "-wal"));
    EXPECT_EQ(fs::directory_iterator(backupFolderFor(base))->path(), written) << "no temporary file left";
}

TEST_F(BackupTest, BackupToAFileIsPrivateAndRefusesToOverwrite)
{
    createDemo();
    const fs::path target = folder / "copie.sqlite";
    copyDatabaseFile(base, target);
    EXPECT_EQ(allRows(target), allRows(base));
    EXPECT_EQ(permissionsOf(target), kPrivateFile);

    const std::string before = fileBytes(target);
    EXPECT_THROW(copyDatabaseFile(base, target), StoreError);
    EXPECT_EQ(fileBytes(target), before);
}

TEST_F(BackupTest, BackupIsTakenWhileAnotherConnectionIsWriting)
{
    createDemo();
    Database open(base, OpenMode::ExistingOnly);
    open.sql().exec("BEGIN IMMEDIATE");
    open.sql().exec("DELETE FROM contacts");
    const fs::path written = backupNow(base, clock); // sees the committed state only
    open.sql().exec("ROLLBACK");

    EXPECT_TRUE(checkDatabaseCopy(written).sound);
    EXPECT_EQ(allRows(written), allRows(base));
}

TEST_F(BackupTest, DamagedBaseGivesNoBackupAndLeavesTheFolderAsItWas)
{
    createDemo();
    const fs::path first = backupNow(base, clock);
    damage(base);
    clock.setToday(d("2026-12-02"));

    EXPECT_THROW(backupNow(base, clock), StoreError);
    EXPECT_EQ(listBackups(base).size(), 1u);
    EXPECT_EQ(listBackups(base).front().path, first);
    EXPECT_EQ(std::distance(fs::directory_iterator(backupFolderFor(base)), fs::directory_iterator()), 1);
}

TEST_F(BackupTest, ForeignFileIsNotBackedUp)
{
    {
        std::ofstream(base) << "pas une base";
    }
    EXPECT_THROW(copyDatabaseFile(base, folder / "copie.sqlite"), StoreError);
    EXPECT_FALSE(fs::exists(folder / "copie.sqlite"));
}

TEST(BackupNames, SortableByInstantAndParsedBack)
{
    const auto parsed = parseBackupName("sauvegarde-2026-12-01T09-14-03Z-2.sqlite");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->instant, "2026-12-01T09:14:03Z");
    EXPECT_EQ(parsed->day, d("2026-12-01"));
    EXPECT_EQ(parsed->sequence, 2);
    for (const char* other : {"sauvegarde-2026-12-01T09-14-03Z.sqlite-journal", "suivi.parcours",
                              "sauvegarde-2026-02-30T09-14-03Z.sqlite", "sauvegarde-2026-12-01T09-14-03.sqlite",
                              "sauvegarde-2026-12-01T09-14-03Z-1.sqlite", "sauvegarde-2026-12-01T09-14-03Z-x.sqlite"})
        EXPECT_FALSE(parseBackupName(other).has_value()) << other;
}

// The day part of each kept backup's name, oldest first.
std::vector<std::string> keptDays(const fs::path& base)
{
    std::vector<std::string> days;
    for (const BackupFile& backup : listBackups(base))
        days.insert(days.begin(), backup.path.filename().string());
    return days;
}

TEST_F(BackupTest, RotationOverSixtyDaysKeepsSevenDailyAndFourWeekly)
{
    {
        Database created(base, OpenMode::CreateIfMissing);
    }
    // Two backups a day (same second: the second is « -2 ») from Thursday 1 October to Sunday 29 November.
    for (Date day = d("2026-10-01"); day <= d("2026-11-29"); day += boost::gregorian::days(1)) {
        clock.setToday(day);
        backupNow(base, clock);
        backupNow(base, clock);
    }
    // Daily: the 7 days of ISO week 48 (23-29 November), the newest of each. Weekly, before
    // them: the newest of weeks 47, 46, 45 and 44, each a Sunday.
    const std::vector<std::string> expected{
        "sauvegarde-2026-11-01T09-00-00Z-2.sqlite", "sauvegarde-2026-11-08T09-00-00Z-2.sqlite",
        "sauvegarde-2026-11-15T09-00-00Z-2.sqlite", "sauvegarde-2026-11-22T09-00-00Z-2.sqlite",
        "sauvegarde-2026-11-23T09-00-00Z-2.sqlite", "sauvegarde-2026-11-24T09-00-00Z-2.sqlite",
        "sauvegarde-2026-11-25T09-00-00Z-2.sqlite", "sauvegarde-2026-11-26T09-00-00Z-2.sqlite",
        "sauvegarde-2026-11-27T09-00-00Z-2.sqlite", "sauvegarde-2026-11-28T09-00-00Z-2.sqlite",
        "sauvegarde-2026-11-29T09-00-00Z-2.sqlite"};
    EXPECT_EQ(keptDays(base), expected);
}

TEST(BackupRotation, DaysWithoutBackupsDoNotCountAndOtherFilesStay)
{
    std::vector<BackupFile> backups;
    for (const char* name : {"sauvegarde-2026-12-31T10-00-00Z.sqlite", "sauvegarde-2026-12-20T10-00-00Z.sqlite",
                             "sauvegarde-2026-12-10T10-00-00Z.sqlite", "sauvegarde-2026-12-01T10-00-00Z.sqlite",
                             "sauvegarde-2026-11-20T10-00-00Z.sqlite", "sauvegarde-2026-11-10T10-00-00Z.sqlite",
                             "sauvegarde-2026-11-01T10-00-00Z.sqlite", "sauvegarde-2026-10-30T10-00-00Z.sqlite",
                             "sauvegarde-2026-10-29T10-00-00Z.sqlite", "sauvegarde-2026-10-28T10-00-00Z.sqlite",
                             "sauvegarde-2026-10-10T10-00-00Z.sqlite", "sauvegarde-2026-10-01T10-00-00Z.sqlite",
                             "sauvegarde-2026-09-01T10-00-00Z.sqlite", "sauvegarde-2026-08-01T10-00-00Z.sqlite"})
        backups.push_back(*parseBackupName(name));
    std::vector<std::string> kept;
    for (const BackupFile& backup : backupsToKeep(backups))
        kept.push_back(backup.instant.substr(0, 10));
    // 7 days that have backups, however far apart; then 4 ISO weeks: 30 and 29 October share
    // week 44 (the newest, 30, is kept), 28 October is week 44 too, then 10 October, 1 October, 1 September.
    EXPECT_EQ(kept, (std::vector<std::string>{"2026-12-31", "2026-12-20", "2026-12-10", "2026-12-01", "2026-11-20",
                                              "2026-11-10", "2026-11-01", "2026-10-30", "2026-10-10", "2026-10-01",
                                              "2026-09-01"}));
}

TEST_F(BackupTest, RestoreRefusesADamagedBackupAndLeavesTheBaseAsItWas)
{
    createDemo();
    const fs::path backup = folder / "copie.sqlite";
    copyDatabaseFile(base, backup);
    damage(backup);
    const std::string before = fileBytes(base);

    try {
        restoreBackup(base, backup, clock);
        FAIL() << "a damaged backup was restored";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "copie.sqlite"));
        EXPECT_TRUE(contains(e.what(), "n'a pas été modifiée"));
    }
    EXPECT_EQ(fileBytes(base), before);
    EXPECT_EQ(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()), 2);
}

TEST_F(BackupTest, RestoreOfADamagedBaseWorksAndKeepsTheDamagedFileAside)
{
    createDemo();
    const fs::path backup = backupNow(base, clock);
    const std::string rows = allRows(base);
    damage(base);
    const std::string damaged = fileBytes(base);
    ASSERT_THROW(backupNow(base, clock), StoreError) << "the damage is real";

    clock.setToday(d("2026-12-02"));
    const RestoreResult result = restoreBackup(base, backup, clock);

    ASSERT_TRUE(result.keptAside.has_value());
    EXPECT_EQ(*result.keptAside, folder / "suivi.parcours.remplacee-2026-12-02T09-00-00Z.sqlite");
    EXPECT_EQ(fileBytes(*result.keptAside), damaged);
    EXPECT_EQ(permissionsOf(*result.keptAside), kPrivateFile);
    EXPECT_EQ(allRows(base), rows);
    EXPECT_EQ(permissionsOf(base), kPrivateFile);
    EXPECT_TRUE(fs::exists(backup)) << "the backup stays where it was";
    Database reopened(base, OpenMode::ExistingOnly); // the store takes it as it takes any base
    EXPECT_EQ(reopened.sql().execAndGet("SELECT count(*) FROM participants").getInt(), 12);
}

TEST_F(BackupTest, RestoreOfAMissingBasePutsTheBackupThere)
{
    createDemo();
    const fs::path backup = backupNow(base, clock);
    const std::string rows = allRows(base);
    fs::remove(base);

    const RestoreResult result = restoreBackup(base, backup, clock);
    EXPECT_FALSE(result.keptAside.has_value());
    EXPECT_EQ(allRows(base), rows);
}

TEST_F(BackupTest, RestoreIsRefusedWhileAnotherConnectionHasTheBaseOpen)
{
    createDemo();
    const fs::path backup = backupNow(base, clock);
    Database open(base, OpenMode::ExistingOnly);
    open.sql().exec("DELETE FROM contacts");
    const std::string rows = allRows(base);

    EXPECT_TRUE(isDatabaseInUse(base));
    try {
        restoreBackup(base, backup, clock);
        FAIL() << "restored under an open connection";
    } catch (const StoreError& e) {
        EXPECT_TRUE(contains(e.what(), "ouverte par un autre programme"));
    }
    EXPECT_EQ(allRows(base), rows);
    EXPECT_EQ(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()), 4)
        << "the base, its -wal and -shm, the backups' folder";
}

TEST_F(BackupTest, NewestSoundBackupPassesOverADamagedOne)
{
    createDemo();
    const fs::path older = backupNow(base, clock);
    clock.setToday(d("2026-12-02"));
    const fs::path newer = backupNow(base, clock);
    damage(newer);

    const auto sound = newestSoundBackup(base);
    ASSERT_TRUE(sound.has_value());
    EXPECT_EQ(sound->path, older);
    EXPECT_FALSE(checkDatabaseCopy(newer).sound);
    EXPECT_TRUE(contains(checkDatabaseCopy(newer).problem, "endommagé"));
}

TEST_F(BackupTest, CopyBeforeASchemaUpgradeIsCheckedAndPrivate)
{
    copySchemaV4Database(base);
    fs::permissions(base, fs::perms::owner_read | fs::perms::owner_write);
    const std::string rows = allRows(base);
    {
        Database upgraded(base, OpenMode::ExistingOnly);
    }
    const fs::path copy = base.string() + ".avant-schema-" + std::to_string(Database::kSchemaVersion) + ".bak";
    const CopyCheck check = checkDatabaseCopy(copy);
    EXPECT_TRUE(check.sound) << check.problem;
    EXPECT_EQ(check.schemaVersion, 4);
    EXPECT_EQ(allRows(copy), rows);
    EXPECT_EQ(permissionsOf(copy), kPrivateFile);
}

} // namespace
} // namespace parcours::test
