// `parcours-cli archive`: how many files are due, a dry run that writes nothing, the backup
// taken before archiving, and the exit statuses of cli.md.
#include "CliRunner.h"

#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

using ::testing::HasSubstr;

int archivedCount(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM participants WHERE archived = 1").getInt();
}

std::size_t backupCount(const fs::path& folder)
{
    if (!fs::is_directory(folder))
        return 0;
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

class ArchiveCommandTest : public CliTest {
protected:
    fs::path base() const { return pathIn("suivi.parcours"); }
    fs::path backups() const { return pathIn("suivi.parcours-sauvegardes"); }
    void createDemo() const
    {
        const CliResult demo = run({"demo", "--db", base().string(), "--participants", "80"});
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }
};

TEST_F(ArchiveCommandTest, DryRunCountsAndWritesNothing)
{
    createDemo();
    const std::string before = readFile(base());
    const CliResult result = run({"archive", "--db", base().string(), "--months", "6", "--dry-run"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("dossiers à archiver"));
    EXPECT_EQ(readFile(base()), before);
    EXPECT_EQ(backupCount(backups()), 0u);
}

TEST_F(ArchiveCommandTest, ArchivesAfterABackupAndNothingIsDueAfterwards)
{
    createDemo();
    const CliResult result = run({"archive", "--db", base().string(), "--months", "6"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Sauvegarde écrite et vérifiée"));
    EXPECT_THAT(result.out, HasSubstr("dossiers archivés."));
    EXPECT_EQ(backupCount(backups()), 1u);
    EXPECT_GT(archivedCount(base()), 0);

    const CliResult again = run({"archive", "--db", base().string(), "--months", "6"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_THAT(again.out, HasSubstr("Aucun dossier à archiver"));
    EXPECT_EQ(backupCount(backups()), 1u);
}

TEST_F(ArchiveCommandTest, AnEarlierDateArchivesNoOne)
{
    createDemo();
    const CliResult result = run({"archive", "--db", base().string(), "--date", "2000-01-01"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Aucun dossier à archiver le 01/01/2000"));
    EXPECT_EQ(archivedCount(base()), 0);
}

TEST_F(ArchiveCommandTest, MalformedDateOrMonthsIsACommandLineError)
{
    createDemo();
    const std::string before = readFile(base());
    const std::string db = base().string();
    for (const CliResult& result :
         {run({"archive", "--db", db, "--date", "2026-02-30"}), run({"archive", "--db", db, "--months", "0"}),
          run({"archive", "--db", db, "--months", "241"}), run({"archive", "--db", db, "--months", "douze"})}) {
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_THAT(result.err, HasSubstr("parcours-cli archive : --"));
    }
    EXPECT_EQ(readFile(base()), before);
}

TEST_F(ArchiveCommandTest, AnEncryptedBaseIsArchivedWithItsPassphraseAndBackedUpEncrypted)
{
    const fs::path passphrase = pathIn("phrase.txt");
    writeFile(passphrase, "une phrase de passe assez longue\n");
    const CliResult demo =
        run({"demo", "--db", base().string(), "--participants", "40", "--passphrase-file", passphrase.string()});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
    ASSERT_NE(readFile(base()).substr(0, 15), "SQLite format 3");

    const CliResult without = run({"archive", "--db", base().string(), "--months", "6"});
    EXPECT_EQ(without.exitCode, 1);

    const CliResult result =
        run({"archive", "--db", base().string(), "--months", "6", "--passphrase-file", passphrase.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("dossiers archivés."));
    ASSERT_EQ(backupCount(backups()), 1u);
    const fs::path backup = fs::directory_iterator(backups())->path();
    EXPECT_NE(readFile(backup).substr(0, 15), "SQLite format 3");
}

TEST_F(ArchiveCommandTest, AMissingBaseIsRefusedAndNotCreated)
{
    const CliResult result = run({"archive", "--db", base().string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(fs::exists(base()));
}

} // namespace
} // namespace parcours::test
