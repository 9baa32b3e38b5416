// `parcours-cli changes` and `apply`: a copy carried home and its changes brought back.
#include "CliRunner.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

using ChangesCommandsTest = CliTest;

const char* const kFiles[] = {"participants.csv", "parcours.csv", "steps.csv", "freins.csv",
                              "contacts.csv",     "holds.csv",    "hires.csv", "plie.csv"};

std::size_t lineCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(ChangesCommandsTest, TheChangesOfADemoAppliedToAnEmptyDatabaseGiveTheSameDump)
{
    const std::string demo = pathIn("demo.db").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", demo, "--participants", "60", "--seed", "5"}).exitCode, 0);
    ASSERT_EQ(run({"plie", "--db", demo, "--name", "PLIE de Brocéliande"}).exitCode, 0);
    const CliResult changes = run({"changes", "--db", demo, "--out", pathIn("changes.jsonl").string()});
    ASSERT_EQ(changes.exitCode, 0) << changes.err;
    const std::string lines = readFile(pathIn("changes.jsonl"));
    EXPECT_THAT(changes.out, HasSubstr(std::to_string(lineCount(lines)) + " opération(s)"));
    EXPECT_THAT(lines, HasSubstr(R"("author":"demo")"));
    EXPECT_THAT(lines, HasSubstr(R"("entity":"plie")"));

    const std::string copy = pathIn("copie.db").string();
    const CliResult applied = run({"apply", "--db", copy, pathIn("changes.jsonl").string()});
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_THAT(applied.out, HasSubstr(std::to_string(lineCount(lines)) + " appliquée(s), 0 ignorée(s)"));
    EXPECT_THAT(applied.out, HasSubstr("0 en conflit"));
    ASSERT_EQ(run({"dump", "--db", demo, pathIn("d1").string()}).exitCode, 0);
    ASSERT_EQ(run({"dump", "--db", copy, pathIn("d2").string()}).exitCode, 0);
    for (const char* name : kFiles)
        EXPECT_EQ(readFile(pathIn("d1") / name), readFile(pathIn("d2") / name)) << name;

    const CliResult again = run({"apply", "--db", copy, pathIn("changes.jsonl").string()});
    EXPECT_THAT(again.out, HasSubstr("0 appliquée(s), " + std::to_string(lineCount(lines)) + " ignorée(s)"));
    // `changes` of the copy lists the same operations.
    EXPECT_EQ(run({"changes", "--db", copy}).out, lines);
}

TEST_F(ChangesCommandsTest, AConflictIsListedAndKeptAndTheRestApplied)
{
    const std::string office = pathIn("bureau.db").string();
    ASSERT_EQ(run({"plie", "--db", office, "--name", "PLIE A", "--code", "A1"}).exitCode, 0);
    ASSERT_EQ(run({"changes", "--db", office, "--out", pathIn("base.jsonl").string()}).exitCode, 0);
    const std::string home = pathIn("maison.db").string();
    ASSERT_EQ(run({"apply", "--db", home, pathIn("base.jsonl").string()}).exitCode, 0);
    const std::string last = readFile(pathIn("base.jsonl"));
    const std::string lastOp = last.substr(last.find(R"("op":")") + 6, 36);

    // At home the name changes; at the office both the name and the code changed meanwhile.
    ASSERT_EQ(run({"plie", "--db", home, "--name", "PLIE B"}).exitCode, 0);
    ASSERT_EQ(run({"plie", "--db", office, "--name", "PLIE C"}).exitCode, 0);
    ASSERT_EQ(run({"changes", "--db", home, "--after", lastOp, "--out", pathIn("retour.jsonl").string()}).exitCode, 0);
    EXPECT_EQ(lineCount(readFile(pathIn("retour.jsonl"))), 1u);

    const CliResult applied = run({"apply", "--db", office, pathIn("retour.jsonl").string()});
    EXPECT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_THAT(applied.out, HasSubstr("Conflit : plie"));
    EXPECT_THAT(applied.out, HasSubstr("champ name : ici « PLIE C », dans l'opération « PLIE B »"));
    EXPECT_THAT(applied.out, HasSubstr("0 appliquée(s), 0 ignorée(s) (déjà là), 1 en conflit"));
    EXPECT_THAT(run({"plie", "--db", office}).out, HasSubstr("PLIE C"));
}

TEST_F(ChangesCommandsTest, ABrokenFileIsRefusedWholeAndCreatesNothing)
{
    writeFile(pathIn("casse.jsonl"), "{\"op\": 1}\n");
    const CliResult result = run({"apply", "--db", pathIn("neuve.db").string(), pathIn("casse.jsonl").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("casse.jsonl:1 : le champ « op » manque ou n'est pas un texte"));
    EXPECT_THAT(folderEntries(), UnorderedElementsAre("casse.jsonl"));
}

TEST_F(ChangesCommandsTest, ChangesOnlyReadsAndNeverCreates)
{
    const CliResult result = run({"changes", "--db", pathIn("absente.db").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_TRUE(folderEntries().empty());
    const CliResult unknown = run({"changes", "--db", pathIn("absente.db").string(), "--bogus"});
    EXPECT_EQ(unknown.exitCode, 2);
}

} // namespace
} // namespace parcours::test
