// `parcours-cli import`, `dump` and `demo`: exit statuses, messages, and the files they leave.
#include "CliRunner.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

using TransferCommandsTest = CliTest;

const char* const kFiles[] = {"participants.csv", "parcours.csv", "steps.csv", "freins.csv", "contacts.csv",
                              "actions.csv",      "holds.csv",    "hires.csv", "plie.csv"};

TEST_F(TransferCommandsTest, DemoThenDumpThenImportThenDumpGivesTheSameFiles)
{
    const std::string demo = pathIn("demo.db").string();
    const CliResult created = run({"demo", "--db", demo, "--participants", "120", "--seed", "3", "--quiet"});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_THAT(created.out, HasSubstr("120 participant.e.s"));
    EXPECT_THAT(created.err, IsEmpty()) << "--quiet silences the progress";

    const CliResult dumped = run({"dump", "--db", demo, pathIn("d1").string()});
    ASSERT_EQ(dumped.exitCode, 0) << dumped.err;
    const CliResult imported = run({"import", "--quiet", "--db", pathIn("copie.db").string(), pathIn("d1").string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_THAT(imported.out, StartsWith("Import réussi : 120 participant.e.s"));
    EXPECT_THAT(imported.out, HasSubstr(" entretiens, "));
    EXPECT_THAT(imported.out, HasSubstr(" actions prévues, "));
    ASSERT_EQ(run({"dump", "--db", pathIn("copie.db").string(), pathIn("d2").string()}).exitCode, 0);
    for (const char* name : kFiles)
        EXPECT_EQ(readFile(pathIn("d1") / name), readFile(pathIn("d2") / name)) << name;
}

TEST_F(TransferCommandsTest, TheSameSeedGivesTheSameDemo)
{
    for (const char* name : {"a", "b"}) {
        ASSERT_EQ(run({"demo", "--quiet", "--db", pathIn(std::string(name) + ".db").string(), "--participants", "80",
                       "--seed", "42", "--csv", pathIn(name).string()})
                      .exitCode,
                  0);
    }
    for (const char* name : kFiles)
        EXPECT_EQ(readFile(pathIn("a") / name), readFile(pathIn("b") / name)) << name;
    EXPECT_NE(readFile(pathIn("a") / "participants.csv").find("P000080"), std::string::npos);
}

TEST_F(TransferCommandsTest, ARefusedImportPrintsFileLineColumnAndCreatesNothing)
{
    const auto folder = pathIn("dossier");
    std::filesystem::create_directories(folder);
    writeFile(
        folder / "participants.csv",
        "participant_id,last_name,first_name,birth_date,sex\nP1,Durand,Léa,1990-02-30,F\nP2,Roux,Jo,1980-01-01,Z\n");
    writeFile(folder / "parcours.csv", "parcours_id,participant_id,referent,entry_date\n");
    const CliResult result = run({"import", "--quiet", "--db", pathIn("base.db").string(), folder.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("participants.csv:2: birth_date: Date « 1990-02-30 » invalide"));
    EXPECT_THAT(result.err, HasSubstr("participants.csv:3: sex: Valeur « Z » inconnue"));
    EXPECT_THAT(result.err, HasSubstr("Import refusé : 2 erreurs ; la base n'a pas été modifiée."));
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_THAT(folderEntries(), UnorderedElementsAre("dossier"));
}

TEST_F(TransferCommandsTest, ImportShowsProgressUnlessQuiet)
{
    ASSERT_EQ(run({"demo", "--quiet", "--db", pathIn("demo.db").string(), "--participants", "30", "--csv",
                   pathIn("d").string()})
                  .exitCode,
              0);
    const CliResult result = run({"import", "--db", pathIn("copie.db").string(), pathIn("d").string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("100 %"));
}

TEST_F(TransferCommandsTest, DumpAndDemoRefusals)
{
    const CliResult missing = run({"dump", "--db", pathIn("absente.db").string(), pathIn("out").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(folderEntries(), IsEmpty()) << "a dump never creates a database";

    const std::string demo = pathIn("demo.db").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", demo, "--participants", "10"}).exitCode, 0);
    const CliResult again = run({"demo", "--quiet", "--db", demo});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("jamais mêlée à des données réelles"));

    EXPECT_EQ(run({"demo", "--db", pathIn("x.db").string(), "--participants", "zéro"}).exitCode, 2);
    EXPECT_EQ(run({"import", "--db", pathIn("x.db").string()}).exitCode, 2) << "the folder is required";
}

} // namespace
} // namespace parcours::test
