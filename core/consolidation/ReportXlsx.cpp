// The report's values sheet by sheet, labelled in French, and the workbook written through the sheets.
#include "consolidation/ReportXlsx.h"

#include "consolidation/IndicatorLabels.h"
#include "sheets/SheetFiles.h"

#include <string_view>

namespace parcours {

namespace {

bool isPublic(const ReportProfile& profile)
{
    return profile.kind == ReportProfile::Kind::Public;
}

bool isRatePath(std::string_view path)
{
    for (const RateKey& rate : kRates) {
        if (rate.path == path)
            return true;
    }
    return false;
}

Sheet informationSheet(const ConsolidationReport& report, const ReportProfile& profile, std::size_t hiddenCount)
{
    Sheet sheet;
    sheet.title = "Informations";
    sheet.header = {"Rubrique", "Valeur"};
    sheet.rows.push_back({std::string("PLIE"), report.plie.name});
    sheet.rows.push_back({std::string("Code du PLIE"), report.plie.code});
    sheet.rows.push_back({std::string("Année"), Number{static_cast<double>(report.year)}});
    if (isPublic(profile)) {
        sheet.rows.push_back({std::string("Profil"),
                              std::string("public : les effectifs de 1 à ") + std::to_string(profile.threshold - 1)
                                  + " sont masqués, et ce qui permettrait de les retrouver (règle 2)"});
        sheet.rows.push_back({std::string("Seuil"), Number{static_cast<double>(profile.threshold)}});
        sheet.rows.push_back({std::string("Valeurs masquées"), Number{static_cast<double>(hiddenCount)}});
    } else {
        sheet.rows.push_back({std::string("Profil"), std::string("entrepôt national : les nombres exacts")});
    }
    sheet.rows.push_back(
        {std::string("Format"), std::string(kConsolidationFormat) + " " + std::to_string(kConsolidationFormatVersion)});
    return sheet;
}

// Why a value of the report is an empty cell.
std::string noteFor(const ReportValue& value, const ReportProfile& profile)
{
    if (value.hidden) {
        switch (value.because) {
        case HiddenBecause::UnderThreshold: return "masqué : moins de " + std::to_string(profile.threshold);
        case HiddenBecause::Deducible: return "masqué : se déduirait d'autres chiffres";
        case HiddenBecause::HiddenCount: return "masqué : calculé à partir d'un effectif masqué";
        }
    }
    if (value.value.is_null())
        return "sans objet : dénominateur nul";
    return {};
}

Cell valueCell(const ReportValue& value)
{
    if (value.value.is_null())
        return {};
    const double number = value.value.get<double>();
    if (value.path == "steps.per_participant")
        return Number{number, NumberFormat::Decimal};
    if (isRatePath(value.path))
        return Number{number, NumberFormat::Percent};
    return Number{number};
}

} // namespace

std::vector<Sheet> reportSheets(const ConsolidationReport& report, const ReportProfile& profile)
{
    const std::vector<ReportValue> values = reportValues(report, profile);
    std::size_t hiddenCount = 0;
    for (const ReportValue& value : values)
        hiddenCount += value.hidden ? 1 : 0;

    std::vector<Sheet> sheets{informationSheet(report, profile, hiddenCount)};
    for (const std::string_view section : kSections) {
        Sheet sheet;
        sheet.title = std::string(sectionLabel(section));
        sheet.header = {"Indicateur", "Valeur", "Remarque", "Clé"};
        for (const ReportValue& value : values) {
            if (std::string_view(value.path).substr(0, value.path.find('.')) != section)
                continue;
            sheet.rows.push_back(
                {std::string(indicatorLabel(value.path)), valueCell(value), noteFor(value, profile), value.path});
        }
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

void writeReportXlsx(const ConsolidationReport& report, const ReportProfile& profile,
                     const std::filesystem::path& target)
{
    writeXlsx(target, reportSheets(report, profile));
}

} // namespace parcours
