// `parcours-cli backup` and `restore`: the checked copy, where it goes, and a restore that refuses a
// damaged backup but mends a damaged base, keeping it aside. Exit statuses of cli.md.
#include "CliRunner.h"

#include "store/DatabaseCopy.h"

#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>

#include <fstream>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

int participants(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM participants").getInt();
}

// Zeroes the participants' root page: the base fails quick_check.
void damage(const fs::path& file)
{
    int page = 0;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'participants'").getInt();
    }
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(page - 1) * 4096);
    const std::string zeros(4096, '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
}

class BackupCommandTest : public CliTest {
protected:
    fs::path base() const { return pathIn("suivi.parcours"); }
    void createDemo() const
    {
        const CliResult demo = run({"demo", "--db", base().string(), "--participants", "15"});
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }
};

TEST_F(BackupCommandTest, BackupWithoutToGoesIntoTheBackupsFolderAndSaysWhere)
{
    createDemo();
    const CliResult result = run({"backup", "--db", base().string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const fs::path folder = pathIn("suivi.parcours-sauvegardes");
    ASSERT_TRUE(fs::is_directory(folder));
    const fs::path written = fs::directory_iterator(folder)->path();
    EXPECT_THAT(written.filename().string(), StartsWith("sauvegarde-"));
    EXPECT_THAT(result.out, HasSubstr(written.string()));
    EXPECT_EQ(participants(written), 15);
    EXPECT_TRUE(checkDatabaseCopy(written).sound);
}

TEST_F(BackupCommandTest, BackupToAFileGivesTheSameRows)
{
    createDemo();
    const fs::path copy = pathIn("copie.sqlite");
    const CliResult result = run({"backup", "--db", base().string(), "--to", copy.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("copie.sqlite"));
    EXPECT_EQ(participants(copy), 15);

    const CliResult again = run({"backup", "--db", base().string(), "--to", copy.string()});
    EXPECT_EQ(again.exitCode, 1) << "an existing file is never overwritten";
    EXPECT_THAT(again.err, HasSubstr("existe déjà"));
}

TEST_F(BackupCommandTest, BackupOfAMissingBaseIsRefusedAndCreatesNothing)
{
    const CliResult result = run({"backup", "--db", base().string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("suivi.parcours"));
    EXPECT_THAT(folderEntries(), Not(Contains("suivi.parcours")));
}

TEST_F(BackupCommandTest, RestoreWithoutFromIsAWrongCommandLine)
{
    const CliResult result = run({"restore", "--db", base().string()});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(BackupCommandTest, RestoreRefusesADamagedBackup)
{
    createDemo();
    const fs::path copy = pathIn("copie.sqlite");
    ASSERT_EQ(run({"backup", "--db", base().string(), "--to", copy.string()}).exitCode, 0);
    damage(copy);
    const std::string before = readFile(base());

    const CliResult result = run({"restore", "--db", base().string(), "--from", copy.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("copie.sqlite"));
    EXPECT_THAT(result.err, HasSubstr("refusée"));
    EXPECT_EQ(readFile(base()), before);
}

TEST_F(BackupCommandTest, RestoreOfADamagedBaseWorksAndKeepsItAside)
{
    createDemo();
    const fs::path copy = pathIn("copie.sqlite");
    ASSERT_EQ(run({"backup", "--db", base().string(), "--to", copy.string()}).exitCode, 0);
    damage(base());
    ASSERT_EQ(run({"check", "--db", base().string()}).exitCode, 1) << "the damage is real";
    const std::string damaged = readFile(base());

    const CliResult result = run({"restore", "--db", base().string(), "--from", copy.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, IsEmpty());
    EXPECT_EQ(run({"check", "--db", base().string()}).exitCode, 0);
    EXPECT_EQ(participants(base()), 15);

    fs::path aside;
    for (const std::string& name : folderEntries()) {
        if (name.starts_with("suivi.parcours.remplacee-") && name.ends_with(".sqlite"))
            aside = pathIn(name);
    }
    ASSERT_FALSE(aside.empty()) << "the damaged base is kept aside";
    EXPECT_THAT(result.out, HasSubstr(aside.string()));
    EXPECT_EQ(readFile(aside), damaged);
}

} // namespace
} // namespace parcours::test
