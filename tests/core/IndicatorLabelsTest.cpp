// Every indicator of the consolidation file has its own French label, and the workbook's sheets
// hold exactly the file's values.
#include "consolidation/IndicatorLabels.h"
#include "consolidation/ReportXlsx.h"

#include <gtest/gtest.h>

#include <set>

namespace parcours::test {
namespace {

TEST(IndicatorLabelsTest, EveryCountAndEveryRateHasALabelOfItsOwn)
{
    std::set<std::string_view> labels;
    std::size_t keys = 0;
    const auto check = [&](std::string_view key) {
        ++keys;
        const std::string_view label = indicatorLabel(key);
        EXPECT_FALSE(label.empty()) << key << " has no label";
        EXPECT_TRUE(labels.insert(label).second) << key << ": « " << label << " » is another indicator's label";
    };
    for (const std::string_view key : kCountKeys)
        check(key);
    for (const RateKey& rate : kRates)
        check(rate.path);
    EXPECT_EQ(keys, kCountKeys.size() + kRates.size());
    EXPECT_EQ(indicatorLabel("exits.job.naf.Q"),
              "Sorties en emploi durable – secteur Q : Santé humaine et action sociale");
    EXPECT_EQ(indicatorLabel("entries.sex.F"), "Entrées – femmes");
    EXPECT_EQ(indicatorLabel("entries.sex"), "") << "an object is not an indicator";
    for (const std::string_view section : kSections)
        EXPECT_FALSE(sectionLabel(section).empty()) << section;
}

ConsolidationReport smallReport()
{
    ConsolidationReport report;
    report.year = 2025;
    report.plie = PlieSettings{"PLIE du Pays de Rennes", "RN-35"};
    report.counts.add("stock.present", 40);
    report.counts.add("entries.total", 25);
    report.counts.add("entries.sex.F", 20);
    report.counts.add("entries.sex.M", 5);
    report.counts.add("exits.total", 16);
    report.counts.add("exits.positive.total", 6);
    report.counts.add("exits.positive.emploi_durable", 6);
    report.counts.add("steps.total", 30);
    return report;
}

const std::vector<Cell>& rowOf(const std::vector<Sheet>& sheets, const std::string& key)
{
    for (const Sheet& sheet : sheets)
        for (const std::vector<Cell>& row : sheet.rows)
            if (row.size() == 4 && row[3] == Cell(key))
                return row;
    throw std::logic_error("no row for " + key);
}

TEST(ReportSheetsTest, ASheetPerSectionWithTheFilesValuesAsNumbersInItsOrder)
{
    const ConsolidationReport report = smallReport();
    const std::vector<Sheet> sheets = reportSheets(report, ReportProfile::warehouse());

    std::vector<std::string> titles;
    for (const Sheet& sheet : sheets)
        titles.push_back(sheet.title);
    EXPECT_EQ(titles,
              (std::vector<std::string>{"Informations", "Stock", "Entrées", "Sorties", "Taux", "Étapes", "Freins"}));
    EXPECT_EQ(sheets[1].header, (std::vector<std::string>{"Indicateur", "Valeur", "Remarque", "Clé"}));

    std::vector<Cell> keys;
    for (std::size_t i = 1; i < sheets.size(); ++i)
        for (const std::vector<Cell>& row : sheets[i].rows)
            keys.push_back(row[3]);
    std::vector<Cell> expected;
    for (const ReportValue& value : reportValues(report, ReportProfile::warehouse()))
        expected.push_back(value.path);
    EXPECT_EQ(keys, expected) << "every number of the file, in its order";
    EXPECT_EQ(keys.size(), kCountKeys.size() + kRates.size());

    EXPECT_EQ(rowOf(sheets, "entries.sex.F"),
              (std::vector<Cell>{Cell(std::string("Entrées – femmes")), Cell(Number{20}), Cell(std::string()),
                                 Cell(std::string("entries.sex.F"))}));
    EXPECT_EQ(rowOf(sheets, "rates.positive_over_exits")[1], Cell(Number{6.0 / 16.0, NumberFormat::Percent}));
    EXPECT_EQ(rowOf(sheets, "steps.per_participant")[1], Cell(Number{30.0 / 40.0, NumberFormat::Decimal}));
    EXPECT_EQ(rowOf(sheets, "rates.positive_over_exits_by_group.F")[1], Cell()) << "no exit of women: no rate";
    EXPECT_EQ(rowOf(sheets, "rates.positive_over_exits_by_group.F")[2],
              Cell(std::string("sans objet : dénominateur nul")));
}

TEST(ReportSheetsTest, ThePublicProfileLeavesHiddenValuesEmptyWithANote)
{
    const std::vector<Sheet> sheets = reportSheets(smallReport(), ReportProfile::forPublic(11));

    const std::vector<Cell>& men = rowOf(sheets, "entries.sex.M"); // 5: under the threshold
    EXPECT_EQ(men[1], Cell());
    EXPECT_EQ(men[2], Cell(std::string("masqué : moins de 11")));
    const std::vector<Cell>& women = rowOf(sheets, "entries.sex.F"); // 20, the breakdown's other cell
    EXPECT_EQ(women[1], Cell()) << "hidden too, or the total would give it away";
    EXPECT_EQ(women[2], Cell(std::string("masqué : se déduirait d'autres chiffres")));
    EXPECT_EQ(rowOf(sheets, "rates.positive_over_exits")[2],
              Cell(std::string("masqué : calculé à partir d'un effectif masqué")));
    EXPECT_EQ(rowOf(sheets, "entries.total")[1], Cell(Number{25}));
    EXPECT_EQ(rowOf(sheets, "entries.sex.X")[1], Cell(Number{0})) << "zero is never hidden";

    const Sheet& information = sheets.front();
    EXPECT_EQ(information.rows[0],
              (std::vector<Cell>{Cell(std::string("PLIE")), Cell(std::string("PLIE du Pays de Rennes"))}));
    bool threshold = false;
    for (const std::vector<Cell>& row : information.rows)
        threshold = threshold || (row[0] == Cell(std::string("Seuil")) && row[1] == Cell(Number{11}));
    EXPECT_TRUE(threshold);
}

TEST(ReportSheetsTest, NoteColumnIsEmptyInTheWarehouseProfileWhenEveryRateHasADenominator)
{
    ConsolidationReport report = smallReport();
    for (const ExitGroup& group : kExitGroups)
        report.counts.add(group.exits, 1);
    report.counts.add("entries.total", 0);
    std::vector<std::string> notes;
    for (const Sheet& sheet : reportSheets(report, ReportProfile::warehouse()))
        if (sheet.title != "Informations")
            for (const std::vector<Cell>& row : sheet.rows)
                if (row[2] != Cell(std::string()))
                    notes.push_back(std::get<std::string>(row[3]));
    EXPECT_TRUE(notes.empty()) << notes.front();
}

} // namespace
} // namespace parcours::test
