// An interchange file read against its columns: header checks, then typed, trimmed
// access to each row's fields, every problem recorded as an ImportError.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "interchange/CsvReader.h"
#include "interchange/ImportError.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parcours {

struct ColumnSpec {
    std::string_view name;
    bool required;
};

class CsvRow {
public:
    CsvRow(const CsvRecord& record, const std::vector<int>& columnIndex, std::span<const ColumnSpec> columns,
           const std::string& file, ImportErrors& errors);

    int line() const { return m_record.line; }
    // The trimmed text of column `k` (index in the file's ColumnSpec list); "" when absent.
    std::string_view raw(std::size_t k) const;
    bool has(std::size_t k) const { return !raw(k).empty(); }

    // Each reports a problem on its column and returns nullopt/false/"" when the value
    // is missing (and `required`) or malformed.
    std::string text(std::size_t k, bool required = false);
    std::optional<Date> date(std::size_t k, bool required = false);
    bool flag(std::size_t k);
    template <typename E>
    std::optional<E> code(std::size_t k, bool required = false);

    void error(std::size_t k, std::string message);
    void recordError(std::string message);  // about the whole record
    bool hasErrors() const { return m_errorCount > 0; }

private:
    bool present(std::size_t k, bool required);
    std::string listOfCodes(std::span<const std::string_view> codes) const;

    const CsvRecord& m_record;
    const std::vector<int>& m_columnIndex;
    std::span<const ColumnSpec> m_columns;
    const std::string& m_file;
    ImportErrors& m_errors;
    int m_errorCount = 0;
};

// Reads `folder/fileName`: a missing optional file is skipped (returns true, no rows);
// a file-level or header problem is recorded and nothing is passed on, and a problem that
// stops the reading (a stray quote, a field too long) is recorded after the rows before it
// (both return false: the file failed as a whole).
bool readCsvTable(const std::filesystem::path& folder, const std::string& fileName, bool requiredFile,
                  std::span<const ColumnSpec> columns, ImportErrors& errors,
                  const std::function<void(CsvRow&)>& onRow);

enum class FileLookup { Found, Missing, Refused };

// Where to read `fileName` of `folder`: `path` is that file, or the file a symbolic link of that
// name points to when it is inside the folder. Refused (with `refusal`, French) when the link
// leads out of the folder or the name cannot be looked at; Missing when there is no such name.
// What `path` is (a regular file, a folder, a FIFO) is for CsvReader::fromFile to check.
FileLookup findFolderFile(const std::filesystem::path& folder, const std::string& fileName, std::filesystem::path& path,
                          std::string& refusal);

template <typename E>
std::optional<E> CsvRow::code(std::size_t k, bool required)
{
    if (!present(k, required))
        return std::nullopt;
    const std::string_view value = raw(k);
    if (auto parsed = fromCode<E>(value))
        return parsed;
    error(k, "Valeur « " + std::string(value) + " » inconnue ; attendu : " + listOfCodes(CodeTable<E>::codes) + ".");
    return std::nullopt;
}

} // namespace parcours
