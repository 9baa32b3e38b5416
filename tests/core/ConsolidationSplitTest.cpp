// A demo PLIE split in several databases, exported and consolidated, equals the export of the whole.
#include "StoreFixture.h"
#include "consolidation/ConsolidateExports.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "demo/DemoGenerator.h"
#include "store/InterchangeStore.h"

#include <memory>

using namespace parcours;
using namespace parcours::test;

namespace {

// The people whose index modulo `parts` is `part`, with everything of theirs.
InterchangeData partOf(const InterchangeData& whole, std::size_t part, std::size_t parts)
{
    InterchangeData piece;
    piece.plie = PlieSettings{"PLIE partie " + std::to_string(part), ""};
    std::vector<std::size_t> personIndex(whole.participants.size(), SIZE_MAX);
    std::vector<std::size_t> pathwayIndex(whole.pathways.size(), SIZE_MAX);
    for (std::size_t i = part; i < whole.participants.size(); i += parts) {
        personIndex[i] = piece.participants.size();
        piece.participants.push_back(whole.participants[i]);
    }
    for (std::size_t i = 0; i < whole.pathways.size(); ++i) {
        if (personIndex[whole.pathways[i].participant] == SIZE_MAX)
            continue;
        pathwayIndex[i] = piece.pathways.size();
        PathwayEntry entry = whole.pathways[i];
        entry.participant = personIndex[entry.participant];
        piece.pathways.push_back(entry);
    }
    const auto keep = [&](const auto& items, auto& into) {
        for (const auto& item : items) {
            if (pathwayIndex[item.pathway] != SIZE_MAX)
                into.push_back({item.item, pathwayIndex[item.pathway]});
        }
    };
    keep(whole.steps, piece.steps);
    keep(whole.barriers, piece.barriers);
    keep(whole.contacts, piece.contacts);
    return piece;
}

} // namespace

TEST(ConsolidationSplit, ThreeDatabasesConsolidatedEqualTheWhole)
{
    const FixedClock clock(d("2026-11-27"));
    const InterchangeData whole = generateDemo(DemoOptions{1200, 9, clock.today()});
    constexpr std::size_t kParts = 3;
    std::vector<std::unique_ptr<TempDatabaseFile>> files;
    for (int year = 2021; year <= 2026; ++year) {
        std::vector<ExportText> exports;
        for (std::size_t part = 0; part < kParts; ++part) {
            if (files.size() < kParts) {
                files.push_back(std::make_unique<TempDatabaseFile>());
                Database db(files.back()->path(), OpenMode::CreateIfMissing);
                InterchangeData piece = partOf(whole, part, kParts);
                writeInterchangeData(db, clock, piece);
            }
            Database db(files[part]->path(), OpenMode::ReadOnly);
            exports.push_back(
                {"partie" + std::to_string(part) + ".json",
                 reportJsonText(computeConsolidation(db, year), ReportProfile::warehouse(), clock.nowUtc())});
        }
        const ConsolidatedExports consolidated = consolidateExports(exports);
        const ConsolidationReport expected = computeConsolidation(whole, year);
        ASSERT_EQ(consolidated.plies.size(), kParts);
        for (std::size_t part = 0; part < kParts; ++part)
            EXPECT_EQ(consolidated.plies[part].plie.name, "PLIE partie " + std::to_string(part));
        ASSERT_GT(expected.counts.count("stock.present"), 100) << year;
        for (const CountKey key : kAllCountKeys)
            EXPECT_EQ(consolidated.report.counts.count(key), expected.counts.count(key)) << year << " " << key.path();
        EXPECT_EQ(consolidationRates(consolidated.report.counts), consolidationRates(expected.counts)) << year;
    }
}
