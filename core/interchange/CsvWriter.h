// Writes RFC 4180 CSV: comma separator, CRLF line ends, fields quoted only when needed.
#pragma once

#include <initializer_list>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace parcours {

class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : m_out(out) {}

    void row(std::initializer_list<std::string_view> fields);
    void row(std::span<const std::string> fields); // a row whose columns depend on the data

    // The field as it must appear in the file: quoted, quotes doubled, when it holds a
    // comma, a quote, a line break or surrounding spaces.
    static std::string quoted(std::string_view field);
    // The same, appended to `line`, for a file whose separator is `separator` (`;` for French
    // spreadsheets).
    static void appendField(std::string& line, std::string_view field, char separator = ',');

private:
    std::ostream& m_out;
    std::string m_line;
};

} // namespace parcours
