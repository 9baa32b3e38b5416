// `parcours-cli access`: the person's copy (their rows, the history of their file, their fiche
// as a PDF), traced; an unknown person, a folder not empty, a missing --out refused.
#include "CliRunner.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/ReadTraces.h"

#include <gmock/gmock.h>

#include <set>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class AccessCommandTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        database = pathIn("base.db").string();
        const std::filesystem::path folder = pathIn("dossier");
        std::filesystem::create_directories(folder);
        writeFile(folder / "participants.csv", "participant_id,last_name,first_name,birth_date,sex\n"
                                               "P1,Lefèvre,Anaïs,1979-02-28,F\n"
                                               "P2,Martin,Jules,1985-11-20,M\n");
        writeFile(folder / "parcours.csv", "parcours_id,participant_id,referent,entry_date\n"
                                           "C1,P1,Alice N'Diaye,2023-09-04\n"
                                           "C2,P2,Bruno Caron,2024-01-08\n");
        writeFile(folder / "contacts.csv", "parcours_id,date,mode,note\n"
                                           "C1,2023-09-05,presentiel,Premier entretien Anaïs\n"
                                           "C2,2024-02-01,telephone,Appel Jules\n");
        const CliResult imported = run({"import", "--db", database, folder.string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }

    std::string database;
};

TEST_F(AccessCommandTest, theCopyHoldsThePersonsRowsTheHistoryAndTheFicheAndIsTraced)
{
    const std::filesystem::path out = pathIn("copie");
    const CliResult result = run({"access", "--db", database, "--participant", "P1", "--out", out.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("Copie pour la personne écrite"));
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(out))
        files.insert(entry.path().filename().string());
    EXPECT_EQ(files, (std::set<std::string>{"actions.csv", "contacts.csv", "fiche-parcours.pdf", "freins.csv",
                                            "hires.csv", "historique-du-dossier.csv", "holds.csv", "parcours.csv",
                                            "participants.csv", "plie.csv", "steps.csv"}));
    EXPECT_THAT(readFile(out / "participants.csv"), HasSubstr("P1,Lefèvre,Anaïs,1979-02-28,F"));
    EXPECT_THAT(readFile(out / "contacts.csv"), HasSubstr("Premier entretien Anaïs"));
    EXPECT_EQ(readFile(out / "fiche-parcours.pdf").substr(0, 5), "%PDF-");
    EXPECT_THAT(readFile(out / "historique-du-dossier.csv"), HasSubstr("Date et heure (UTC);Auteur;Action"));
    for (const std::string& file : files) {
        if (file == "fiche-parcours.pdf")
            continue;
        EXPECT_THAT(readFile(out / file), Not(HasSubstr("Jules"))) << file;
        EXPECT_THAT(readFile(out / file), Not(HasSubstr("Bruno Caron"))) << file;
    }

    Database db(database, OpenMode::ReadOnly);
    const SystemClock clock;
    const std::string uuid = ParticipantRepository(db, clock).findByExternalId("P1").value().record.uuid;
    const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, uuid);
    ASSERT_FALSE(traces.empty());
    EXPECT_EQ(traces.back().action, ReadAction::Access);
    EXPECT_EQ(traces.back().detail, "copie");
}

TEST_F(AccessCommandTest, anUnknownParticipantIsRefusedInFrenchAndNothingWritten)
{
    const std::filesystem::path out = pathIn("copie");
    const CliResult result = run({"access", "--db", database, "--participant", "P9", "--out", out.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("aucun.e participant.e « P9 »"));
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(AccessCommandTest, aFolderNotEmptyIsRefused)
{
    const std::filesystem::path out = pathIn("occupé");
    std::filesystem::create_directories(out);
    writeFile(out / "notes.txt", "à garder");
    const CliResult result = run({"access", "--db", database, "--participant", "P1", "--out", out.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("n'est pas vide"));
    EXPECT_EQ(readFile(out / "notes.txt"), "à garder");
    EXPECT_FALSE(std::filesystem::exists(out / "participants.csv"));
}

TEST_F(AccessCommandTest, aMissingOutIsACommandLineError)
{
    const CliResult result = run({"access", "--db", database, "--participant", "P1"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--out"));
}

TEST_F(AccessCommandTest, aListWrittenToAFileTracesEachPersonListed)
{
    const CliResult result = run({"list", "--db", database, "--status", "tous", "--out", pathIn("liste.csv").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    Database db(database, OpenMode::ReadOnly);
    const SystemClock clock;
    for (const char* id : {"P1", "P2"}) {
        const std::string uuid = ParticipantRepository(db, clock).findByExternalId(id).value().record.uuid;
        const std::vector<ReadTrace> traces = readtraces::ofParticipant(db, uuid);
        ASSERT_EQ(traces.size(), 1u) << id;
        EXPECT_EQ(traces[0].action, ReadAction::Export);
        EXPECT_EQ(traces[0].detail, "liste.csv");
    }
}

} // namespace
} // namespace parcours::test
