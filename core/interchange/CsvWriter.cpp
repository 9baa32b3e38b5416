// CSV writing with the least quoting that reads back the same.
#include "interchange/CsvWriter.h"

namespace parcours {

namespace {

bool needsQuotes(std::string_view field, char separator)
{
    if (field.find_first_of("\"\r\n") != std::string_view::npos || field.find(separator) != std::string_view::npos)
        return true;
    return !field.empty()
           && (field.front() == ' ' || field.front() == '\t' || field.back() == ' ' || field.back() == '\t');
}

} // namespace

void CsvWriter::appendField(std::string& line, std::string_view field, char separator)
{
    if (!needsQuotes(field, separator)) {
        line += field;
        return;
    }
    line += '"';
    for (const char c : field) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

std::string CsvWriter::quoted(std::string_view field)
{
    std::string out;
    appendField(out, field);
    return out;
}

namespace {

template <typename Fields>
void writeRow(std::ostream& out, std::string& line, const Fields& fields)
{
    line.clear();
    bool first = true;
    for (const std::string_view field : fields) {
        if (!first)
            line += ',';
        first = false;
        CsvWriter::appendField(line, field);
    }
    line += "\r\n";
    out << line;
}

} // namespace

void CsvWriter::row(std::initializer_list<std::string_view> fields)
{
    writeRow(m_out, m_line, fields);
}

void CsvWriter::row(std::span<const std::string> fields)
{
    writeRow(m_out, m_line, fields);
}

} // namespace parcours
