// An encrypted base on the command line: every command takes --passphrase-file; without it, or
// with a wrong one, the base is refused (exit 1, in French, never SQLCipher's own lines);
// `encrypt` encrypts a plain base in place with its backups, and changes a passphrase.
#include "CliRunner.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

namespace fs = std::filesystem;

class EncryptionCommandsTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        writeFile(key(), "rouge-gorge au jardin d'hiver\n");
        writeFile(otherKey(), "merle sur la haie de houx\n");
    }

    fs::path base() const { return pathIn("suivi.parcours"); }
    fs::path key() const { return pathIn("phrase.txt"); }
    fs::path otherKey() const { return pathIn("autre-phrase.txt"); }

    void createDemo(bool encrypted)
    {
        if (encrypted) {
            ASSERT_EQ(run({"demo", "--quiet", "--db", base().string(), "--participants", "25", "--passphrase-file",
                           key().string()})
                          .exitCode,
                      0);
        } else {
            ASSERT_EQ(run({"demo", "--quiet", "--db", base().string(), "--participants", "25"}).exitCode, 0);
        }
    }

    // The participants' list as `list` prints it, opened with `keyFile` (none when empty).
    std::string listed(const fs::path& keyFile = {})
    {
        const CliResult result = keyFile.empty()
                                     ? run({"list", "--db", base().string()})
                                     : run({"list", "--db", base().string(), "--passphrase-file", keyFile.string()});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }
};

bool hasSqliteHeader(const fs::path& file)
{
    return readFile(file).rfind("SQLite format 3", 0) == 0;
}

TEST_F(EncryptionCommandsTest, EveryCommandRefusesAnEncryptedBaseWithoutItsPassphrase)
{
    createDemo(true);
    EXPECT_FALSE(hasSqliteHeader(base()));
    const std::string before = readFile(base());
    const fs::path dump = pathIn("dump");
    const std::vector<std::vector<std::string>> commands = {
        {"list", "--db", base().string()},
        {"check", "--db", base().string()},
        {"dump", "--db", base().string(), dump.string()},
        {"export", "--db", base().string(), "--year", "2025"},
        {"agenda", "--db", base().string()},
        {"changes", "--db", base().string()},
        {"backup", "--db", base().string()},
        {"plie", "--db", base().string(), "--name", "PLIE de Test"},
    };
    for (const std::vector<std::string>& command : commands) {
        for (const fs::path& keyFile : {fs::path(), otherKey()}) {
            std::vector<std::string> args = command;
            if (!keyFile.empty()) {
                args.push_back("--passphrase-file");
                args.push_back(keyFile.string());
            }
            SCOPED_TRACE(command[0] + (keyFile.empty() ? " sans phrase" : " avec une autre phrase"));
            const CliResult result = run(args);
            EXPECT_EQ(result.exitCode, 1) << result.err;
            EXPECT_THAT(result.err, HasSubstr("phrase de passe"));
            EXPECT_THAT(result.err, HasSubstr("suivi.parcours"));
            EXPECT_THAT(result.err, Not(HasSubstr("sqlcipher")));
            EXPECT_THAT(result.err, Not(HasSubstr("ERROR")));
            if (keyFile.empty()) {
                EXPECT_THAT(result.err, HasSubstr("--passphrase-file"));
            }
        }
    }
    EXPECT_TRUE(readFile(base()) == before); // not EXPECT_EQ: no dump of the whole file
    EXPECT_FALSE(fs::exists(dump));
    EXPECT_FALSE(fs::exists(pathIn("suivi.parcours.sauvegardes")));

    const CliResult check = run({"check", "--db", base().string(), "--passphrase-file", key().string()});
    EXPECT_EQ(check.exitCode, 0) << check.err;
    EXPECT_THAT(check.out, HasSubstr("Base saine."));
    EXPECT_THAT(check.err, IsEmpty());
}

TEST_F(EncryptionCommandsTest, EncryptKeepsEveryRowAndEncryptsTheBackups)
{
    createDemo(false);
    ASSERT_EQ(run({"backup", "--db", base().string()}).exitCode, 0);
    const std::string plainList = listed();
    ASSERT_THAT(plainList, Not(IsEmpty()));

    const CliResult result = run({"encrypt", "--db", base().string(), "--passphrase-file", key().string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("chiffrée"));
    EXPECT_THAT(result.out, HasSubstr("1 copie"));
    EXPECT_THAT(result.out, HasSubstr("ne peut pas être retrouvée"));

    EXPECT_FALSE(hasSqliteHeader(base()));
    EXPECT_EQ(listed(key()), plainList);
    int backups = 0;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(pathIn("."))) {
        if (!entry.is_regular_file() || entry.path().extension() != ".sqlite")
            continue;
        ++backups;
        EXPECT_FALSE(hasSqliteHeader(entry.path())) << entry.path();
    }
    EXPECT_EQ(backups, 1);

    // Without its passphrase, the base is now refused.
    EXPECT_EQ(run({"list", "--db", base().string()}).exitCode, 1);
}

TEST_F(EncryptionCommandsTest, EncryptRefusesAShortPassphraseAndLeavesTheBaseAsItWas)
{
    createDemo(false);
    const std::string before = readFile(base());
    writeFile(key(), "court\n");
    const CliResult result = run({"encrypt", "--db", base().string(), "--passphrase-file", key().string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("trop courte"));
    EXPECT_TRUE(readFile(base()) == before); // not EXPECT_EQ: no dump of the whole file
}

TEST_F(EncryptionCommandsTest, EncryptNeedsAPassphraseFile)
{
    createDemo(false);
    const CliResult result = run({"encrypt", "--db", base().string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--passphrase-file"));
    EXPECT_TRUE(hasSqliteHeader(base()));

    const CliResult missing = run({"encrypt", "--db", base().string(), "--passphrase-file", "absent.txt"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("absent.txt"));
    EXPECT_TRUE(hasSqliteHeader(base()));
}

TEST_F(EncryptionCommandsTest, ChangingThePassphraseNeedsTheNewOneAndTheFormerNoLongerOpens)
{
    createDemo(true);
    const std::string rows = listed(key());

    const CliResult again = run({"encrypt", "--db", base().string(), "--passphrase-file", key().string()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("déjà chiffrée"));

    const CliResult changed = run({"encrypt", "--db", base().string(), "--passphrase-file", key().string(),
                                   "--new-passphrase-file", otherKey().string()});
    ASSERT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_THAT(changed.out, HasSubstr("changée"));
    EXPECT_EQ(listed(otherKey()), rows);
    EXPECT_EQ(run({"list", "--db", base().string(), "--passphrase-file", key().string()}).exitCode, 1);
}

} // namespace
} // namespace parcours::test
