// The JSON and CSV forms of a report: keys and nesting, nulls, the public profile's marks, CSV
// rows equal to the JSON's values, doubles that read back the same.
#include "consolidation/ReportWriter.h"
#include "consolidation/ConsolidateExports.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace parcours;
using Json = nlohmann::json;

namespace {

const std::string kNow = "2026-11-27T10:00:00Z";

struct Count {
    CountKey key;
    std::int64_t value;
};

ConsolidationReport report(std::initializer_list<Count> values)
{
    ConsolidationReport r;
    r.year = 2020;
    r.plie = PlieSettings{"PLIE de Rennes Métropole", "RM-35"};
    for (const auto& [key, value] : values)
        r.counts.add(key, value);
    return r;
}

// A report with 12176 positive exits out of 27347, the ratio the spec shows; its counts satisfy
// every relation of the public profile, as a consolidation's do.
ConsolidationReport nationalLike()
{
    return report({{"stock.in_parcours_start", 40000},
                   {"stock.entries", 30000},
                   {"stock.present", 70000},
                   {"stock.exits", 27347},
                   {"stock.in_parcours_end", 42653},
                   {"entries.total", 30000},
                   {"entries.sex.F", 14949},
                   {"entries.sex.M", 15048},
                   {"entries.sex.X", 3},
                   {"entries.age.26_44", 30000},
                   {"entries.education.qualifie", 30000},
                   {"exits.total", 27347},
                   {"exits.positive.total", 12176},
                   {"exits.positive.emploi_durable", 12176},
                   {"exits.sans_suite.total", 15171},
                   {"exits.sans_suite.abandon", 15171},
                   {"exits.job.contract.cdi", 12176},
                   {"exits.job.employer.entreprise", 12176},
                   {"exits.job.naf.G", 12176},
                   {"exits.by_group.F.exits", 3},
                   {"exits.by_group.F.positive", 1},
                   {"exits.by_group.M.exits", 27344},
                   {"exits.by_group.M.positive", 12175},
                   {"steps.total", 100000},
                   {"steps.type.formation", 100000}});
}

Json parsed(const std::string& text)
{
    return Json::parse(text);
}

const Json& at(const Json& document, const std::string& dotted)
{
    std::string pointer = "/" + dotted;
    for (char& c : pointer) {
        if (c == '.')
            c = '/';
    }
    return document.at(Json::json_pointer(pointer));
}

// The CSV rows after the header, as (indicator, value).
std::vector<std::pair<std::string, std::string>> csvRows(const std::string& text, std::string* header = nullptr)
{
    std::vector<std::pair<std::string, std::string>> rows;
    std::istringstream in(text);
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        EXPECT_TRUE(line.ends_with('\r')) << "CRLF line ends";
        line.pop_back();
        if (first) {
            if (header)
                *header = line;
            first = false;
            continue;
        }
        const std::size_t comma = line.find(',');
        EXPECT_NE(comma, std::string::npos) << line;
        EXPECT_EQ(line.find(',', comma + 1), std::string::npos) << line;
        rows.emplace_back(line.substr(0, comma), line.substr(comma + 1));
    }
    return rows;
}

} // namespace

TEST(ReportWriter, WarehouseJsonHasTheSpecsKeysAndNesting)
{
    const std::string text = reportJsonText(nationalLike(), ReportProfile::warehouse(), kNow);
    EXPECT_TRUE(text.ends_with("}\n"));
    const Json document = parsed(text);
    EXPECT_EQ(document.at("format"), "parcours-consolidation");
    EXPECT_EQ(document.at("format_version"), 1);
    EXPECT_EQ(document.at("year"), 2020);
    EXPECT_EQ(document.at("profile"), "warehouse");
    EXPECT_EQ(document.at("plie"), (Json{{"name", "PLIE de Rennes Métropole"}, {"code", "RM-35"}}));
    EXPECT_EQ(document.at("generated_at"), kNow);
    EXPECT_FALSE(document.contains("threshold"));
    EXPECT_FALSE(document.contains("suppressed"));

    const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto& item : ordered.items())
        keys.push_back(item.key()); // the order is free; this one is the sketch's
    EXPECT_EQ(keys, (std::vector<std::string>{"format", "format_version", "year", "profile", "plie", "generated_at",
                                              "stock", "entries", "exits", "rates", "steps", "freins"}));

    EXPECT_EQ(document["entries"]["sex"]["F"], 14949);
    EXPECT_EQ(document["entries"]["age"]["under_26"], 0);
    EXPECT_EQ(document["exits"]["job"]["naf"]["U"], 0);
    EXPECT_EQ(document["exits"]["by_group"]["F"], (Json{{"exits", 3}, {"positive", 1}}));
    EXPECT_EQ(document["steps"]["per_participant"], 100000.0 / 70000.0);
    EXPECT_EQ(document["rates"]["positive_over_exits_by_group"].size(), 7u);
    EXPECT_EQ(document["freins"]["lifted"].size(), 12u);
    for (const CountKey key : kAllCountKeys)
        EXPECT_TRUE(at(document, std::string(key.path())).is_number_integer()) << key.path();
}

TEST(ReportWriter, RatesWithoutDenominatorAreNull)
{
    const Json document = parsed(reportJsonText(report({}), ReportProfile::warehouse(), kNow));
    EXPECT_TRUE(document["rates"]["positive_over_exits"].is_null());
    EXPECT_TRUE(document["rates"]["positive_over_exits_excluding_neutral"].is_null());
    EXPECT_TRUE(document["rates"]["positive_over_entries"].is_null());
    EXPECT_TRUE(document["rates"]["positive_over_exits_by_group"]["sans_qualification"].is_null());
    EXPECT_TRUE(document["steps"]["per_participant"].is_null());
    EXPECT_EQ(document["stock"]["present"], 0);
}

TEST(ReportWriter, PublicJsonHidesWithNullAndListsTheSuppressedPathsSorted)
{
    const Json document = parsed(reportJsonText(nationalLike(), ReportProfile::forPublic(), kNow));
    EXPECT_EQ(document.at("profile"), "public");
    EXPECT_EQ(document.at("threshold"), 11);
    EXPECT_EQ(document.at("rule"), 2);
    // X (3) and, linked to it by entries.total = F + M + X, F (14949 < 15048); the women's 3 exits
    // (1 positive) and, by exits.total = F + M + X and positive = F + M + X, the men's.
    EXPECT_TRUE(document["entries"]["sex"]["X"].is_null());
    EXPECT_TRUE(document["entries"]["sex"]["F"].is_null());
    EXPECT_EQ(document["entries"]["sex"]["M"], 15048);
    EXPECT_TRUE(document["exits"]["by_group"]["F"]["exits"].is_null());
    EXPECT_TRUE(document["rates"]["positive_over_exits_by_group"]["F"].is_null());
    EXPECT_EQ(document["entries"]["total"], 30000);
    EXPECT_TRUE(document["exits"]["by_group"]["M"]["exits"].is_null());
    EXPECT_EQ(document["suppressed"],
              (Json{"entries.sex.F", "entries.sex.X", "exits.by_group.F.exits", "exits.by_group.F.positive",
                    "exits.by_group.M.exits", "exits.by_group.M.positive", "rates.positive_over_exits_by_group.F",
                    "rates.positive_over_exits_by_group.M"}));

    const Json stricter = parsed(reportJsonText(nationalLike(), ReportProfile::forPublic(5), kNow));
    EXPECT_EQ(stricter.at("threshold"), 5);
    EXPECT_THROW(reportJson(nationalLike(), ReportProfile::forPublic(4), kNow), std::invalid_argument);
}

TEST(ReportWriter, CsvRowsAreTheJsonsNumbersWrittenTheSameWay)
{
    for (const ReportProfile& profile : {ReportProfile::warehouse(), ReportProfile::forPublic()}) {
        const ConsolidationReport r = nationalLike();
        const std::string jsonText = reportJsonText(r, profile, kNow);
        const Json document = parsed(jsonText);
        std::string header;
        const auto rows = csvRows(reportCsvText(r, profile), &header);
        EXPECT_EQ(header, "indicator,value");
        // Every count, plus 3 rates, 7 rates by group and steps per participant; nothing else.
        ASSERT_EQ(rows.size(), kAllCountKeys.size() + 3 + 7 + 1);
        for (const auto& [path, value] : rows) {
            const std::string section = path.substr(0, path.find('.'));
            EXPECT_TRUE(section == "stock" || section == "entries" || section == "exits" || section == "rates"
                        || section == "steps" || section == "freins")
                << path;
            const Json& number = at(document, path);
            if (number.is_null()) {
                EXPECT_EQ(value, "") << path;
                continue;
            }
            EXPECT_TRUE(number.is_number()) << path;
            EXPECT_EQ(value, number.dump()) << path;
            // The very characters of the JSON text, not only the same number.
            EXPECT_NE(jsonText.find("\"" + path.substr(path.rfind('.') + 1) + "\": " + value), std::string::npos)
                << path;
        }
        EXPECT_EQ(rows.front().first, "stock.in_parcours_start");
        EXPECT_EQ(rows.back().first, "freins.lifted.autre");
    }
}

TEST(ReportWriter, CsvWritesTheSpecsExampleRows)
{
    const auto rows = csvRows(reportCsvText(nationalLike(), ReportProfile::warehouse()));
    const auto has = [&rows](const std::string& path, const std::string& value) {
        for (const auto& row : rows) {
            if (row.first == path)
                return row.second == value;
        }
        return false;
    };
    EXPECT_TRUE(has("entries.sex.F", "14949"));
    // 12176 / 27347 to 17 significant digits, correctly rounded (no shorter form reads back the
    // same); the spec's example, 0.44524079423702785, is the same double.
    EXPECT_TRUE(has("rates.positive_over_exits", "0.44524079423702784"));
    EXPECT_EQ(std::strtod("0.44524079423702785", nullptr), std::strtod("0.44524079423702784", nullptr));
    EXPECT_TRUE(has("rates.positive_over_exits_by_group.X", "")); // no exit of non-binary people
    EXPECT_TRUE(has("steps.per_participant", "1.4285714285714286"));
}

TEST(ReportWriter, RatesReadBackAsTheSameDouble)
{
    const std::string text = reportJsonText(nationalLike(), ReportProfile::warehouse(), kNow);
    EXPECT_NE(text.find("\"positive_over_exits\": 0.44524079423702784"), std::string::npos);
    const Json document = parsed(text);
    EXPECT_EQ(document["rates"]["positive_over_exits"].get<double>(), 12176.0 / 27347.0);
    EXPECT_EQ(document["rates"]["positive_over_entries"].get<double>(), 12176.0 / 30000.0);
    EXPECT_EQ(document["rates"]["positive_over_exits_by_group"]["F"].get<double>(), 1.0 / 3.0);
    // And with a reader that is not nlohmann's.
    for (int numerator = 1; numerator < 200; numerator += 3) {
        for (int denominator = numerator; denominator < 1000; denominator += 61) {
            const ConsolidationReport r = report({{"exits.total", denominator}, {"exits.positive.total", numerator}});
            const auto rows = csvRows(reportCsvText(r, ReportProfile::warehouse()));
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [](const auto& item) { return item.first == "rates.positive_over_exits"; });
            ASSERT_NE(row, rows.end());
            ASSERT_EQ(std::strtod(row->second.c_str(), nullptr), static_cast<double>(numerator) / denominator)
                << row->second;
        }
    }
}

TEST(ReportWriter, WritesAFileWholeAndLeavesNoTemporaryFile)
{
    const auto folder =
        std::filesystem::temp_directory_path() / ("parcours-report-writer-" + std::to_string(std::random_device()()));
    std::filesystem::create_directories(folder);
    const auto target = folder / "export.json";
    writeReportFile(target, "ancien\n");
    writeReportFile(target, "nouveau\n");
    std::ifstream in(target, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    EXPECT_EQ(content.str(), "nouveau\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()), 1);
    EXPECT_THROW(writeReportFile(folder / "absent" / "export.json", "x"), ReportWriteError);
    std::filesystem::remove_all(folder);
}
