// `parcours-cli agenda`: « À faire » of agenda.md as CSV, on a pinned day, over a folder
// imported for the purpose; reads only.
#include "CliRunner.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;

using AgendaCommandTest = CliTest;

// Two référent.e.s. On 2024-03-01: C1 has seen nobody for 50 days; C2 is in follow-up of a
// hire of 31 August 2023 (six months: 29 February 2024, overdue) and has a step ending on
// 5 March; C3 is on hold since 1 December 2023 (90 days: 29 February); C4 has exited.
void writeFolder(const std::filesystem::path& folder)
{
    std::filesystem::create_directories(folder);
    writeFile(folder / "participants.csv", "participant_id,last_name,first_name,birth_date,sex\n"
                                           "P1,Traoré,Linda,1990-05-04,F\n"
                                           "P2,Martin,Jules,1985-11-20,M\n"
                                           "P3,\"Le Goff, dite Lou\",Louise,1979-02-28,F\n"
                                           "P4,Petit,Éric,1970-01-15,M\n");
    writeFile(folder / "parcours.csv",
              "parcours_id,participant_id,referent,entry_date,hire_date,contract_type,employer_category,naf_section,"
              "exit_date,exit_reason\n"
              "C1,P1,Alice N'Diaye,2023-06-01,,,,,,\n"
              "C2,P2,Bruno Caron,2023-03-01,2023-08-31,cdi,entreprise,G,,\n"
              "C3,P3,Alice N'Diaye,2023-09-01,,,,,,\n"
              "C4,P4,Bruno Caron,2023-01-01,,,,,2023-12-01,abandon\n");
    writeFile(folder / "contacts.csv", "parcours_id,date,mode,note\n"
                                       "C1,2024-01-11,presentiel,\n"
                                       "C1,2024-03-02,telephone,après le jour : ne compte pas\n"
                                       "C2,2024-02-20,telephone,\n"
                                       "C3,2023-11-20,presentiel,\n");
    writeFile(folder / "steps.csv", "step_id,parcours_id,type,start_date,end_date,label\n"
                                    "S1,C2,formation,2024-01-08,2024-03-05,\"Formation CACES, R489\"\n");
    writeFile(folder / "holds.csv", "parcours_id,start_date,end_date,reason\n"
                                    "C3,2023-12-01,,santé\n");
}

class Imported : public AgendaCommandTest {
protected:
    void SetUp() override
    {
        AgendaCommandTest::SetUp();
        database = pathIn("base.db").string();
        writeFolder(pathIn("dossier"));
        const CliResult imported = run({"import", "--db", database, pathIn("dossier").string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }
    std::string database;
};

TEST_F(Imported, ListsWhatIsDueByTheWeekAheadInTheSpecsOrder)
{
    const CliResult result = run({"agenda", "--db", database, "--date", "2024-03-01"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "due,kind,referent,parcours_id,last_name,first_name,detail\r\n"
                          "2024-02-11,sans_entretien,Alice N'Diaye,C1,Traoré,Linda,Pas d'entretien depuis 50 jours\r\n"
                          "2024-02-29,validation_six_mois,Bruno Caron,C2,Martin,Jules,"
                          "Validation de l'emploi durable au 29/02/2024\r\n"
                          "2024-02-29,veille_longue,Alice N'Diaye,C3,\"Le Goff, dite Lou\",Louise,"
                          "En veille depuis le 01/12/2023 (90 jours le 29/02/2024)\r\n"
                          "2024-03-05,fin_etape,Bruno Caron,C2,Martin,Jules,"
                          "\"Fin de l'étape « Formation CACES, R489 » le 05/03/2024\"\r\n");
}

TEST_F(Imported, OneReferentAloneAndAnUnknownOneRefused)
{
    const CliResult alice = run({"agenda", "--db", database, "--date", "2024-03-01", "--referent", "Alice N'Diaye"});
    ASSERT_EQ(alice.exitCode, 0) << alice.err;
    EXPECT_THAT(alice.out, HasSubstr(",C1,"));
    EXPECT_THAT(alice.out, HasSubstr(",C3,"));
    EXPECT_EQ(alice.out.find(",C2,"), std::string::npos);

    const CliResult unknown = run({"agenda", "--db", database, "--referent", "Zoé Inconnue"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(unknown.err, HasSubstr("aucun.e référent.e « Zoé Inconnue »"));
    EXPECT_TRUE(unknown.out.empty());
}

TEST_F(Imported, WritesToAFileAndRefusesABadDate)
{
    const CliResult written =
        run({"agenda", "--db", database, "--date", "2024-03-01", "--out", pathIn("a.csv").string()});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(readFile(pathIn("a.csv")), run({"agenda", "--db", database, "--date", "2024-03-01"}).out);

    const CliResult bad = run({"agenda", "--db", database, "--date", "2024-02-30"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_THAT(bad.err, HasSubstr("« 2024-02-30 » n'est pas une date"));
}

TEST_F(AgendaCommandTest, AMissingDatabaseIsRefusedAndNotCreated)
{
    const CliResult result = run({"agenda", "--db", pathIn("absente.db").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(pathIn("absente.db")));
}

} // namespace
} // namespace parcours::test
