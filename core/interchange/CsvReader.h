// An RFC 4180 CSV reader for the interchange files: quoting, CRLF, LF or CR line ends, a
// byte-order mark, UTF-8 checked, the line where each record starts, and bounded memory: a
// file is read in chunks, a field is at most 100,000 characters and a record 1,000 fields.
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
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
    static constexpr std::size_t kMaxFieldCharacters = 100'000;
    static constexpr std::size_t kMaxFields = 1'000;
    static constexpr std::size_t kChunkBytes = 64 * 1024;

    // Reads `content`, a text already in memory, `chunkBytes` at a time as it reads a file.
    explicit CsvReader(std::string content, std::size_t chunkBytes = kChunkBytes);

    // Opens `path` once its status shows a regular file (a FIFO is never opened, so never waited
    // on); the file is read by read(), chunk by chunk. nullopt and `error` set (French: missing,
    // a folder, not a regular file, unreadable) otherwise.
    static std::optional<CsvReader> fromFile(const std::filesystem::path& path, CsvFileError& error);

    // Checks the whole text first (empty, NUL byte, invalid UTF-8, too many lines), then calls
    // `onRecord` for each record, the header first; blank lines are skipped. An unterminated or
    // stray quote, a field over kMaxFieldCharacters or a record over kMaxFields stops the
    // reading there. Returns the error that stopped it, if any. A line ends with CRLF, LF or
    // CR alone. Reads the text twice (the check, then the records): memory stays within a
    // chunk and the largest record, whatever the size of the file.
    std::optional<CsvFileError> read(const std::function<void(const CsvRecord&)>& onRecord);

private:
    CsvReader(std::ifstream file, std::size_t chunkBytes);

    // Puts the next bytes (at most m_chunkBytes) at `into`; 0 at the end.
    std::size_t next(char* into, std::optional<CsvFileError>& error);
    bool rewind();
    std::optional<CsvFileError> pass(const std::function<void(const CsvRecord&)>* onRecord);

    std::string m_content; // the text when it was given in memory
    std::size_t m_offset = 0;
    std::ifstream m_file; // or the file it reads
    bool m_fromFile = false;
    std::size_t m_chunkBytes;
};

} // namespace parcours
