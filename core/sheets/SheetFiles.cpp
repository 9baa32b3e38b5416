// Sheets as XLSX through libxlsxwriter and as French CSV, each written to a temporary file of the
// target's folder and renamed over it.
#include "sheets/SheetFiles.h"

#include "interchange/CsvWriter.h"
#include "platform/AtomicFile.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <sstream>
#include <string_view>

namespace parcours {

namespace {

std::string quotedName(const std::filesystem::path& path)
{
    return "« " + path.string() + " »";
}

// Writes `target` through a private temporary of its folder (platform/AtomicFile.h), synced and
// renamed over it; the temporary is removed when anything fails.
void replaceFile(const std::filesystem::path& target, const std::function<void(AtomicFile&)>& write)
{
    try {
        AtomicFile file(target);
        write(file);
        file.commit();
    } catch (const FileWriteError& error) {
        throw SheetWriteError(error.what());
    }
}

// The number of characters (code points) of UTF-8 text: what a column's width is measured in.
std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The shortest text that reads back as the same double, with a decimal comma.
std::string numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    // Fixed notation: a spreadsheet reads 1000000, not always 1e+06.
    char buffer[512];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

void appendRow(std::string& text, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += ';';
        CsvWriter::appendField(text, fields[i], ';');
    }
    text += "\r\n";
}

// ---- XLSX

// A worksheet's name as Excel accepts it: none of []:*?/\, at most 31 characters.
std::string worksheetName(const std::string& title)
{
    std::string name;
    std::size_t count = 0;
    for (std::size_t i = 0; i < title.size(); ++i) {
        const char c = title[i];
        const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts && ++count > 31)
            break;
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
    }
    return name.empty() ? std::string("Feuille") : name;
}

class Workbook {
public:
    Workbook(const std::filesystem::path& temporary, const std::filesystem::path& target)
        : m_workbook(workbook_new(temporary.string().c_str())), m_target(target)
    {
        if (!m_workbook)
            fail("le classeur n'a pas pu être créé");
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "dd/mm/yyyy");
        m_decimal = workbook_add_format(m_workbook);
        format_set_num_format(m_decimal, "0.00");
        m_percent = workbook_add_format(m_workbook);
        format_set_num_format(m_percent, "0.0%");
    }
    ~Workbook()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    void add(const Sheet& sheet)
    {
        const std::string name = worksheetName(sheet.title);
        if (workbook_validate_sheet_name(m_workbook, name.c_str()) != LXW_NO_ERROR)
            fail("deux feuilles porteraient le nom « " + name + " »");
        lxw_worksheet* worksheet = workbook_add_worksheet(m_workbook, name.c_str());
        if (!worksheet)
            fail("la feuille « " + name + " » n'a pas pu être ajoutée");
        std::vector<std::size_t> widths(sheet.header.size(), 0);
        for (std::size_t column = 0; column < sheet.header.size(); ++column) {
            check(worksheet_write_string(worksheet, 0, col(column), spreadsheetText(sheet.header[column]).c_str(),
                                         m_bold));
            widths[column] = characters(sheet.header[column]) + 2; // bold is wider
        }
        for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
            const std::vector<Cell>& cells = sheet.rows[row];
            for (std::size_t column = 0; column < cells.size(); ++column) {
                if (column >= widths.size())
                    widths.resize(column + 1, 0);
                widths[column] = std::max(widths[column], write(worksheet, row + 1, column, cells[column]));
            }
        }
        for (std::size_t column = 0; column < widths.size(); ++column) {
            const double width = static_cast<double>(std::clamp<std::size_t>(widths[column] + 2, 8, 60));
            check(worksheet_set_column(worksheet, col(column), col(column), width, nullptr));
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        if (!sheet.header.empty())
            check(worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                       col(sheet.header.size() - 1)));
    }

    void close()
    {
        lxw_workbook* workbook = m_workbook;
        m_workbook = nullptr; // workbook_close frees it, whatever happens
        if (workbook_close(workbook) != LXW_NO_ERROR)
            fail("le fichier n'a pas pu être écrit (dossier absent, droits insuffisants ou disque plein ?)");
    }

private:
    static lxw_col_t col(std::size_t column) { return static_cast<lxw_col_t>(column); }

    // Writes one cell and returns the width its content needs.
    std::size_t write(lxw_worksheet* worksheet, std::size_t row, std::size_t column, const Cell& cell)
    {
        const auto r = static_cast<lxw_row_t>(row);
        if (const auto* text = std::get_if<std::string>(&cell)) {
            if (!text->empty())
                check(worksheet_write_string(worksheet, r, col(column), spreadsheetText(*text).c_str(), nullptr));
            return characters(*text);
        }
        if (const auto* number = std::get_if<Number>(&cell)) {
            if (!std::isfinite(number->value))
                return 0;
            lxw_format* format = number->format == NumberFormat::Percent   ? m_percent
                                 : number->format == NumberFormat::Decimal ? m_decimal
                                                                           : nullptr;
            check(worksheet_write_number(worksheet, r, col(column), number->value, format));
            return number->format == NumberFormat::General ? numberText(number->value).size() : 8;
        }
        if (const auto* date = std::get_if<Date>(&cell)) {
            lxw_datetime value{static_cast<int>(date->year()),
                               static_cast<int>(date->month()),
                               static_cast<int>(date->day()),
                               0,
                               0,
                               0};
            check(worksheet_write_datetime(worksheet, r, col(column), &value, m_date));
            return 10;
        }
        return 0;
    }

    void check(lxw_error error) const
    {
        if (error != LXW_NO_ERROR)
            fail(std::string("une cellule n'a pas pu être écrite (") + lxw_strerror(error) + ")");
    }

    [[noreturn]] void fail(const std::string& why) const
    {
        throw SheetWriteError("Impossible d'écrire " + quotedName(m_target) + " : " + why + ".");
    }

    lxw_workbook* m_workbook;
    std::filesystem::path m_target;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_format* m_percent = nullptr;
};

} // namespace

std::string spreadsheetText(const std::string& text)
{
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return '\'' + text;
    return text;
}

std::string cellText(const Cell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<Number>(&cell))
        return numberText(number->value);
    if (const auto* date = std::get_if<Date>(&cell))
        return toFrenchDate(*date);
    return {};
}

std::string csvText(const Sheet& sheet)
{
    std::string text = "\xEF\xBB\xBF"; // the byte-order mark: French spreadsheets then read UTF-8
    std::vector<std::string> fields;
    for (const std::string& name : sheet.header)
        fields.push_back(spreadsheetText(name));
    appendRow(text, fields);
    for (const std::vector<Cell>& cells : sheet.rows) {
        fields.assign(std::max(cells.size(), sheet.header.size()), std::string());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            // Only text is guarded: a number or a date (-3, a day) stays what it is.
            const auto* words = std::get_if<std::string>(&cells[i]);
            fields[i] = words ? spreadsheetText(*words) : cellText(cells[i]);
        }
        appendRow(text, fields);
    }
    return text;
}

void writeCsv(const std::filesystem::path& target, const Sheet& sheet)
{
    const std::string text = csvText(sheet);
    replaceFile(target, [&](AtomicFile& file) { file.write(text); });
}

void writeXlsx(const std::filesystem::path& target, const std::vector<Sheet>& sheets)
{
    if (sheets.empty())
        throw SheetWriteError("Impossible d'écrire " + quotedName(target) + " : aucune feuille à écrire.");
    replaceFile(target, [&](AtomicFile& file) {
        // The temporary exists already, private: a folder that is missing or closed has been said
        // in French, before libxlsxwriter could print its own English error; it writes over it.
        file.releaseToExternalWriter();
        Workbook workbook(file.temporary(), target);
        for (const Sheet& sheet : sheets)
            workbook.add(sheet);
        workbook.close();
    });
}

} // namespace parcours
