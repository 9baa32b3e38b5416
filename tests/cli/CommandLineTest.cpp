// parcours-cli's command line itself: --version, --help, and exit status 2 for every wrong line.
#include "CliRunner.h"

#include "Version.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using CommandLineTest = CliTest;

TEST_F(CommandLineTest, VersionPrintsTheProgramAndItsVersion)
{
    const CliResult result = run({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, std::string("parcours-cli ") + kVersion + "\n");
    EXPECT_THAT(result.err, IsEmpty());
}

TEST_F(CommandLineTest, HelpListsTheCommands)
{
    const CliResult result = run({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.out, HasSubstr("check"));
    EXPECT_THAT(result.out, HasSubstr("plie"));
    EXPECT_THAT(result.out, HasSubstr("--version"));
    EXPECT_THAT(result.err, IsEmpty());
}

TEST_F(CommandLineTest, EachCommandHasItsHelp)
{
    const CliResult check = run({"check", "--help"});
    EXPECT_EQ(check.exitCode, 0);
    EXPECT_THAT(check.out, HasSubstr("--db"));

    const CliResult plie = run({"plie", "--help"});
    EXPECT_EQ(plie.exitCode, 0);
    EXPECT_THAT(plie.out, HasSubstr("--db"));
    EXPECT_THAT(plie.out, HasSubstr("--name"));
    EXPECT_THAT(plie.out, HasSubstr("--code"));
    EXPECT_THAT(folderEntries(), IsEmpty());
}

TEST_F(CommandLineTest, UnknownOptionIsAWrongCommandLine)
{
    const std::string db = pathIn("parcours.db").string();
    const CliResult result = run({"plie", "--db", db, "--name", "PLIE de Brest", "--colour", "bleu"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--colour"));
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_THAT(folderEntries(), IsEmpty()) << "a refused command line must not create the database";

    EXPECT_EQ(run({"--colour"}).exitCode, 2);
}

TEST_F(CommandLineTest, MissingDatabaseOptionIsAWrongCommandLine)
{
    const CliResult result = run({"check"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--db"));
    EXPECT_THAT(result.err, HasSubstr("parcours-cli check --help"));
}

TEST_F(CommandLineTest, MissingValueIsAWrongCommandLine)
{
    const CliResult result = run({"plie", "--db"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, Not(IsEmpty()));
}

TEST_F(CommandLineTest, NoCommandIsAWrongCommandLine)
{
    const CliResult result = run({});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("parcours-cli --help"));
}

TEST_F(CommandLineTest, UnknownCommandIsAWrongCommandLine)
{
    const CliResult result = run({"frobnicate", "--db", pathIn("parcours.db").string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("frobnicate"));
    EXPECT_THAT(folderEntries(), IsEmpty());
}

} // namespace
} // namespace parcours::test
