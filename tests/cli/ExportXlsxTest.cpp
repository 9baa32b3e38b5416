// `parcours-cli export --format xlsx`: the workbook, read back with openpyxl, holds the JSON
// export's values as numbers, one sheet per section, French labels, hidden values empty with a
// note; without --out it is refused and writes nothing.
#include "CliRunner.h"
#include "XlsxCells.h"

#include "domain/Clock.h"

#include <gmock/gmock.h>

#include <map>

namespace parcours::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using Json = nlohmann::json;

class ExportXlsxTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        database = pathIn("demo.db").string();
        const CliResult created = run({"demo", "--quiet", "--db", database, "--participants", "150", "--seed", "11"});
        ASSERT_EQ(created.exitCode, 0) << created.err;
    }

    // The JSON export of the same year and profile, parsed.
    Json jsonExport(const std::vector<std::string>& profile) const
    {
        const std::string out = pathIn("export.json").string();
        std::vector<std::string> args{"export", "--db", database, "--year", year, "--out", out};
        args.insert(args.end(), profile.begin(), profile.end());
        const CliResult result = runArgs(args);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        const Json document = Json::parse(readFile(out));
        std::filesystem::remove(out);
        return document;
    }

    CliResult runArgs(const std::vector<std::string>& args) const
    {
        switch (args.size()) { // run() takes an initializer list
        case 7: return run({args[0], args[1], args[2], args[3], args[4], args[5], args[6]});
        case 9: return run({args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8]});
        case 11:
            return run(
                {args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9], args[10]});
        default: throw std::logic_error("unexpected number of arguments");
        }
    }

    std::string database;
    const std::string year = std::to_string(static_cast<int>(SystemClock().today().year()) - 1);
};

// The value at a dotted path of the JSON document.
const Json& at(const Json& document, const std::string& path)
{
    const Json* node = &document;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        node = &node->at(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            return *node;
        start = dot + 1;
    }
}

TEST_F(ExportXlsxTest, EverySectionsValuesAreTheJsonExportsAsNumbers)
{
    const std::filesystem::path out = pathIn("consolidation.xlsx");
    const CliResult result =
        run({"export", "--db", database, "--year", year, "--format", "xlsx", "--out", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("consolidation.xlsx"));

    const Json document = jsonExport({});
    const Json book = readXlsx(out);
    std::vector<std::string> titles;
    for (const Json& sheet : book["sheets"])
        titles.push_back(sheet["title"]);
    EXPECT_THAT(titles, ElementsAre("Informations", "Stock", "Entrées", "Sorties", "Taux", "Étapes", "Freins"));

    std::size_t values = 0;
    std::size_t nonZero = 0;
    for (const Json& sheet : book["sheets"]) {
        if (sheet["title"] == "Informations") {
            EXPECT_EQ(sheet["rows"][0], Json::parse(R"(["Rubrique", "Valeur"])"));
            continue;
        }
        EXPECT_EQ(sheet["freeze"], "A2");
        EXPECT_EQ(sheet["header_bold"], true);
        EXPECT_EQ(sheet["rows"][0], Json::parse(R"(["Indicateur", "Valeur", "Remarque", "Clé"])"));
        for (std::size_t i = 1; i < sheet["rows"].size(); ++i) {
            const Json& row = sheet["rows"][i];
            const std::string key = row[3];
            const Json& expected = at(document, key);
            ++values;
            EXPECT_TRUE(row[0].is_string() && !row[0].get<std::string>().empty()) << key << " has a French label";
            if (expected.is_null()) {
                EXPECT_TRUE(row[1].is_null()) << key;
                continue;
            }
            ASSERT_TRUE(row[1].is_number()) << key << " is written as a number";
            if (expected.is_number_integer()) {
                EXPECT_EQ(row[1].get<double>(), expected.get<double>()) << key;
            } else { // a rate: the spreadsheets' 15 significant digits
                EXPECT_NEAR(row[1].get<double>(), expected.get<double>(), 1e-14) << key;
            }
            nonZero += expected.get<double>() != 0 ? 1 : 0;
        }
    }
    EXPECT_EQ(values, 124U) << "every count and every rate of the file";
    EXPECT_GT(nonZero, 40U) << "a demo year has figures to compare";

    const Json& rates = book["sheets"][4];
    EXPECT_EQ(rates["rows"][1][3], "rates.positive_over_exits");
    EXPECT_EQ(rates["formats"][1][1], "0.0%") << "rates shown in percent";
}

TEST_F(ExportXlsxTest, ThePublicProfileLeavesHiddenValuesEmptyWithANote)
{
    const std::filesystem::path out = pathIn("public.xlsx");
    const CliResult result = run({"export", "--db", database, "--year", year, "--profile", "public", "--threshold",
                                  "11", "--format", "xlsx", "--out", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;

    const Json document = jsonExport({"--profile", "public", "--threshold", "11"});
    ASSERT_FALSE(document["suppressed"].empty()) << "a small demo has cells to hide";
    std::map<std::string, Json> rowsByKey;
    const Json book = readXlsx(out);
    for (const Json& sheet : book["sheets"])
        if (sheet["title"] != "Informations")
            for (std::size_t i = 1; i < sheet["rows"].size(); ++i)
                rowsByKey[sheet["rows"][i][3]] = sheet["rows"][i];
    for (const Json& hidden : document["suppressed"]) {
        const Json& row = rowsByKey.at(hidden.get<std::string>());
        EXPECT_TRUE(row[1].is_null()) << hidden;
        EXPECT_THAT(row[2].get<std::string>(), HasSubstr("masqué")) << hidden;
    }
}

TEST_F(ExportXlsxTest, WithoutOutItIsRefusedAndAFailedWriteLeavesTheFileAsItWas)
{
    const CliResult refused = run({"export", "--db", database, "--year", year, "--format", "xlsx"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_THAT(refused.err, HasSubstr("--out"));
    EXPECT_THAT(refused.out, IsEmpty());

    const std::filesystem::path out = pathIn("garde.xlsx");
    writeFile(out, "ancien contenu");
    EXPECT_EQ(run({"export", "--db", pathIn("absente.db").string(), "--year", year, "--format", "xlsx", "--out",
                   out.string()})
                  .exitCode,
              1);
    EXPECT_EQ(readFile(out), "ancien contenu");
    const CliResult noFolder = run(
        {"export", "--db", database, "--year", year, "--format", "xlsx", "--out", pathIn("absent/c.xlsx").string()});
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_THAT(noFolder.err, HasSubstr("Impossible d'écrire"));

    std::vector<std::string> left;
    for (const std::string& name : folderEntries())
        if (!name.starts_with("demo.db"))
            left.push_back(name);
    EXPECT_THAT(left, ElementsAre("garde.xlsx")) << "no other file, no database created";
}

} // namespace
} // namespace parcours::test
