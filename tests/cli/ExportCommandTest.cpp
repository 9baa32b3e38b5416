// `parcours-cli export` and `consolidate`: exit statuses, --out written whole, nothing created on
// refusal, and no identifier of a demo PLIE in any profile or format.
#include "CliRunner.h"

#include "domain/Clock.h"
#include "interchange/FolderReader.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <cctype>

namespace parcours::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using Json = nlohmann::json;

class ExportCommandTest : public CliTest {
protected:
    // A demo PLIE of `participants` people, in demo.db.
    std::string demo(int participants = 60)
    {
        const std::string db = pathIn("demo.db").string();
        const CliResult created =
            run({"demo", "--quiet", "--db", db, "--participants", std::to_string(participants), "--seed", "7"});
        EXPECT_EQ(created.exitCode, 0) << created.err;
        return db;
    }

    // The files the test left, without the database's own.
    std::vector<std::string> filesBesideTheDatabase() const
    {
        std::vector<std::string> names;
        for (const std::string& name : folderEntries()) {
            if (!name.starts_with("demo.db"))
                names.push_back(name);
        }
        return names;
    }
};

// A year of the demo's history, which ends today.
std::string recentYear()
{
    return std::to_string(static_cast<int>(SystemClock().today().year()) - 1);
}

TEST_F(ExportCommandTest, WarehouseJsonGoesToStandardOutput)
{
    const std::string db = demo();
    const CliResult result = run({"export", "--db", db, "--year", recentYear()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, IsEmpty());
    const Json document = Json::parse(result.out);
    EXPECT_EQ(document["format"], "parcours-consolidation");
    EXPECT_EQ(document["profile"], "warehouse");
    EXPECT_EQ(document["year"], std::stoi(recentYear()));
    EXPECT_EQ(document["plie"]["name"], "PLIE de démonstration");
    EXPECT_GT(document["stock"]["present"].get<int>(), 0);
    EXPECT_FALSE(document.contains("suppressed"));
}

TEST_F(ExportCommandTest, PublicProfileRecordsItsThreshold)
{
    const std::string db = demo();
    const CliResult byDefault = run({"export", "--db", db, "--year", recentYear(), "--profile", "public"});
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err;
    const Json document = Json::parse(byDefault.out);
    EXPECT_EQ(document["threshold"], 11);
    EXPECT_EQ(document["rule"], 2);
    EXPECT_TRUE(document["suppressed"].is_array());

    const CliResult five =
        run({"export", "--db", db, "--year", recentYear(), "--profile", "public", "--threshold", "5"});
    ASSERT_EQ(five.exitCode, 0) << five.err;
    EXPECT_EQ(Json::parse(five.out)["threshold"], 5);
}

TEST_F(ExportCommandTest, CsvHasItsHeaderAndOneRowPerNumber)
{
    const std::string db = demo();
    const CliResult result =
        run({"export", "--db", db, "--year", recentYear(), "--profile", "public", "--format", "csv"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, StartsWith("indicator,value\r\nstock.in_parcours_start,"));
    EXPECT_THAT(result.out, HasSubstr("\r\nrates.positive_over_exits,"));
    EXPECT_THAT(result.out, Not(HasSubstr("threshold")));
}

TEST_F(ExportCommandTest, OutIsWrittenWholeWithNothingElseLeft)
{
    const std::string db = demo();
    const auto out = pathIn("consolidation.json");
    writeFile(out, "ancien contenu\n");
    const CliResult result = run({"export", "--db", db, "--year", recentYear(), "--out", out.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("consolidation.json"));
    EXPECT_EQ(Json::parse(readFile(out))["format"], "parcours-consolidation");
    EXPECT_THAT(filesBesideTheDatabase(), ElementsAre("consolidation.json")) << "no temporary file left";
}

TEST_F(ExportCommandTest, AMissingDatabaseIsRefusedAndNothingIsCreated)
{
    const auto out = pathIn("consolidation.json");
    const CliResult result =
        run({"export", "--db", pathIn("absente.db").string(), "--year", "2020", "--out", out.string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("absente.db"));
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_THAT(folderEntries(), IsEmpty()) << "neither the database nor --out";

    writeFile(out, "ancien contenu\n");
    EXPECT_EQ(run({"export", "--db", pathIn("absente.db").string(), "--year", "2020", "--out", out.string()}).exitCode,
              1);
    EXPECT_EQ(readFile(out), "ancien contenu\n") << "a refused export leaves --out as it was";
}

TEST_F(ExportCommandTest, WrongCommandLinesExitWithTwo)
{
    const std::string db = demo();
    const std::string out = pathIn("x.json").string();
    const std::vector<std::vector<std::string>> lines{
        {"--threshold", "11"},
        {"--profile", "warehouse", "--threshold", "11"},
        {"--profile", "public", "--threshold", "4"},
        {"--profile", "public", "--threshold", "onze"},
        {"--profile", "national"},
        {"--format", "pdf"},
    };
    for (const auto& extra : lines) {
        const CliResult result =
            extra.size() == 2
                ? run({"export", "--db", db, "--year", "2020", "--out", out, extra[0], extra[1]})
                : run({"export", "--db", db, "--year", "2020", "--out", out, extra[0], extra[1], extra[2], extra[3]});
        EXPECT_EQ(result.exitCode, 2) << extra.front() << " " << extra.back();
        EXPECT_THAT(result.err, HasSubstr(extra.size() == 2 ? extra.front() : "--threshold"));
        EXPECT_THAT(result.out, IsEmpty());
    }
    const CliResult xlsxWithoutOut = run({"export", "--db", db, "--year", "2020", "--format", "xlsx"});
    EXPECT_EQ(xlsxWithoutOut.exitCode, 2) << "a workbook is not written to standard output";
    EXPECT_THAT(xlsxWithoutOut.err, HasSubstr("--out"));
    EXPECT_THAT(xlsxWithoutOut.out, IsEmpty());
    EXPECT_THAT(run({"export", "--db", db, "--year", "2020", "--threshold", "11"}).err, HasSubstr("--profile public"));
    EXPECT_EQ(run({"export", "--db", db}).exitCode, 2) << "--year is required";
    EXPECT_EQ(run({"export", "--db", db, "--year", "20"}).exitCode, 2);
    EXPECT_EQ(run({"export", "--db", db, "--year", "deux mille"}).exitCode, 2);
    EXPECT_THAT(filesBesideTheDatabase(), IsEmpty());
}

TEST_F(ExportCommandTest, ConsolidateAddsUpWarehouseExports)
{
    const std::string db = demo();
    const std::string year = recentYear();
    ASSERT_EQ(run({"export", "--db", db, "--year", year, "--out", pathIn("a.json").string()}).exitCode, 0);
    // The same figures under another PLIE's name and code, as a second PLIE would send them.
    ASSERT_EQ(run({"plie", "--db", db, "--name", "PLIE de Brest", "--code", "29-BREST"}).exitCode, 0);
    ASSERT_EQ(run({"export", "--db", db, "--year", year, "--out", pathIn("b.json").string()}).exitCode, 0);
    const CliResult result = run({"consolidate", pathIn("a.json").string(), pathIn("b.json").string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json one = Json::parse(readFile(pathIn("a.json")));
    const Json sum = Json::parse(result.out);
    EXPECT_EQ(sum["plie_count"], 2);
    EXPECT_EQ(sum["plie_names"], (Json{"PLIE de démonstration", "PLIE de Brest"}));
    EXPECT_EQ(sum["plies"][1], (Json{{"name", "PLIE de Brest"}, {"code", "29-BREST"}}));
    EXPECT_EQ(sum["plie"]["name"], "");
    EXPECT_EQ(sum["entries"]["total"].get<int>(), 2 * one["entries"]["total"].get<int>());
    EXPECT_EQ(sum["rates"]["positive_over_exits"], one["rates"]["positive_over_exits"]);

    const CliResult toFile = run({"consolidate", pathIn("a.json").string(), pathIn("b.json").string(), "--out",
                                  pathIn("national.json").string()});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err;
    EXPECT_EQ(Json::parse(readFile(pathIn("national.json")))["plie_count"], 2);

    // A region's consolidation fed back in is expanded; the same PLIE twice is refused, naming both files.
    const CliResult again = run({"consolidate", pathIn("national.json").string(), pathIn("b.json").string()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("national.json"));
    EXPECT_THAT(again.err, HasSubstr("b.json"));
    EXPECT_THAT(again.err, HasSubstr("29-BREST"));
    EXPECT_THAT(again.out, IsEmpty());
}

TEST_F(ExportCommandTest, ConsolidateSaysWhenAPlieCannotBeChecked)
{
    const std::string db = demo();
    const std::string year = recentYear();
    ASSERT_EQ(run({"plie", "--db", db, "--name", "", "--code", ""}).exitCode, 0);
    ASSERT_EQ(run({"export", "--db", db, "--year", year, "--out", pathIn("sans-nom.json").string()}).exitCode, 0);
    const CliResult result = run({"consolidate", pathIn("sans-nom.json").string()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("sans-nom.json"));
    EXPECT_THAT(result.err, HasSubstr("ni nom ni code"));
    EXPECT_EQ(Json::parse(result.out)["plie_count"], 1);
}

TEST_F(ExportCommandTest, ConsolidateRefusesAPublicFileByName)
{
    const std::string db = demo();
    const std::string year = recentYear();
    ASSERT_EQ(run({"export", "--db", db, "--year", year, "--out", pathIn("a.json").string()}).exitCode, 0);
    ASSERT_EQ(
        run({"export", "--db", db, "--year", year, "--profile", "public", "--out", pathIn("p.json").string()}).exitCode,
        0);
    const CliResult result = run({"consolidate", pathIn("a.json").string(), pathIn("p.json").string(), "--out",
                                  pathIn("national.json").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err, HasSubstr("p.json"));
    EXPECT_THAT(result.err, HasSubstr("public"));
    EXPECT_THAT(result.out, IsEmpty());
    EXPECT_THAT(filesBesideTheDatabase(), ElementsAre("a.json", "p.json"));

    EXPECT_EQ(run({"consolidate"}).exitCode, 2) << "at least one file";
    const CliResult missing = run({"consolidate", pathIn("absent.json").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("absent.json"));
}

// Letters of a name, counting each UTF-8 character once ("Koné" has 4).
std::size_t letters(const std::string& name)
{
    std::size_t count = 0;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        count += (byte >= 0xC0) || std::isalpha(byte);
    }
    return count;
}

bool isWordByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte);
}

// Whether `text` holds `word` with no letter or digit right before or after it.
bool holdsWord(const std::string& text, const std::string& word)
{
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool before = at > 0 && isWordByte(text[at - 1]);
        const bool after = at + word.size() < text.size() && isWordByte(text[at + word.size()]);
        if (!before && !after)
            return true;
    }
    return false;
}

TEST_F(ExportCommandTest, NoIdentifierLeavesInAnyProfileOrFormat)
{
    const std::string db = demo(300);
    ASSERT_EQ(run({"dump", "--db", db, pathIn("dump").string()}).exitCode, 0);
    ImportErrors errors;
    const InterchangeData data = readInterchangeFolder(pathIn("dump"), ExistingIds{}, errors);
    ASSERT_THAT(errors, IsEmpty());
    ASSERT_EQ(data.participants.size(), 300u);

    std::vector<std::string> words;    // last names of 4 letters or more
    std::vector<std::string> literals; // every other identifier, as written in the dump
    const auto literal = [&literals](const std::string& value) {
        if (!value.empty())
            literals.push_back(value);
    };
    for (const Participant& person : data.participants) {
        if (letters(person.lastName) >= 4)
            words.push_back(person.lastName);
        literal(person.record.externalId);
        literal(toIsoDate(person.birthDate));
        literal(person.phone);
        literal(person.email);
        literal(person.franceTravailId);
    }
    for (const PathwayEntry& entry : data.pathways)
        literal(entry.pathway.record.externalId);
    for (const auto& step : data.steps)
        literal(step.item.record.externalId);
    for (const auto& contact : data.contacts)
        literal(contact.item.note);
    ASSERT_GT(words.size(), 250u);
    ASSERT_GT(literals.size(), 1500u);
    ASSERT_TRUE(holdsWord("{\"x\": \"" + words.front() + "\"}", words.front())) << "the scan finds a name";

    std::vector<std::pair<std::string, std::string>> outputs; // what, text
    const int thisYear = static_cast<int>(SystemClock().today().year());
    for (int year = thisYear - 6; year <= thisYear; ++year) {
        for (const char* profile : {"warehouse", "public"}) {
            for (const char* format : {"json", "csv"}) {
                const CliResult result = run(
                    {"export", "--db", db, "--year", std::to_string(year), "--profile", profile, "--format", format});
                ASSERT_EQ(result.exitCode, 0) << result.err;
                outputs.emplace_back(std::to_string(year) + " " + profile + " " + format, result.out);
            }
        }
        const auto file = pathIn("export-" + std::to_string(year) + ".json");
        writeFile(file, outputs[outputs.size() - 4].second);
        const CliResult sum = run({"consolidate", file.string()});
        ASSERT_EQ(sum.exitCode, 0) << sum.err;
        outputs.emplace_back(std::to_string(year) + " consolidate", sum.out);
    }
    for (const auto& [what, text] : outputs) {
        for (const std::string& word : words)
            EXPECT_FALSE(holdsWord(text, word)) << what << " holds the last name " << word;
        for (const std::string& value : literals)
            EXPECT_EQ(text.find(value), std::string::npos) << what << " holds « " << value << " »";
    }
}

} // namespace
} // namespace parcours::test
