// `parcours-cli list`: the caseload as CSV for French spreadsheets or as XLSX (read back with
// openpyxl), its selections by status and référent.e, its refusals; reads only.
#include "CliRunner.h"
#include "XlsxCells.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using Json = nlohmann::json;

// Statuses that do not depend on the day the test runs: P1 is in a pathway, P2 in the six-month
// follow-up of a hire (not yet validated), P3 on hold since 1 December 2023, P4 exited, P5 has no
// pathway. Alice follows P1 and P3, Bruno P2 and P4.
void writeFolder(const std::filesystem::path& folder)
{
    std::filesystem::create_directories(folder);
    writeFile(folder / "participants.csv", "participant_id,last_name,first_name,birth_date,sex,city,france_travail_id\n"
                                           "P1,Traoré,Linda,1990-05-04,F,Rennes,1234567A\n"
                                           "P2,Martin,Jules,1985-11-20,M,Dinard,\n"
                                           "P3,\"Le Goff; dite Lou\",Louise,1979-02-28,F,\"Saint-Malo\",7654321B\n"
                                           "P4,Petit,Éric,1970-01-15,M,,\n"
                                           "P5,Zéro,Sans,2001-07-14,X,,\n");
    writeFile(folder / "parcours.csv",
              "parcours_id,participant_id,referent,entry_date,hire_date,contract_type,employer_category,naf_section,"
              "exit_date,exit_reason\n"
              "C1,P1,Alice N'Diaye,2023-06-01,,,,,,\n"
              "C2,P2,Bruno Caron,2023-03-01,2023-08-31,cdi,entreprise,G,,\n"
              "C3,P3,Alice N'Diaye,2023-09-01,,,,,,\n"
              "C4,P4,Bruno Caron,2023-01-01,,,,,2023-12-01,abandon\n");
    writeFile(folder / "contacts.csv", "parcours_id,date,mode,note\n"
                                       "C1,2024-01-11,presentiel,\n"
                                       "C1,2024-03-02,telephone,\n"
                                       "C3,2023-11-20,presentiel,\n");
    writeFile(folder / "holds.csv", "parcours_id,start_date,end_date,reason\n"
                                    "C3,2023-12-01,,santé\n");
    writeFile(folder / "actions.csv", "parcours_id,date,kind,note,done\n"
                                      "C1,2024-04-02,rendez_vous,,0\n"
                                      "C1,2024-03-20,appel,,1\n");
}

const std::string kHeader = "\xEF\xBB\xBFNom;Prénom;Date de naissance;Ville;Identifiant France Travail;Référent.e;"
                            "Entrée;État;Dernier entretien;Prochaine action;Sortie\r\n";
const std::string kLeGoff = "\"Le Goff; dite Lou\";Louise;28/02/1979;Saint-Malo;7654321B;Alice N'Diaye;01/09/2023;"
                            "en veille;20/11/2023;;\r\n";
const std::string kMartin = "Martin;Jules;20/11/1985;Dinard;;Bruno Caron;01/03/2023;en emploi – suivi;;;\r\n";
const std::string kPetit = "Petit;Éric;15/01/1970;;;Bruno Caron;01/01/2023;sorti.e;;;01/12/2023\r\n";
const std::string kTraore = "Traoré;Linda;04/05/1990;Rennes;1234567A;Alice N'Diaye;01/06/2023;en parcours;"
                            "02/03/2024;02/04/2024;\r\n";
const std::string kZero = "Zéro;Sans;14/07/2001;;;;;sans parcours;;;\r\n";

class ListCommandTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        database = pathIn("base.db").string();
        writeFolder(pathIn("dossier"));
        const CliResult imported = run({"import", "--db", database, pathIn("dossier").string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
        std::filesystem::remove_all(pathIn("dossier"));
    }

    // What the test's folder holds besides the database's own files.
    std::vector<std::string> filesBesideTheDatabase() const
    {
        std::vector<std::string> names;
        for (const std::string& name : folderEntries())
            if (!name.starts_with("base.db"))
                names.push_back(name);
        return names;
    }

    std::string database;
};

TEST_F(ListCommandTest, TheOpenCaseloadAsFrenchCsvOnStandardOutput)
{
    const CliResult result = run({"list", "--db", database});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, IsEmpty());
    EXPECT_EQ(result.out, kHeader + kLeGoff + kMartin + kTraore + kZero) << "everyone not exited, by name";
}

TEST_F(ListCommandTest, EachStatusAndEveryone)
{
    EXPECT_EQ(run({"list", "--db", database, "--status", "en_cours"}).out,
              kHeader + kLeGoff + kMartin + kTraore + kZero);
    EXPECT_EQ(run({"list", "--db", database, "--status", "veille"}).out, kHeader + kLeGoff);
    EXPECT_EQ(run({"list", "--db", database, "--status", "suivi"}).out, kHeader + kMartin);
    EXPECT_EQ(run({"list", "--db", database, "--status", "sorti"}).out, kHeader + kPetit);
    EXPECT_EQ(run({"list", "--db", database, "--status", "tous"}).out,
              kHeader + kLeGoff + kMartin + kPetit + kTraore + kZero);
}

TEST_F(ListCommandTest, OneReferentsCaseloadToAFile)
{
    const std::string out = pathIn("alice.csv").string();
    const CliResult result = run({"list", "--db", database, "--referent", " Alice N'Diaye ", "--out", out});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readFile(out), kHeader + kLeGoff + kTraore);
    EXPECT_EQ(run({"list", "--db", database, "--referent", "Bruno Caron", "--status", "tous"}).out,
              kHeader + kMartin + kPetit);
}

TEST_F(ListCommandTest, XlsxHoldsTheSameRowsWithDatesAsDates)
{
    const std::filesystem::path out = pathIn("liste.xlsx");
    const CliResult result =
        run({"list", "--db", database, "--status", "tous", "--format", "xlsx", "--out", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const Json book = readXlsx(out);
    ASSERT_EQ(book["sheets"].size(), 1U);
    const Json& sheet = book["sheets"][0];
    EXPECT_EQ(sheet["freeze"], "A2") << "the header row stays in view";
    EXPECT_EQ(sheet["header_bold"], true);
    const Json& rows = sheet["rows"];
    ASSERT_EQ(rows.size(), 6U);
    EXPECT_EQ(rows[0], Json::parse(R"(["Nom", "Prénom", "Date de naissance", "Ville", "Identifiant France Travail",
        "Référent.e", "Entrée", "État", "Dernier entretien", "Prochaine action", "Sortie"])"));
    EXPECT_EQ(rows[4], Json::parse(R"(["Traoré", "Linda", {"date": "1990-05-04"}, "Rennes", "1234567A", "Alice N'Diaye",
        {"date": "2023-06-01"}, "en parcours", {"date": "2024-03-02"}, {"date": "2024-04-02"}, null])"));
    EXPECT_EQ(rows[3], Json::parse(R"(["Petit", "Éric", {"date": "1970-01-15"}, null, null, "Bruno Caron",
        {"date": "2023-01-01"}, "sorti.e", null, null, {"date": "2023-12-01"}])"));
    EXPECT_EQ(rows[1][0], "Le Goff; dite Lou");
    EXPECT_EQ(sheet["formats"][4][2], "dd/mm/yyyy") << "shown as French dates";
}

TEST_F(ListCommandTest, RefusalsWriteNoFile)
{
    const std::string out = pathIn("liste.csv").string();

    const CliResult unknown = run({"list", "--db", database, "--referent", "Chloé Inconnue", "--out", out});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(unknown.err, HasSubstr("aucun.e référent.e « Chloé Inconnue »"));

    const CliResult missing = run({"list", "--db", pathIn("absente.db").string(), "--out", out});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("absente.db"));

    const CliResult status = run({"list", "--db", database, "--status", "actif", "--out", out});
    EXPECT_EQ(status.exitCode, 2);
    EXPECT_THAT(status.err, HasSubstr("actif"));

    EXPECT_EQ(run({"list", "--db", database, "--format", "ods", "--out", out}).exitCode, 2);

    const CliResult xlsxToTerminal = run({"list", "--db", database, "--format", "xlsx"});
    EXPECT_EQ(xlsxToTerminal.exitCode, 2) << "a workbook is not written to standard output";
    EXPECT_THAT(xlsxToTerminal.err, HasSubstr("--out"));
    EXPECT_THAT(xlsxToTerminal.out, IsEmpty());

    const CliResult noFolder = run({"list", "--db", database, "--out", pathIn("absent/liste.csv").string()});
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_THAT(noFolder.err, HasSubstr("Impossible d'écrire"));

    EXPECT_THAT(filesBesideTheDatabase(), IsEmpty()) << "no list, and no database created";
}

TEST_F(ListCommandTest, ARefusedListLeavesTheFileAsItWas)
{
    const std::filesystem::path out = pathIn("liste.xlsx");
    writeFile(out, "ancien contenu");
    EXPECT_EQ(
        run({"list", "--db", database, "--referent", "Personne", "--format", "xlsx", "--out", out.string()}).exitCode,
        1);
    EXPECT_EQ(readFile(out), "ancien contenu");
}

} // namespace
} // namespace parcours::test
