// Writing sheets to files: XLSX (libxlsxwriter) and CSV as French spreadsheets open it.
#pragma once

#include "sheets/Sheet.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

class SheetWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A workbook with one worksheet per sheet, in order: the header in bold, frozen and filterable;
// columns as wide as their content (within limits); numbers as numbers in their format; dates
// as real date cells shown JJ/MM/AAAA. Written to a temporary file of the same folder renamed
// over `target`, so that `target` is either as it was or complete. Throws SheetWriteError with a
// French message naming the file (also for an empty list of sheets or two sheets of one title).
void writeXlsx(const std::filesystem::path& target, const std::vector<Sheet>& sheets);

// The CSV that French spreadsheets open as they are: UTF-8 with a byte-order mark, `;` between
// fields, CRLF line ends, a field quoted (its quotes doubled) when it holds `;`, a quote, a line
// break or a space at either end (RFC 4180); numbers with a decimal comma, dates as JJ/MM/AAAA.
std::string csvText(const Sheet& sheet);

// csvText written whole or not at all, like writeXlsx. Throws SheetWriteError.
void writeCsv(const std::filesystem::path& target, const Sheet& sheet);

// A cell as text: what the CSV holds for it, without quoting nor the guard of spreadsheetText
// (the application's preview shows this).
std::string cellText(const Cell& cell);

// Text as the files meant for spreadsheets write it (CSV and XLSX, header and text cells): one
// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that no
// spreadsheet takes a name such as « =HYPERLINK(…) » for a formula (OWASP's CSV injection
// advice). Numbers and dates are not text and stay as they are. The interchange dump is exact.
std::string spreadsheetText(const std::string& text);

} // namespace parcours
