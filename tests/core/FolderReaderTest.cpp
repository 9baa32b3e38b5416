// Reading an interchange folder: every rule of interchange-csv.md refused with its file, line and column.
#include "InterchangeFolderFixture.h"
#include "TestDates.h"
#include "interchange/FolderReader.h"

#include <algorithm>
#include <fstream>

#ifndef _WIN32
#include <sys/stat.h> // mkfifo: a FIFO exists on POSIX only
#endif

using namespace parcours;
using namespace parcours::test;

namespace {

class FolderReader : public InterchangeFolderFixture {
protected:
    InterchangeData read(const ExistingIds& existing = {})
    {
        errors.clear();
        return readInterchangeFolder(folder, existing, errors);
    }

    std::string allErrors() const
    {
        std::string text;
        for (const ImportError& e : errors)
            text += e.text() + "\n";
        return text;
    }

    // The folder is refused with an error on exactly this file, line and column whose
    // message holds `fragment`.
    void expectError(const std::string& file, int line, const std::string& column, const std::string& fragment)
    {
        read();
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const ImportError& e) {
            return e.file == file && e.line == line && e.column == column
                && e.message.find(fragment) != std::string::npos;
        });
        EXPECT_TRUE(found) << "expected " << file << ":" << line << ": " << column << ": …" << fragment
                           << "…\ngot:\n" << allErrors();
    }

    ImportErrors errors;
};

} // namespace

TEST_F(FolderReader, AValidFolderGivesEveryRow)
{
    const InterchangeData batch = read();
    ASSERT_TRUE(errors.empty()) << allErrors();
    ASSERT_EQ(batch.participants.size(), 3u);
    EXPECT_EQ(batch.participants[1].lastName, "Le Gall, dit \"Yann\"");
    EXPECT_EQ(batch.participants[0].firstName, "Anaïs");
    EXPECT_TRUE(batch.participants[0].qpv);
    EXPECT_EQ(batch.participants[2].sex, Sex::X);
    ASSERT_EQ(batch.pathways.size(), 4u);
    const Pathway& c1 = batch.pathways[0].pathway;
    EXPECT_EQ(batch.pathways[0].referentName, "Claire Dubois");
    ASSERT_TRUE(c1.currentHire);
    EXPECT_EQ(c1.currentHire->nafSection, 'G');
    EXPECT_EQ(c1.exit->reason, ExitReason::EmploiDurable);
    EXPECT_EQ(batch.pathways[1].pathway.situation.education, EducationLevel::V);
    EXPECT_TRUE(batch.pathways[1].pathway.situation.deld);
    EXPECT_EQ(batch.pathways[1].pathway.holds.size(), 2u);
    EXPECT_EQ(batch.pathways[2].pathway.earlierHires.size(), 1u);
    EXPECT_EQ(batch.pathways[2].pathway.situation.education, EducationLevel::Unknown);
    ASSERT_EQ(batch.steps.size(), 3u);
    EXPECT_EQ(batch.steps[0].item.subtype, StepSubtype::Aci);
    EXPECT_EQ(batch.steps[1].item.label, "Remise à niveau, maths");
    EXPECT_EQ(batch.barriers.size(), 2u);
    ASSERT_EQ(batch.contacts.size(), 2u);
    EXPECT_EQ(batch.contacts[0].item.note, "Premier entretien\nsur deux lignes");
    ASSERT_EQ(batch.plannedActions.size(), 3u);
    EXPECT_EQ(batch.plannedActions[0].pathway, 1u);
    EXPECT_EQ(batch.plannedActions[0].item.kind, ActionKind::RendezVous);
    EXPECT_EQ(batch.plannedActions[0].item.note, "Point formation\nà mi-parcours");
    EXPECT_TRUE(batch.plannedActions[0].item.done);
    EXPECT_EQ(batch.plannedActions[1].item.date, d("2027-01-05"));
    EXPECT_EQ(batch.plannedActions[1].item.kind, ActionKind::Appel);
    EXPECT_FALSE(batch.plannedActions[1].item.done) << "an empty flag is 0";
    EXPECT_EQ(batch.plannedActions[2].item.kind, ActionKind::Demarche);
    EXPECT_EQ(batch.plannedActions[2].item.note, "Envoyer le CV, relancer");
    EXPECT_EQ(batch.counts().plannedActions, 3u);
    ASSERT_TRUE(batch.plie);
    EXPECT_EQ(batch.plie->name, "PLIE de Rennes Métropole");
}

TEST_F(FolderReader, ColumnsInAnyOrderWithCrlfAndByteOrderMark)
{
    write("freins.csv", "\xEF\xBB\xBFstatus,lifted_date,parcours_id,identified_date,category\r\n"
                        "leve,2019-10-01,C1,2019-03-01,mobilite\r\n");
    const InterchangeData batch = read();
    ASSERT_TRUE(errors.empty()) << allErrors();
    ASSERT_EQ(batch.barriers.size(), 1u);
    EXPECT_EQ(batch.barriers[0].item.liftedDate, d("2019-10-01"));
}

TEST_F(FolderReader, OnlyTheTwoMainFilesAreRequiredAndOthersIgnored)
{
    for (const char* name :
         {"steps.csv", "freins.csv", "contacts.csv", "holds.csv", "hires.csv", "actions.csv", "plie.csv"})
        remove(name);
    write("notes.txt", "ignoré");
    read();
    EXPECT_TRUE(errors.empty()) << allErrors();
    remove("parcours.csv");
    expectError("parcours.csv", 0, "", "introuvable");
}

TEST_F(FolderReader, HeaderErrors)
{
    replaceLine("contacts.csv", 1, "parcours_id,date,mode,note,humeur");
    expectError("contacts.csv", 1, "humeur", "Colonne inconnue");
    replaceLine("contacts.csv", 1, "parcours_id,date,date,note");
    expectError("contacts.csv", 1, "date", "en double");
    replaceLine("contacts.csv", 1, "parcours_id,date,note,x");
    expectError("contacts.csv", 1, "mode", "obligatoire absente");
}

TEST_F(FolderReader, FileLevelErrorsNameTheFileAndLine)
{
    write("steps.csv", "");
    expectError("steps.csv", 0, "", "vide");
    write("steps.csv", "step_id,parcours_id,type,subtype,start_date,end_date,operator,label\nS1,C1,iae,aci,\"2019-04-01\n");
    expectError("steps.csv", 2, "", "jamais refermé");
    write("contacts.csv", "parcours_id,date,mode,note\nC1,2019-03-01,presentiel,caf\xE9\n");
    expectError("contacts.csv", 2, "", "UTF-8");
}

TEST_F(FolderReader, RecordWithTheWrongNumberOfFields)
{
    replaceLine("freins.csv", 3, "C2,sante,2020-09-01");
    expectError("freins.csv", 3, "", "3 champs au lieu des 5");
}

TEST_F(FolderReader, RecordLinesCountLineBreaksInsideQuotes)
{
    appendLine("contacts.csv", "C3,2020-02-01,courrier,");
    expectError("contacts.csv", 5, "mode", "courrier");
}

TEST_F(FolderReader, DatesMustBeRealCalendarDates)
{
    replaceLine("participants.csv", 2, "P1,N'Diaye,Anaïs,1985-02-30,F,35000,Rennes,1,,,");
    expectError("participants.csv", 2, "birth_date", "1985-02-30");
    replaceLine("participants.csv", 2, "P1,N'Diaye,Anaïs,10/05/1985,F,35000,Rennes,1,,,");
    expectError("participants.csv", 2, "birth_date", "AAAA-MM-JJ");
}

TEST_F(FolderReader, FlagsAreZeroOrOneAndSurroundingSpacesTrimmed)
{
    replaceLine("participants.csv", 4, "  P3 , Martin ,Camille, 2004-02-29 ,X,,,oui,,,");
    expectError("participants.csv", 4, "qpv", "0 ou 1");
    replaceLine("participants.csv", 4, "  P3 , Martin ,Camille, 2004-02-29 ,X,,, 1 ,,,");
    const InterchangeData batch = read();
    ASSERT_TRUE(errors.empty()) << allErrors();
    EXPECT_EQ(batch.participants[2].record.externalId, "P3");
    EXPECT_EQ(batch.participants[2].lastName, "Martin");
    EXPECT_TRUE(batch.participants[2].qpv);
}

TEST_F(FolderReader, RequiredValuesAndCodes)
{
    replaceLine("participants.csv", 3, "P2,,Yann,1970-02-28,H,2A004,Ajaccio,0,,,");
    read();
    expectError("participants.csv", 3, "last_name", "obligatoire");
    expectError("participants.csv", 3, "sex", "« H » inconnue");
}

TEST_F(FolderReader, PostcodeFormat)
{
    replaceLine("participants.csv", 3, "P2,Le Gall,Yann,1970-02-28,M,2C004,Ajaccio,0,,,");
    expectError("participants.csv", 3, "postcode", "2C004");
}

TEST_F(FolderReader, IdsAreUniqueInTheirFileAndNewToTheDatabase)
{
    appendLine("participants.csv", "P2,Autre,Personne,1980-01-01,F,,,,,,");
    expectError("participants.csv", 5, "participant_id", "déjà utilisé");
    remove("participants.csv");
    write("participants.csv", validFiles()["participants.csv"]);
    appendLine("steps.csv", "S1,C1,mobilisation,,2019-05-01,,,");
    expectError("steps.csv", 5, "step_id", "déjà utilisé");

    ExistingIds existing;
    existing.participants.insert("P3");
    existing.pathways.insert("C2");
    existing.steps.insert("S3");
    write("steps.csv", validFiles()["steps.csv"]);
    read(existing);
    const std::string text = allErrors();
    EXPECT_NE(text.find("participants.csv:4: participant_id: La base contient déjà"), std::string::npos) << text;
    EXPECT_NE(text.find("parcours.csv:3: parcours_id: La base contient déjà"), std::string::npos) << text;
    EXPECT_NE(text.find("steps.csv:4: step_id: La base contient déjà"), std::string::npos) << text;
}

TEST_F(FolderReader, ReferencesMustExist)
{
    appendLine("parcours.csv", "C9,P9,Marc Petit,2020-01-01,,,,,,,,,,,");
    expectError("parcours.csv", 6, "participant_id", "P9");
    appendLine("contacts.csv", "C8,2020-02-01,visio,");
    expectError("contacts.csv", 5, "parcours_id", "C8");
}

TEST_F(FolderReader, AgeAtEntryIs16To99)
{
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-02-28,9,,,,,,,,,2020-12-31,abandon");
    expectError("parcours.csv", 5, "entry_date", "15 ans");
}

TEST_F(FolderReader, ExitReasonAndExitDateGoTogether)
{
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,");
    expectError("parcours.csv", 5, "exit_reason", "Obligatoire avec exit_date");
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,,abandon");
    expectError("parcours.csv", 5, "exit_date", "Obligatoire avec exit_reason");
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,parti");
    expectError("parcours.csv", 5, "exit_reason", "parti");
}

TEST_F(FolderReader, DatesOfAPathwayAreInOrder)
{
    replaceLine("parcours.csv", 5, "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-02-01,abandon");
    expectError("parcours.csv", 5, "exit_date", "précède l'entrée");
    replaceLine("parcours.csv", 4, "C3,P2,Marc Petit,2020-01-02,,0,1,1,0,2019-06-01,cdd_6m_plus,association,Q,,");
    expectError("parcours.csv", 4, "hire_date", "précède l'entrée");
}

TEST_F(FolderReader, LastingJobNeedsTheHireAndItsThreeColumns)
{
    replaceLine("parcours.csv", 2, "C1,P1,Claire Dubois,2019-03-01,3,1,0,0,0,,,,,2020-07-15,emploi_durable");
    expectError("parcours.csv", 2, "exit_reason", "emploi durable");
    replaceLine("parcours.csv", 2, "C1,P1,Claire Dubois,2019-03-01,3,1,0,0,0,2020-01-15,cdi,,G,2020-07-15,emploi_durable");
    expectError("parcours.csv", 2, "employer_category", "obligatoire");
    replaceLine("parcours.csv", 2, "C1,P1,Claire Dubois,2019-03-01,3,1,0,0,0,2020-01-15,cdi,entreprise,Z,2020-07-15,emploi_durable");
    expectError("parcours.csv", 2, "naf_section", "A à U");
    replaceLine("parcours.csv", 2, "C1,P1,Claire Dubois,2019-03-01,3,1,0,0,0,,cdi,,,2020-07-15,abandon");
    expectError("parcours.csv", 2, "contract_type", "sans hire_date");
}

TEST_F(FolderReader, EducationCodesOfBothNomenclatures)
{
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-09-01,Vbis,1,1,0,0,,,,,,");
    EXPECT_EQ(read().pathways[1].pathway.situation.education, EducationLevel::Vbis);
    EXPECT_TRUE(errors.empty()) << allErrors();
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-09-01,10,1,1,0,0,,,,,,");
    expectError("parcours.csv", 3, "education_level", "« 10 »");
}

TEST_F(FolderReader, OnePersonsPathwaysNeverOverlap)
{
    // C2 would start on C1's exit day.
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-07-15,V,1,1,0,0,,,,,,");
    expectError("parcours.csv", 3, "entry_date", "chevauche");
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-07-16,V,1,1,0,0,,,,,,");
    read();
    EXPECT_TRUE(errors.empty()) << allErrors();
}

TEST_F(FolderReader, AtMostOneOpenPathwayPerPerson)
{
    appendLine("parcours.csv", "C5,P2,Marc Petit,2021-01-01,,,,,,,,,,,");
    expectError("parcours.csv", 6, "exit_date", "un seul parcours sans sortie");
}

TEST_F(FolderReader, StepRules)
{
    appendLine("steps.csv", "S4,C1,iae,,2019-04-01,,,");
    expectError("steps.csv", 5, "subtype", "IAE");
    write("steps.csv", validFiles()["steps.csv"]);
    appendLine("steps.csv", "S4,C1,mobilisation,aci,2019-04-01,,,");
    expectError("steps.csv", 5, "subtype", "n'a pas de sous-type");
    write("steps.csv", validFiles()["steps.csv"]);
    appendLine("steps.csv", "S4,C1,formation,bidule,2019-04-01,,,");
    expectError("steps.csv", 5, "subtype", "bidule");
    write("steps.csv", validFiles()["steps.csv"]);
    appendLine("steps.csv", "S4,C1,mobilisation,,2019-02-28,,,");
    expectError("steps.csv", 5, "start_date", "avant l'entrée");
    write("steps.csv", validFiles()["steps.csv"]);
    appendLine("steps.csv", "S4,C1,mobilisation,,2019-04-02,2019-04-01,,");
    expectError("steps.csv", 5, "end_date", "précède son début");
}

TEST_F(FolderReader, StepsAndContactsMayFallAfterTheExit)
{
    appendLine("steps.csv", "S4,C4,accompagnement_emploi,,2021-03-01,,,");
    appendLine("contacts.csv", "C4,2021-03-01,visio,suivi");
    read();
    EXPECT_TRUE(errors.empty()) << allErrors();
}

TEST_F(FolderReader, BarrierRules)
{
    replaceLine("freins.csv", 2, "C1,mobilite,2019-03-01,leve,");
    expectError("freins.csv", 2, "lifted_date", "date de levée");
    replaceLine("freins.csv", 2, "C1,mobilite,2019-03-01,en_cours,2019-10-01");
    expectError("freins.csv", 2, "lifted_date", "Seul un frein levé");
    replaceLine("freins.csv", 2, "C1,mobilite,2019-03-01,leve,2019-02-01");
    expectError("freins.csv", 2, "lifted_date", "précède");
    replaceLine("freins.csv", 2, "C1,transport,2019-03-01,leve,2019-10-01");
    expectError("freins.csv", 2, "category", "transport");
    replaceLine("freins.csv", 2, "C1,mobilite,2019-02-01,identifie,");
    expectError("freins.csv", 2, "identified_date", "avant l'entrée");
}

TEST_F(FolderReader, ContactRules)
{
    appendLine("contacts.csv", "C1,2019-02-01,presentiel,");
    expectError("contacts.csv", 5, "date", "précède l'entrée");
}

TEST_F(FolderReader, HoldRules)
{
    appendLine("holds.csv", "C2,2020-08-01,2020-08-15,");
    expectError("holds.csv", 4, "start_date", "avant l'entrée");
    write("holds.csv", validFiles()["holds.csv"]);
    appendLine("holds.csv", "C2,2021-02-01,2021-02-20,");
    expectError("holds.csv", 4, "start_date", "chevauche");
    write("holds.csv", validFiles()["holds.csv"]);
    appendLine("holds.csv", "C2,2021-06-01,,");
    expectError("holds.csv", 4, "start_date", "chevauche");
    write("holds.csv", validFiles()["holds.csv"]);
    appendLine("holds.csv", "C1,2019-05-02,2019-05-01,");
    expectError("holds.csv", 4, "end_date", "précède son début");
}

TEST_F(FolderReader, EarlierHireRules)
{
    appendLine("hires.csv", "C3,2020-02-01,cdi,public,O,,");
    expectError("hires.csv", 3, "end_date", "obligatoire");
    write("hires.csv", validFiles()["hires.csv"]);
    appendLine("hires.csv", "C3,2020-02-01,cdi,public,O,2020-01-01,");
    expectError("hires.csv", 3, "end_date", "précède l'embauche");
    write("hires.csv", validFiles()["hires.csv"]);
    appendLine("hires.csv", "C3,2019-02-01,cdi,public,O,2019-03-01,");
    expectError("hires.csv", 3, "hire_date", "précède l'entrée");
}

TEST_F(FolderReader, EmployerColumnsAreReadIntoTheHires)
{
    write("parcours.csv",
          "parcours_id,participant_id,referent,entry_date,hire_date,contract_type,employer_category,naf_section,"
          "employer_contact,exit_date,exit_reason,employer_name\n"
          "C1,P1,Claire Dubois,2019-03-01,2020-01-15,cdi,entreprise,G,\"Léa Morel, 02 99 00 11 22\","
          "2020-07-15,emploi_durable,Boulangerie Rolland\n"
          "C2,P1,Claire Dubois,2020-09-01,,,,,,,,\n"
          "C3,P2,Marc Petit,2020-01-02,2020-06-01,cdd_6m_plus,association,Q,,,,\n"
          "C4,P3,Marc Petit,2020-03-01,,,,,,2020-12-31,abandon,\n");
    write("hires.csv", "parcours_id,hire_date,contract_type,employer_category,naf_section,end_date,end_reason,"
                       "employer_name,employer_contact\n"
                       "C3,2020-03-01,interim_6m_plus,entreprise,N,2020-04-15,,Intérim 35,Paul Roux\n");
    const InterchangeData batch = read();
    ASSERT_TRUE(errors.empty()) << allErrors();
    const Hire& current = *batch.pathways[0].pathway.currentHire;
    EXPECT_EQ(current.employerName, "Boulangerie Rolland");
    EXPECT_EQ(current.employerContact, "Léa Morel, 02 99 00 11 22");
    EXPECT_EQ(batch.pathways[2].pathway.currentHire->employerName, "");
    const Hire& earlier = batch.pathways[2].pathway.earlierHires.at(0);
    EXPECT_EQ(earlier.employerName, "Intérim 35");
    EXPECT_EQ(earlier.employerContact, "Paul Roux");

    // Without a hire there is no employer to name.
    replaceLine("parcours.csv", 3, "C2,P1,Claire Dubois,2020-09-01,,,,,Paul Roux,,,Mairie de Bruz");
    read();
    expectError("parcours.csv", 3, "employer_name", "sans hire_date");
    expectError("parcours.csv", 3, "employer_contact", "sans hire_date");
}

TEST_F(FolderReader, ActionRules)
{
    replaceLine("actions.csv", 1, "parcours_id,date,note,done");
    expectError("actions.csv", 1, "kind", "obligatoire absente");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,2020-10-15,visite,,");
    expectError("actions.csv", 6, "kind", "« visite » inconnue");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,2020-08-31,appel,,");
    expectError("actions.csv", 6, "date", "précède l'entrée");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C9,2020-10-15,appel,,");
    expectError("actions.csv", 6, "parcours_id", "absent de parcours.csv");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,2020-10-15,appel,,oui");
    expectError("actions.csv", 6, "done", "0 ou 1");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,,appel,,1");
    expectError("actions.csv", 6, "date", "obligatoire");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,2020-10-15,,,1");
    expectError("actions.csv", 6, "kind", "obligatoire");
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C2,2020-10-32,autre,,1");
    expectError("actions.csv", 6, "date", "2020-10-32");

    // After the exit is fine, as for contacts.
    write("actions.csv", validFiles()["actions.csv"]);
    appendLine("actions.csv", "C1,2021-01-10,autre,,1");
    read();
    EXPECT_TRUE(errors.empty()) << allErrors();
}

TEST_F(FolderReader, PlieFile)
{
    appendLine("plie.csv", "Autre PLIE,X");
    expectError("plie.csv", 3, "", "qu'une ligne");
    write("plie.csv", "name,code\nPLIE de Brest,29\n");
    ExistingIds existing;
    existing.plie.name = "PLIE de Rennes Métropole";
    read(existing);
    ASSERT_EQ(errors.size(), 1u) << allErrors();
    EXPECT_EQ(errors[0].text(), "plie.csv:2: name: La base appartient déjà au PLIE « PLIE de Rennes Métropole », "
                                "pas à « PLIE de Brest ».");
}

TEST_F(FolderReader, EveryErrorIsReportedNotJustTheFirst)
{
    for (int i = 0; i < 150; ++i)
        appendLine("contacts.csv", "C1,2019-02-01,presentiel,");
    read();
    EXPECT_EQ(errors.size(), 150u);
}

TEST_F(FolderReader, KeepsTheFirstThousandErrorsAndCountsEveryOne)
{
    std::string contacts = files["contacts.csv"];
    for (int i = 0; i < 1500; ++i)
        contacts += "C1,2019-02-01,presentiel,\n";
    write("contacts.csv", contacts);
    read();
    EXPECT_EQ(errors.size(), ImportErrors::kKept);
    EXPECT_EQ(errors.total(), 1500u);
    EXPECT_EQ(errors[999].line, 5 + 999) << "the first thousand, in order";
    EXPECT_EQ(errors.unlistedText(), "… et 500 autres erreurs, non listées.");
}

TEST_F(FolderReader, AHeaderOfThousandsOfColumnsIsOneErrorAtItsLine)
{
    std::string header = files["participants.csv"].substr(0, files["participants.csv"].find('\n'));
    for (int i = 0; i < 5000; ++i)
        header += ",colonne" + std::to_string(i);
    replaceLine("participants.csv", 1, header);
    read();
    ASSERT_GE(errors.total(), 1u);
    EXPECT_EQ(errors[0].text(), "participants.csv:1: La ligne compte plus de 1 000 champs.");
    EXPECT_LT(errors.total(), 10u) << allErrors();
}

TEST_F(FolderReader, AFieldOfMoreThan100000CharactersIsRefusedWithItsFileAndLine)
{
    replaceLine("participants.csv", 3, "P2,Le Gall," + std::string(100'001, 'y') + ",1970-02-28,M,,,,,,");
    read();
    ASSERT_GE(errors.total(), 1u);
    EXPECT_EQ(errors[0].text(), "participants.csv:3: Un champ dépasse 100 000 caractères.");
}

TEST_F(FolderReader, ReferencesToAFileRefusedAsAWholeAreSummedUpNotListed)
{
    // participants.csv refused as a whole: its rows are unknown, not absent. The pathways that
    // refer to them, and the rows of those pathways, make one line per file, not one per row.
    replaceLine("participants.csv", 1, "participant_id,nom,first_name,birth_date,sex");
    read();
    for (const ImportError& error : errors)
        EXPECT_EQ(error.message.find("absent de"), std::string::npos) << error.text();
    const auto has = [&](const std::string& text) {
        return std::any_of(errors.begin(), errors.end(), [&](const ImportError& e) { return e.text() == text; });
    };
    EXPECT_TRUE(has("participants.csv:1: nom: Colonne inconnue.")) << allErrors();
    EXPECT_TRUE(has("parcours.csv: 4 lignes renvoient à participants.csv, refusé : ces renvois seront vérifiés une "
                    "fois ce fichier corrigé."))
        << allErrors();
    EXPECT_TRUE(has("hires.csv: 1 ligne renvoie à participants.csv, refusé : ce renvoi sera vérifié une fois ce "
                    "fichier corrigé."))
        << allErrors();

    // parcours.csv refused from line 3 on (C1 was read): rows of C2..C4 are summed up, C9 too.
    write("participants.csv", validFiles()["participants.csv"]);
    replaceLine("parcours.csv", 3, "C2,P1,Claire \"Dubois\",2020-09-01,V,1,1,0,0,,,,,,");
    appendLine("steps.csv", "S9,C9,formation,,2020-10-01,,,");
    read();
    for (const ImportError& error : errors)
        EXPECT_EQ(error.message.find("absent de"), std::string::npos) << error.text();
    EXPECT_TRUE(has("steps.csv: 3 lignes renvoient à parcours.csv, refusé : ces renvois seront vérifiés une fois ce "
                    "fichier corrigé."))
        << allErrors();

    // A file read whole: a missing pathway is an error of its row.
    write("parcours.csv", validFiles()["parcours.csv"]);
    read();
    EXPECT_TRUE(has("steps.csv:5: parcours_id: Parcours « C9 » absent de parcours.csv.")) << allErrors();
}

TEST_F(FolderReader, ReadsFilesWhoseLinesEndWithACarriageReturnAlone)
{
    for (auto [name, content] : validFiles()) {
        std::replace(content.begin(), content.end(), '\n', '\r');
        write(name, content);
    }
    const InterchangeData batch = read();
    EXPECT_TRUE(errors.empty()) << allErrors();
    EXPECT_EQ(batch.participants.size(), 3u);
    EXPECT_EQ(batch.pathways.size(), 4u);
    EXPECT_EQ(batch.plannedActions.size(), 3u);
    appendLine("contacts.csv", "C1,2019-02-01,presentiel,"); // after a multi-line note: line 5
    expectError("contacts.csv", 5, "date", "");
}

TEST_F(FolderReader, EachFileThatIsNoRegularFileSaysWhatItIs)
{
    remove("participants.csv");
    std::filesystem::create_directory(folder / "participants.csv");
    expectError("participants.csv", 0, "", "Est un dossier, pas un fichier.");
    remove("participants.csv");
    expectError("participants.csv", 0, "", "Fichier introuvable.");
#ifndef _WIN32
    remove("steps.csv");
    ASSERT_EQ(::mkfifo((folder / "steps.csv").c_str(), 0600), 0); // a FIFO opened would block the reading
    expectError("steps.csv", 0, "", "N'est pas un fichier ordinaire mais un tube nommé (FIFO) : il n'est pas lu.");
#endif
    errors.clear();
    readInterchangeFolder(folder / "plie.csv", {}, errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "N'est pas un dossier.");
}

TEST_F(FolderReader, ALinkOutOfTheFolderIsRefusedWithoutShowingWhatItLeadsTo)
{
    const auto secret = folder.parent_path() / (folder.filename().string() + "-secret.txt");
    {
        std::ofstream out(secret, std::ios::binary);
        out << "root:motdepasse-secret:0:0\n";
    }
    remove("participants.csv");
    remove("steps.csv");
    try {
        std::filesystem::create_symlink(secret, folder / "participants.csv");
        std::filesystem::create_symlink("../" + secret.filename().string(), folder / "steps.csv");
    } catch (const std::filesystem::filesystem_error& e) {
        std::filesystem::remove(secret);
        GTEST_SKIP() << "no symbolic link here: " << e.what();
    }
    const std::string refusal = "Lien symbolique vers un fichier hors du dossier importé : il n'est pas lu.";
    expectError("participants.csv", 0, "", refusal);
    expectError("steps.csv", 0, "", refusal);
    EXPECT_EQ(allErrors().find("secret"), std::string::npos) << allErrors();
    std::filesystem::remove(secret);

    // A link to a file of the folder is read.
    remove("participants.csv");
    remove("steps.csv");
    std::filesystem::create_directory(folder / "sources");
    write("sources/personnes.csv", validFiles()["participants.csv"]);
    write("steps.csv", validFiles()["steps.csv"]);
    std::filesystem::create_symlink("sources/personnes.csv", folder / "participants.csv");
    const InterchangeData batch = read();
    EXPECT_TRUE(errors.empty()) << allErrors();
    EXPECT_EQ(batch.participants.size(), 3u);
}
