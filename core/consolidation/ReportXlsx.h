// The consolidation as a workbook people open: one sheet per section of the file, French labels,
// numbers as numbers.
#pragma once

#include "consolidation/ConsolidationReport.h"
#include "consolidation/ReportWriter.h"
#include "sheets/Sheet.h"

#include <filesystem>
#include <vector>

namespace parcours {

// What the workbook holds, sheet by sheet: first « Informations » (PLIE, year, profile,
// threshold), then one sheet per section of the JSON file (kSections: stock, entries, exits,
// rates, steps, freins), each with the columns Indicateur (indicatorLabel), Valeur (a number;
// rates in percent), Remarque (why a value is empty) and Clé (the key of the JSON and CSV
// forms), in the file's order. Under the public profile, a hidden value is an empty cell with
// its note. Throws std::invalid_argument for a public threshold under kMinimumPublicThreshold.
std::vector<Sheet> reportSheets(const ConsolidationReport& report, const ReportProfile& profile);

// reportSheets written as XLSX (writeXlsx: whole or not at all). Throws SheetWriteError (French
// message naming the file).
void writeReportXlsx(const ConsolidationReport& report, const ReportProfile& profile,
                     const std::filesystem::path& target);

} // namespace parcours
