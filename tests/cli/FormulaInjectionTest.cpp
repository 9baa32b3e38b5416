// Names that a spreadsheet would take for formulas (finding 9): `list` neutralises them in CSV
// and XLSX with a leading apostrophe (OWASP), while `dump` stays exact, so that an import of
// the dump gives the same names back.
#include "CliRunner.h"
#include "XlsxCells.h"

#include "store/Database.h"

#include <gmock/gmock.h>

namespace parcours::test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using Json = nlohmann::json;

class FormulaInjectionTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        database = pathIn("base.db").string();
        const std::filesystem::path folder = pathIn("dossier");
        std::filesystem::create_directories(folder);
        writeFile(folder / "participants.csv",
                  "participant_id,last_name,first_name,birth_date,sex,city\n"
                  "P1,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"clic\"\")\",Ana,1990-05-04,F,@SUM(A1)\n"
                  "P2,=1+1,\"+cmd|' /C calc'!A0\",1985-11-20,M,-Rennes\n");
        writeFile(folder / "parcours.csv", "parcours_id,participant_id,referent,entry_date\n"
                                           "C1,P1,Alice N'Diaye,2023-06-01\n"
                                           "C2,P2,Alice N'Diaye,2023-06-02\n");
        const CliResult imported = run({"import", "--db", database, folder.string()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
    }

    std::string database;
};

TEST_F(FormulaInjectionTest, ListCsvPrefixesTextThatASpreadsheetWouldRun)
{
    const CliResult result = run({"list", "--db", database});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    EXPECT_THAT(result.out, HasSubstr("'=1+1;'+cmd|' /C calc'!A0;20/11/1985;'-Rennes;"));
    EXPECT_THAT(result.out, HasSubstr("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"clic\"\")\";Ana;04/05/1990;"
                                      "'@SUM(A1);"));
    EXPECT_THAT(result.out, Not(HasSubstr(";=")));
}

TEST_F(FormulaInjectionTest, ListXlsxPrefixesTextAndKeepsDatesAsDates)
{
    const std::filesystem::path out = pathIn("liste.xlsx");
    const CliResult result = run({"list", "--db", database, "--format", "xlsx", "--out", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const Json rows = readXlsx(out)["sheets"][0]["rows"];
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[1][0], "'=1+1");
    EXPECT_EQ(rows[1][1], "'+cmd|' /C calc'!A0");
    EXPECT_EQ(rows[1][2], Json::parse(R"({"date": "1985-11-20"})"));
    EXPECT_EQ(rows[1][3], "'-Rennes");
    EXPECT_EQ(rows[2][0], "'=HYPERLINK(\"http://evil.example/\",\"clic\")");
    EXPECT_EQ(rows[2][3], "'@SUM(A1)");
}

TEST_F(FormulaInjectionTest, DumpStaysExactAndItsImportGivesTheSameNames)
{
    const CliResult dumped = run({"dump", "--db", database, pathIn("sortie").string()});
    ASSERT_EQ(dumped.exitCode, 0) << dumped.err;
    const std::string participants = readFile(pathIn("sortie") / "participants.csv");
    EXPECT_THAT(participants, HasSubstr(",=1+1,"));
    EXPECT_THAT(participants, Not(HasSubstr("'=")));

    const std::string copy = pathIn("copie.db").string();
    const CliResult imported = run({"import", "--db", copy, pathIn("sortie").string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    Database db(copy, OpenMode::ReadOnly);
    SQLite::Statement names(db.sql(), "SELECT last_name, first_name, city FROM participants ORDER BY last_name");
    std::vector<std::string> found;
    while (names.executeStep())
        found.push_back(names.getColumn(0).getString() + "|" + names.getColumn(1).getString() + "|"
                        + names.getColumn(2).getString());
    EXPECT_EQ(found, (std::vector<std::string>{"=1+1|+cmd|' /C calc'!A0|-Rennes",
                                               "=HYPERLINK(\"http://evil.example/\",\"clic\")|Ana|@SUM(A1)"}));
}

} // namespace
} // namespace parcours::test
