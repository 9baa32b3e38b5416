// `parcours-cli fiche`: a participant.e's fiche parcours as a PDF whose text pdftotext reads back;
// found by file number or UUID; an unknown one or a missing database refused, no file written.
#include "CliRunner.h"

#include "domain/Clock.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"

#include <gmock/gmock.h>

#include <cstdlib>
#include <sstream>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using FicheCommandTest = CliTest;

// Anaïs has two pathways: the first ended by a move, the second by a lasting job at a clinic,
// with steps, freins (one lifted), contacts, a hold and a planned action. Jules has one pathway.
void writeFolder(const std::filesystem::path& folder)
{
    std::filesystem::create_directories(folder);
    writeFile(folder / "participants.csv",
              "participant_id,last_name,first_name,birth_date,sex,postcode,city,qpv,phone,email,france_travail_id\n"
              "P1,N'Diaye-Lefèvre,Anaïs,1979-02-28,F,69008,Lyon,1,06 12 34 56 78,anais@exemple.fr,1234567A\n"
              "P2,Martin,Jules,1985-11-20,M,,,,,,\n");
    writeFile(folder / "parcours.csv",
              "parcours_id,participant_id,referent,entry_date,education_level,rsa,deld,rqth,other_difficulty,"
              "hire_date,contract_type,employer_category,naf_section,employer_name,employer_contact,exit_date,"
              "exit_reason\n"
              "C1,P1,Alice N'Diaye,2021-03-01,3,1,1,0,0,,,,,,,2022-06-30,demenagement\n"
              "C2,P1,Alice N'Diaye,2023-09-04,V,1,0,1,0,2024-05-13,cdi,entreprise,Q,Clinique du Parc,"
              "Mme Rossi,2024-11-13,emploi_durable\n"
              "C3,P2,Bruno Caron,2024-01-08,,,,,,,,,,,,,\n");
    writeFile(folder / "steps.csv",
              "step_id,parcours_id,type,subtype,start_date,end_date,operator,label\n"
              "S1,C2,formation,qualifiante,2023-10-02,2024-02-16,AFPA Vénissieux,Agent de service\n"
              "S2,C2,iae,aci,2023-09-18,2023-12-22,Envie Rhône,Atelier réemploi\n"
              "S3,C1,mobilisation,,2021-04-01,,Maison de l'emploi,Atelier CV\n");
    writeFile(folder / "freins.csv", "parcours_id,category,identified_date,status,lifted_date\n"
                                     "C2,mobilite,2023-09-04,leve,2024-01-15\n"
                                     "C1,logement,2021-03-01,identifie,\n");
    writeFile(folder / "contacts.csv", "parcours_id,date,mode,note\n"
                                       "C2,2023-09-05,presentiel,Premier entretien\n"
                                       "C2,2024-06-12,telephone,Point à un mois\n");
    writeFile(folder / "holds.csv", "parcours_id,start_date,end_date,reason\n"
                                    "C2,2024-02-19,2024-03-18,hospitalisation\n");
}

// The PDF's text as pdftotext reads it, every run of blanks made one space (table cells wrap).
std::string pdfText(const std::filesystem::path& pdf)
{
    const std::filesystem::path text = pdf.string() + ".txt";
    const std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + text.string() + "'";
    if (std::system(command.c_str()) != 0)
        return {};
    std::istringstream words(readFile(text));
    std::string word;
    std::string joined;
    while (words >> word)
        joined += word + ' ';
    return joined;
}

class FicheImported : public FicheCommandTest {
protected:
    void SetUp() override
    {
        FicheCommandTest::SetUp();
        database = pathIn("base.db").string();
        writeFolder(pathIn("dossier"));
        const CliResult imported = run({"import", "--db", database, pathIn("dossier").string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }

    std::string uuidOf(const std::string& externalId) const
    {
        Database db(database, OpenMode::ReadOnly);
        const SystemClock clock;
        return ParticipantRepository(db, clock).findByExternalId(externalId).value().record.uuid;
    }

    std::string database;
};

TEST_F(FicheImported, TheFicheByFileNumberHoldsIdentityPathwaysAndTheirItemsAsText)
{
    const std::filesystem::path out = pathIn("fiche.pdf");
    const CliResult result = run({"fiche", "--db", database, "--participant", "P1", "--out", out.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_EQ(readFile(out).substr(0, 5), "%PDF-");
    const std::string text = pdfText(out);
    EXPECT_THAT(text, HasSubstr("N'DIAYE-LEFÈVRE Anaïs")); // the title
    EXPECT_THAT(text, HasSubstr("28/02/1979"));            // born on, in French
    EXPECT_THAT(text, HasSubstr("1234567A"));              // France Travail id
    EXPECT_THAT(text, HasSubstr("Atelier réemploi"));      // a step's label…
    EXPECT_THAT(text, HasSubstr("Envie Rhône"));           // …and its operator
    EXPECT_THAT(text, HasSubstr("Maison de l'emploi"));    // a step of the first pathway
    EXPECT_THAT(text, HasSubstr("Mobilité"));              // a frein…
    EXPECT_THAT(text, HasSubstr("15/01/2024"));            // …lifted on
    EXPECT_THAT(text, HasSubstr("Logement"));              // the first pathway's frein
    EXPECT_THAT(text, HasSubstr("12/06/2024"));            // a contact's date
    EXPECT_THAT(text, HasSubstr("Point à un mois"));       // its note
    EXPECT_THAT(text, HasSubstr("hospitalisation"));       // the hold
    EXPECT_THAT(text, HasSubstr("Clinique du Parc"));      // the hire's employer
    EXPECT_THAT(text, HasSubstr("13/05/2024"));            // hired on
    EXPECT_THAT(text, HasSubstr("emploi durable"));        // the exit…
    EXPECT_THAT(text, HasSubstr("13/11/2024"));            // …on the six-month date
    EXPECT_THAT(text, HasSubstr("déménagement"));          // the first pathway's exit
    EXPECT_THAT(text, HasSubstr("Alice N'Diaye"));         // the référent.e
    EXPECT_THAT(text, Not(HasSubstr("Jules")));            // nobody else's file
    // Newest pathway first: the lasting job comes before the move.
    EXPECT_LT(text.find("Clinique du Parc"), text.find("déménagement"));
}

TEST_F(FicheImported, TheFicheByUuidIsTheSamePerson)
{
    const std::filesystem::path out = pathIn("fiche-uuid.pdf");
    const CliResult result = run({"fiche", "--db", database, "--participant", uuidOf("P2"), "--out", out.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string text = pdfText(out);
    EXPECT_THAT(text, HasSubstr("MARTIN Jules"));
    EXPECT_THAT(text, HasSubstr("20/11/1985"));
    EXPECT_THAT(text, HasSubstr("Bruno Caron"));
    EXPECT_THAT(text, Not(HasSubstr("Anaïs")));
}

TEST_F(FicheImported, AnUnknownParticipantIsRefusedAndNoFileWritten)
{
    const std::filesystem::path out = pathIn("inconnu.pdf");
    const CliResult result = run({"fiche", "--db", database, "--participant", "P9", "--out", out.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("aucun.e participant.e « P9 »"));
    EXPECT_FALSE(std::filesystem::exists(out));
    const CliResult uuid = run(
        {"fiche", "--db", database, "--participant", "3f2b8c1e-0000-4000-8000-000000000000", "--out", out.string()});
    EXPECT_EQ(uuid.exitCode, 1);
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(FicheCommandTest, AMissingDatabaseIsRefusedAndNotCreated)
{
    const std::filesystem::path db = pathIn("absente.db");
    const std::filesystem::path out = pathIn("fiche.pdf");
    const CliResult result = run({"fiche", "--db", db.string(), "--participant", "P1", "--out", out.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, Not(HasSubstr("inattendue")));
    EXPECT_TRUE(folderEntries().empty());
}

TEST_F(FicheCommandTest, TheOutputAndTheParticipantAreRequired)
{
    const CliResult result = run({"fiche", "--db", pathIn("base.db").string(), "--participant", "P1"});

    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--out"));
    EXPECT_TRUE(folderEntries().empty());
}

} // namespace
} // namespace parcours::test
