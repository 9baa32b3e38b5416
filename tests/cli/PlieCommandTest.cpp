// `parcours-cli plie`: sets the PLIE's name and code, reads them back, and reading never creates a database.
#include "CliRunner.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using PlieCommandTest = CliTest;

TEST_F(PlieCommandTest, NameAndCodeSetThenReadBack)
{
    const std::string db = pathIn("parcours.db").string();
    const CliResult set = run({"plie", "--db", db, "--name", "PLIE de Rennes Métropole", "--code", "RM-35"});
    EXPECT_EQ(set.exitCode, 0) << set.err;
    EXPECT_THAT(set.out, HasSubstr("PLIE de Rennes Métropole"));
    EXPECT_THAT(set.err, IsEmpty());

    const CliResult read = run({"plie", "--db", db});
    EXPECT_EQ(read.exitCode, 0) << read.err;
    EXPECT_THAT(read.out, HasSubstr("Nom du PLIE : PLIE de Rennes Métropole\n"));
    EXPECT_THAT(read.out, HasSubstr("Code du PLIE : RM-35\n"));
}

TEST_F(PlieCommandTest, SettingOnlyTheCodeKeepsTheName)
{
    const std::string db = pathIn("parcours.db").string();
    ASSERT_EQ(run({"plie", "--db", db, "--name", "PLIE du Pays de Morlaix"}).exitCode, 0);
    ASSERT_EQ(run({"plie", "--db", db, "--code", "MX"}).exitCode, 0);

    const CliResult read = run({"plie", "--db", db});
    EXPECT_EQ(read.exitCode, 0) << read.err;
    EXPECT_THAT(read.out, HasSubstr("Nom du PLIE : PLIE du Pays de Morlaix\n"));
    EXPECT_THAT(read.out, HasSubstr("Code du PLIE : MX\n"));
}

TEST_F(PlieCommandTest, ReadingAMissingDatabaseIsRefusedAndCreatesNothing)
{
    const CliResult result = run({"plie", "--db", pathIn("absente.db").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("absente.db"));
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_THAT(folderEntries(), IsEmpty());
}

TEST_F(PlieCommandTest, WritingIntoATextFileIsRefusedAndLeavesIt)
{
    const auto file = pathIn("notes.db");
    writeFile(file, "pas une base\n");
    const CliResult result = run({"plie", "--db", file.string(), "--name", "PLIE de Lorient"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, Not(IsEmpty()));
    EXPECT_EQ(readFile(file), "pas une base\n");
}

} // namespace
} // namespace parcours::test
