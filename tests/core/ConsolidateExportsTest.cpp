// Adding up warehouse exports: sums, rates recomputed from the sums, the PLIE listed, and each
// refusal naming its file.
#include "consolidation/ConsolidateExports.h"
#include "consolidation/ReportWriter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <random>

using namespace parcours;
using Json = nlohmann::json;

namespace {

const std::string kNow = "2026-11-27T10:00:00Z";

struct Count {
    CountKey key;
    std::int64_t value;
};

// A PLIE's report; its code is made from its name, so that two PLIE differ.
ConsolidationReport report(int year, const std::string& plie, std::initializer_list<Count> values)
{
    ConsolidationReport r;
    r.year = year;
    r.plie = PlieSettings{plie, "CODE " + plie};
    for (const auto& [key, value] : values)
        r.counts.add(key, value);
    return r;
}

ExportText exported(const std::string& name, const ConsolidationReport& r,
                    const ReportProfile& profile = ReportProfile::warehouse())
{
    return {name, reportJsonText(r, profile, kNow)};
}

ConsolidationReport rennes()
{
    return report(2020, "PLIE de Rennes",
                  {{"entries.total", 100},
                   {"entries.sex.F", 60},
                   {"entries.sex.M", 40},
                   {"exits.total", 50},
                   {"exits.positive.total", 40},
                   {"stock.present", 200},
                   {"steps.total", 10},
                   {"freins.lifted.autre", 2}});
}

ConsolidationReport brest()
{
    return report(2020, "PLIE de Brest",
                  {{"entries.total", 10},
                   {"entries.sex.X", 10},
                   {"exits.total", 150},
                   {"exits.positive.total", 10},
                   {"stock.present", 20},
                   {"steps.total", 400}});
}

// The refusal's message when consolidating `exports`, or "" when they are accepted.
std::string refusal(const std::vector<ExportText>& exports)
{
    try {
        consolidateExports(exports);
    } catch (const ConsolidationInputError& error) {
        return error.what();
    }
    return "";
}

// The text of an export with `edit` applied to its JSON.
template <typename Edit>
ExportText edited(const std::string& name, const ConsolidationReport& r, Edit edit)
{
    Json document = Json::parse(reportJsonText(r, ReportProfile::warehouse(), kNow));
    edit(document);
    return {name, document.dump()};
}

} // namespace

TEST(ConsolidateExports, CountsAreSummed)
{
    const ConsolidatedExports sum =
        consolidateExports({exported("rennes.json", rennes()), exported("brest.json", brest())});
    EXPECT_EQ(sum.report.year, 2020);
    EXPECT_EQ(sum.report.counts.count("entries.total"), 110);
    EXPECT_EQ(sum.report.counts.count("entries.sex.F"), 60);
    EXPECT_EQ(sum.report.counts.count("entries.sex.X"), 10);
    EXPECT_EQ(sum.report.counts.count("exits.total"), 200);
    EXPECT_EQ(sum.report.counts.count("freins.lifted.autre"), 2);
    for (const CountKey key : kAllCountKeys) // every count summed, none left out
        EXPECT_EQ(sum.report.counts.count(key), rennes().counts.count(key) + brest().counts.count(key)) << key.path();
}

TEST(ConsolidateExports, RatesAreRecomputedFromTheSums)
{
    const ConsolidatedExports sum =
        consolidateExports({exported("rennes.json", rennes()), exported("brest.json", brest())});
    const Json document = Json::parse(consolidatedJsonText(sum, kNow));
    // 50 / 200, not the mean of 40/50 and 10/150.
    EXPECT_EQ(document["rates"]["positive_over_exits"].get<double>(), 50.0 / 200.0);
    EXPECT_EQ(document["rates"]["positive_over_entries"].get<double>(), 50.0 / 110.0);
    EXPECT_EQ(document["steps"]["per_participant"].get<double>(), 410.0 / 220.0);
    EXPECT_TRUE(document["rates"]["positive_over_exits_by_group"]["F"].is_null());
}

namespace {

ConsolidationReport withPlie(ConsolidationReport r, const std::string& name, const std::string& code)
{
    r.plie = PlieSettings{name, code};
    return r;
}

std::vector<std::string> names(const ConsolidatedExports& sum)
{
    std::vector<std::string> list;
    for (const ConsolidatedPlie& covered : sum.plies)
        list.push_back(covered.plie.name);
    return list;
}

} // namespace

TEST(ConsolidateExports, TheFileListsThePlieInTheOrderGivenWithAnEmptyPlie)
{
    const ConsolidatedExports sum =
        consolidateExports({exported("b.json", brest()), exported("r.json", rennes()),
                            exported("l.json", withPlie(brest(), "PLIE de Lorient", "56-LORIENT"))});
    EXPECT_EQ(names(sum), (std::vector<std::string>{"PLIE de Brest", "PLIE de Rennes", "PLIE de Lorient"}));
    const Json document = Json::parse(consolidatedJsonText(sum, kNow));
    EXPECT_EQ(document["plie_count"], 3);
    EXPECT_EQ(document["plies"][2], (Json{{"name", "PLIE de Lorient"}, {"code", "56-LORIENT"}}));
    EXPECT_EQ(document["plie_names"], (Json{"PLIE de Brest", "PLIE de Rennes", "PLIE de Lorient"}));
    EXPECT_EQ(document["plie"], (Json{{"name", ""}, {"code", ""}}));
    EXPECT_EQ(document["profile"], "warehouse");
    EXPECT_EQ(document["format"], "parcours-consolidation");
    EXPECT_EQ(document["format_version"], 1);
    EXPECT_EQ(document["year"], 2020);
    EXPECT_EQ(document["generated_at"], kNow);
    EXPECT_EQ(document["entries"]["total"], 120);
    EXPECT_FALSE(document.contains("suppressed"));
    EXPECT_TRUE(sum.warnings.empty());
}

TEST(ConsolidateExports, AConsolidationIsExpandedInPlace)
{
    const ConsolidationReport lorient = withPlie(brest(), "PLIE de Lorient", "56-LORIENT");
    const ConsolidatedExports bretagne =
        consolidateExports({exported("r.json", rennes()), exported("b.json", brest())});
    const ConsolidatedExports nation =
        consolidateExports({exported("l.json", lorient), {"bretagne.json", consolidatedJsonText(bretagne, kNow)}});
    EXPECT_EQ(names(nation), (std::vector<std::string>{"PLIE de Lorient", "PLIE de Rennes", "PLIE de Brest"}));
    EXPECT_EQ(nation.plies[1].plie.code, "CODE PLIE de Rennes");
    EXPECT_EQ(nation.plies[1].file, "bretagne.json");
    // The same sums as the three PLIE added up at once: a region's file adds up as its PLIE do.
    const ConsolidatedExports direct =
        consolidateExports({exported("l.json", lorient), exported("r.json", rennes()), exported("b.json", brest())});
    EXPECT_EQ(nation.report.counts, direct.report.counts);
    const Json document = Json::parse(consolidatedJsonText(nation, kNow));
    EXPECT_EQ(document["plie_count"], 3);
    EXPECT_EQ(document["plie_names"], (Json{"PLIE de Lorient", "PLIE de Rennes", "PLIE de Brest"}));
}

TEST(ConsolidateExports, TheSamePlieTwiceIsRefusedNamingBothFiles)
{
    // Directly: the same code.
    std::string message =
        refusal({exported("rennes.json", rennes()), exported("brest.json", brest()),
                 exported("rennes-bis.json", withPlie(rennes(), "Rennes Métropole", "CODE PLIE de Rennes"))});
    EXPECT_NE(message.find("« rennes-bis.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("« rennes.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("CODE PLIE de Rennes"), std::string::npos) << message;
    // Inside a consolidation: the region's file and the PLIE's own.
    const ConsolidatedExports bretagne =
        consolidateExports({exported("r.json", rennes()), exported("b.json", brest())});
    message = refusal({{"bretagne.json", consolidatedJsonText(bretagne, kNow)}, exported("brest.json", brest())});
    EXPECT_NE(message.find("« brest.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("« bretagne.json »"), std::string::npos) << message;
    // Where a code is empty, the same name.
    message = refusal({exported("a.json", withPlie(brest(), "PLIE de Brest", "")), exported("b.json", brest())});
    EXPECT_NE(message.find("PLIE de Brest"), std::string::npos) << message;
    // Two PLIE with different codes may share a name.
    EXPECT_NO_THROW(consolidateExports(
        {exported("a.json", withPlie(brest(), "PLIE", "A")), exported("b.json", withPlie(brest(), "PLIE", "B"))}));
}

TEST(ConsolidateExports, APlieWithNeitherNameNorCodeIsCountedAndSaidSo)
{
    const ConsolidatedExports sum =
        consolidateExports({exported("anonyme.json", withPlie(brest(), "", "")), exported("r.json", rennes())});
    EXPECT_EQ(sum.plies.size(), 2u);
    ASSERT_EQ(sum.warnings.size(), 1u);
    EXPECT_NE(sum.warnings[0].find("« anonyme.json »"), std::string::npos) << sum.warnings[0];
    EXPECT_NE(sum.warnings[0].find("ni nom ni code"), std::string::npos) << sum.warnings[0];
}

TEST(ConsolidateExports, APublicFileIsRefused)
{
    const std::string message = refusal(
        {exported("rennes.json", rennes()), exported("brest-public.json", brest(), ReportProfile::forPublic())});
    EXPECT_NE(message.find("« brest-public.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("public"), std::string::npos) << message;
}

TEST(ConsolidateExports, AMixOfYearsIsRefused)
{
    ConsolidationReport other = brest();
    other.year = 2021;
    const std::string message = refusal({exported("rennes.json", rennes()), exported("brest-2021.json", other)});
    EXPECT_NE(message.find("« brest-2021.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("2021"), std::string::npos) << message;
    EXPECT_NE(message.find("« rennes.json » est de 2020"), std::string::npos) << message;
}

TEST(ConsolidateExports, AMixOfFormatVersionsIsRefused)
{
    const auto version2 = [](Json& document) { document["format_version"] = 2; };
    const std::string mix = refusal({exported("rennes.json", rennes()), edited("brest-v2.json", brest(), version2)});
    EXPECT_NE(mix.find("« brest-v2.json »"), std::string::npos) << mix;
    EXPECT_NE(mix.find("même version"), std::string::npos) << mix;
    const std::string unknown = refusal({edited("futur.json", brest(), version2)});
    EXPECT_NE(unknown.find("« futur.json »"), std::string::npos) << unknown;
    EXPECT_NE(unknown.find("version de format 2 inconnue"), std::string::npos) << unknown;
}

TEST(ConsolidateExports, InvalidJsonIsRefused)
{
    const std::string message = refusal({exported("rennes.json", rennes()), {"tronque.json", "{\"format\": \"parc"}});
    EXPECT_NE(message.find("« tronque.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("JSON invalide"), std::string::npos) << message;
    EXPECT_NE(refusal({{"liste.json", "[1, 2]"}}).find("« liste.json »"), std::string::npos);
    EXPECT_NE(refusal({{"vide.json", ""}}).find("« vide.json »"), std::string::npos);
}

TEST(ConsolidateExports, AMissingKeyIsRefusedByName)
{
    const std::string count =
        refusal({edited("sans-x.json", rennes(), [](Json& document) { document["entries"]["sex"].erase("X"); })});
    EXPECT_NE(count.find("« sans-x.json »"), std::string::npos) << count;
    EXPECT_NE(count.find("« entries.sex.X »"), std::string::npos) << count;

    const std::string section =
        refusal({edited("sans-freins.json", rennes(), [](Json& document) { document.erase("freins"); })});
    EXPECT_NE(section.find("« freins.identified.mobilite »"), std::string::npos) << section;

    for (const char* key : {"format", "format_version", "profile", "year", "plie"}) {
        const std::string message =
            refusal({edited("incomplet.json", rennes(), [key](Json& document) { document.erase(key); })});
        EXPECT_NE(message.find("« incomplet.json »"), std::string::npos) << key << ": " << message;
        EXPECT_NE(message.find("manque"), std::string::npos) << key << ": " << message;
    }
}

TEST(ConsolidateExports, ACountThatIsNotAWholeNumberIsRefused)
{
    for (const Json& value : {Json(nullptr), Json(-1), Json(2.5), Json("12")}) {
        const std::string message = refusal(
            {edited("bizarre.json", rennes(), [&value](Json& document) { document["stock"]["present"] = value; })});
        EXPECT_NE(message.find("« bizarre.json »"), std::string::npos) << message;
        EXPECT_NE(message.find("« stock.present »"), std::string::npos) << message;
    }
}

TEST(ConsolidateExports, ANumberTooLargeIsRefusedNotThrownThrough)
{
    // A number beyond what a double holds: the JSON library's own exception must not escape.
    std::string text = reportJsonText(rennes(), ReportProfile::warehouse(), kNow);
    const std::string present = "\"present\": 200";
    ASSERT_NE(text.find(present), std::string::npos);
    text.replace(text.find(present), present.size(), "\"present\": 2.5e400");
    const std::string message = refusal({{"enorme.json", text}});
    EXPECT_NE(message.find("« enorme.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("nombre est trop grand"), std::string::npos) << message;
}

TEST(ConsolidateExports, ASumBeyondTheLargestCountIsRefused)
{
    const auto huge = [](Json& document) { document["stock"]["present"] = std::numeric_limits<std::int64_t>::max(); };
    EXPECT_EQ(refusal({edited("un.json", rennes(), huge)}), ""); // alone, it is a count like any other
    const std::string message = refusal({edited("un.json", rennes(), huge), edited("deux.json", brest(), huge)});
    EXPECT_NE(message.find("« deux.json »"), std::string::npos) << message;
    EXPECT_NE(message.find("« stock.present »"), std::string::npos) << message;
    EXPECT_NE(message.find("dépasse"), std::string::npos) << message;
}

TEST(ConsolidateExports, AnotherFormatAndAnEmptyListAreRefused)
{
    const std::string message =
        refusal({edited("autre.json", rennes(), [](Json& document) { document["format"] = "autre-chose"; })});
    EXPECT_NE(message.find("« autre.json »"), std::string::npos) << message;
    EXPECT_THROW(consolidateExports({}), ConsolidationInputError);
}

TEST(ConsolidateExports, FilesAreReadAndAMissingOneIsNamed)
{
    const auto folder =
        std::filesystem::temp_directory_path() / ("parcours-consolidate-" + std::to_string(std::random_device()()));
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "rennes.json") << reportJsonText(rennes(), ReportProfile::warehouse(), kNow);
    std::ofstream(folder / "brest.json") << reportJsonText(brest(), ReportProfile::warehouse(), kNow);
    const ConsolidatedExports sum = consolidateExportFiles({folder / "rennes.json", folder / "brest.json"});
    EXPECT_EQ(sum.report.counts.count("entries.total"), 110);
    try {
        consolidateExportFiles({folder / "rennes.json", folder / "absent.json"});
        ADD_FAILURE() << "a missing file must be refused";
    } catch (const ConsolidationInputError& error) {
        EXPECT_NE(std::string(error.what()).find("absent.json"), std::string::npos) << error.what();
    }
    std::filesystem::remove_all(folder);
}
