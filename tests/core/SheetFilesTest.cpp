// Spreadsheet files: the exact bytes of the French CSV, the caseload as a sheet, and files written
// whole or not at all (the XLSX content itself is read back by the command-line tests).
#include "sheets/SheetFiles.h"
#include "sheets/CaseloadSheet.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace parcours::test {
namespace {

Date day(int year, int month, int dayOfMonth)
{
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(dayOfMonth));
}

std::string contentOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class SheetFilesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        folder = std::filesystem::temp_directory_path() / ("parcours-sheets-" + std::to_string(std::random_device()()));
        std::filesystem::create_directories(folder);
    }
    void TearDown() override { std::filesystem::remove_all(folder); }

    std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    std::filesystem::path folder;
};

Sheet sample()
{
    Sheet sheet;
    sheet.title = "Essai";
    sheet.header = {"Nom", "Note", "Nombre", "Jour"};
    sheet.rows.push_back(
        {std::string("Le Goff; dite Lou"), std::string("dit « \"chef\" »"), Number{12}, day(2024, 3, 5)});
    sheet.rows.push_back(
        {std::string(" Éric"), std::string("deux\nlignes"), Number{0.125, NumberFormat::Percent}, Cell()});
    sheet.rows.push_back({std::string("Court")}); // missing cells are empty
    return sheet;
}

TEST_F(SheetFilesTest, CsvIsUtf8WithAByteOrderMarkSemicolonsCrlfAndRfc4180Quotes)
{
    EXPECT_EQ(csvText(sample()), "\xEF\xBB\xBF"
                                 "Nom;Note;Nombre;Jour\r\n"
                                 "\"Le Goff; dite Lou\";\"dit « \"\"chef\"\" »\";12;05/03/2024\r\n"
                                 "\" Éric\";\"deux\nlignes\";0,125;\r\n"
                                 "Court;;;\r\n");
}

TEST_F(SheetFilesTest, CsvNumbersReadBackExactlyWithADecimalComma)
{
    Sheet sheet;
    sheet.header = {"v"};
    sheet.rows = {{Number{12176.0 / 27347.0}}, {Number{-3}}, {Number{1e6}}};
    EXPECT_EQ(csvText(sheet), "\xEF\xBB\xBFv\r\n0,44524079423702784\r\n-3\r\n1000000\r\n");
}

// OWASP's advice against formula injection: a text cell a spreadsheet would take for a formula
// (or a DDE command) gets a leading apostrophe; numbers and dates stay numbers and dates.
TEST_F(SheetFilesTest, CsvTextThatASpreadsheetWouldRunGetsAnApostrophe)
{
    Sheet sheet;
    sheet.header = {"v"};
    sheet.rows = {{std::string("=HYPERLINK(\"http://x\",\"y\")")},
                  {std::string("+cmd|' /C calc'!A0")},
                  {std::string("-2+3")},
                  {std::string("@SUM(A1)")},
                  {std::string("\tTab")},
                  {std::string("\rRetour")},
                  {std::string("Jean-Marc = chef")},
                  {Number{-3}},
                  {day(2024, 3, 5)}};
    EXPECT_EQ(csvText(sheet), "\xEF\xBB\xBFv\r\n"
                              "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"
                              "'+cmd|' /C calc'!A0\r\n"
                              "'-2+3\r\n"
                              "'@SUM(A1)\r\n"
                              "'\tTab\r\n"
                              "\"'\rRetour\"\r\n"
                              "Jean-Marc = chef\r\n"
                              "-3\r\n"
                              "05/03/2024\r\n");
    EXPECT_EQ(cellText(Cell(std::string("=1+1"))), "=1+1") << "the preview shows the name as it is";
    EXPECT_EQ(spreadsheetText(""), "");
}

TEST_F(SheetFilesTest, WritesReplaceTheTargetWholeAndARefusalLeavesItAsItWas)
{
    const std::filesystem::path csv = folder / "liste.csv";
    const std::filesystem::path xlsx = folder / "liste.xlsx";
    std::ofstream(xlsx, std::ios::binary) << "ancien";

    writeCsv(csv, sample());
    writeXlsx(xlsx, {sample()});

    EXPECT_EQ(contentOf(csv), csvText(sample()));
    EXPECT_EQ(contentOf(xlsx).substr(0, 2), "PK") << "an XLSX file is a zip archive";
    EXPECT_EQ(entries(), (std::vector<std::string>{"liste.csv", "liste.xlsx"})) << "no temporary file left";

    std::ofstream(xlsx, std::ios::binary | std::ios::trunc) << "ancien";
    try {
        writeXlsx(xlsx, {sample(), sample()}); // two sheets of one title
        FAIL() << "two sheets of one name are refused";
    } catch (const SheetWriteError& error) {
        EXPECT_NE(std::string(error.what()).find("liste.xlsx"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("Essai"), std::string::npos) << error.what();
    }
    EXPECT_EQ(contentOf(xlsx), "ancien");
    EXPECT_EQ(entries(), (std::vector<std::string>{"liste.csv", "liste.xlsx"}));
}

TEST_F(SheetFilesTest, AFolderThatIsNotThereIsRefusedInFrenchNamingTheFile)
{
    const std::filesystem::path missing = folder / "absent" / "liste.xlsx";
    try {
        writeXlsx(missing, {sample()});
        FAIL() << "no folder, no file";
    } catch (const SheetWriteError& error) {
        EXPECT_NE(std::string(error.what()).find("Impossible d'écrire « " + missing.string() + " »"), std::string::npos)
            << error.what();
    }
    EXPECT_THROW(writeCsv(folder / "absent" / "liste.csv", sample()), SheetWriteError);
    EXPECT_THROW(writeXlsx(folder / "vide.xlsx", {}), SheetWriteError);
    EXPECT_TRUE(entries().empty());
}

CaseloadRow person(std::string lastName, std::optional<PathwayStatus> status)
{
    CaseloadRow row;
    row.lastName = std::move(lastName);
    row.firstName = "Lou";
    row.birthDate = day(1990, 5, 4);
    row.city = "Rennes";
    row.franceTravailId = "1234567A";
    if (status) {
        row.referentName = "Alice N'Diaye";
        row.entryDate = day(2025, 1, 6);
        row.status = status;
        if (*status == PathwayStatus::Exited)
            row.exitDate = day(2026, 2, 1);
    }
    return row;
}

TEST(CaseloadSheetTest, OneRowPerPersonInTheOrderGivenUnderFrenchHeaders)
{
    CaseloadRow held = person("Benali", PathwayStatus::OnHold);
    held.lastContact = day(2026, 10, 20);
    held.nextAction = day(2026, 12, 3);
    const Sheet sheet = caseloadSheet({held, person("Adam", std::nullopt)});

    EXPECT_EQ(sheet.header, (std::vector<std::string>{"Nom", "Prénom", "Date de naissance", "Ville",
                                                      "Identifiant France Travail", "Référent.e", "Entrée", "État",
                                                      "Dernier entretien", "Prochaine action", "Sortie"}));
    ASSERT_EQ(sheet.rows.size(), 2U);
    EXPECT_EQ(sheet.rows[0], (std::vector<Cell>{Cell(std::string("Benali")), Cell(std::string("Lou")),
                                                Cell(day(1990, 5, 4)), Cell(std::string("Rennes")),
                                                Cell(std::string("1234567A")), Cell(std::string("Alice N'Diaye")),
                                                Cell(day(2025, 1, 6)), Cell(std::string("en veille")),
                                                Cell(day(2026, 10, 20)), Cell(day(2026, 12, 3)), Cell()}));
    EXPECT_EQ(sheet.rows[1][0], Cell(std::string("Adam")));
    EXPECT_EQ(sheet.rows[1][7], Cell(std::string("sans parcours")));
    EXPECT_EQ(sheet.rows[1][6], Cell()) << "no pathway, no entry";
}

TEST(CaseloadSheetTest, StatusSelectionsOfTheCommandLine)
{
    const std::vector<CaseloadRow> rows{person("A", PathwayStatus::Active), person("B", PathwayStatus::OnHold),
                                        person("C", PathwayStatus::InFollowUp), person("D", PathwayStatus::Exited),
                                        person("E", std::nullopt)};
    const auto selected = [&rows](std::string_view code) {
        std::string names;
        for (const CaseloadRow& row : rows)
            if (isSelected(row, caseloadSelectionFromCode(code).value()))
                names += row.lastName;
        return names;
    };
    EXPECT_EQ(selected("en_cours"), "ABCE") << "not exited, as the caseload screen's « en cours »";
    EXPECT_EQ(selected("veille"), "B");
    EXPECT_EQ(selected("suivi"), "C");
    EXPECT_EQ(selected("sorti"), "D");
    EXPECT_EQ(selected("tous"), "ABCDE");
    EXPECT_EQ(caseloadSelectionFromCode("actif"), std::nullopt);
}

} // namespace
} // namespace parcours::test
