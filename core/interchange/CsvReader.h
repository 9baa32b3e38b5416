// An RFC 4180 CSV reader for the interchange files: quoting, CRLF or LF, a byte-order
// mark, UTF-8 checked, and the line where each record starts.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcours {

// A record as read: its fields (unquoted, quotes undoubled; valid until the next
// record) and the line of the file where it starts (the header is line 1).
struct CsvRecord {
    int line = 0;
    std::vector<std::string_view> fields;
};

// A file that cannot be read as CSV: what is wrong and, where it has one, the line.
struct CsvFileError {
    int line = 0;  // 0 when the error is about the whole file
    std::string message;
};

class CsvReader {
public:
    // Takes the whole text of a file (it is modified in place while reading).
    explicit CsvReader(std::string content);

    // Reads the text of `path`; nullopt and `error` set when it is missing or unreadable.
    static std::optional<CsvReader> fromFile(const std::filesystem::path& path, CsvFileError& error);

    // Checks the whole text first (empty, NUL byte, invalid UTF-8), then calls `onRecord`
    // for each record, the header first; blank lines are skipped. An unterminated or
    // stray quote stops the reading there. Returns the error that stopped it, if any.
    std::optional<CsvFileError> read(const std::function<void(const CsvRecord&)>& onRecord);

private:
    std::optional<CsvFileError> checkText() const;

    std::string m_content;
};

} // namespace parcours
