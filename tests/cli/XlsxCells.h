// Reads an XLSX file back with python3-openpyxl, as another program would: every sheet's cells,
// numbers as JSON numbers, dates as {"date": "YYYY-MM-DD"}, text as strings, empty cells as null.
#pragma once

#include "CliRunner.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>

namespace parcours::test {

inline constexpr const char* kOpenpyxlScript = R"py(
import datetime, json, sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    rows, formats = [], []
    for row in sheet.iter_rows():
        values, kinds = [], []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime.datetime):
                value = {"date": value.date().isoformat()}
            values.append(value)
            kinds.append(cell.number_format)
        rows.append(values)
        formats.append(kinds)
    sheets.append({"title": sheet.title, "freeze": sheet.freeze_panes,
                   "header_bold": all(cell.font.b for cell in sheet[1]), "rows": rows, "formats": formats})
print(json.dumps({"sheets": sheets}))
)py";

// The python3 that has openpyxl: Debian's (python3-openpyxl), or the first one on the PATH.
inline std::string pythonWithOpenpyxl()
{
    for (const std::string python : {"/usr/bin/python3", "python3"}) {
        const std::string probe = python + " -c 'import openpyxl' >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0)
            return python;
    }
    throw std::runtime_error("python3-openpyxl is needed to read the XLSX files back (packaging/setup.sh installs it)");
}

// {"sheets": [{"title", "freeze", "header_bold", "rows": [[cell…]…], "formats": [[number format…]…]}…]}
inline nlohmann::json readXlsx(const std::filesystem::path& xlsx)
{
    const std::filesystem::path base =
        std::filesystem::temp_directory_path() / ("parcours-openpyxl-" + std::to_string(std::random_device()()));
    const std::filesystem::path script = base.string() + ".py";
    const std::filesystem::path output = base.string() + ".json";
    writeFile(script, kOpenpyxlScript);
    const std::string command =
        pythonWithOpenpyxl() + " '" + script.string() + "' '" + xlsx.string() + "' > '" + output.string() + "'";
    const int status = std::system(command.c_str());
    const std::string text = readFile(output);
    std::filesystem::remove(script);
    std::filesystem::remove(output);
    if (status != 0)
        throw std::runtime_error("openpyxl could not read " + xlsx.string());
    return nlohmann::json::parse(text);
}

} // namespace parcours::test
