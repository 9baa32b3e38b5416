// libFuzzer target: the RFC 4180 reader of the interchange files (CsvReader) on any bytes.
// Contract (CsvReader.h): no crash; either records, then possibly the error that stopped the
// reading; records start on increasing lines of the text, each has at least one field, and the
// fields of an accepted text are valid UTF-8 without NUL bytes; read in chunks of any size, the
// same records and error.
#include "FuzzSupport.h"

#include "interchange/CsvReader.h"
#include "interchange/Utf8.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parcours;
    const std::string text(reinterpret_cast<const char*>(data), size);
    // Lines end with CR LF, LF or CR alone.
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')))
            ++lines;
    }

    CsvReader reader(text);
    int previousLine = 0;
    std::size_t records = 0;
    std::vector<int> recordLines;
    const std::optional<CsvFileError> error = reader.read([&](const CsvRecord& record) {
        ++records;
        recordLines.push_back(record.line);
        FUZZ_REQUIRE(record.line > previousLine, "line " + std::to_string(record.line));
        FUZZ_REQUIRE(record.line <= lines, "line " + std::to_string(record.line));
        FUZZ_REQUIRE(!record.fields.empty(), "line " + std::to_string(record.line));
        previousLine = record.line;
        for (const std::string_view field : record.fields) {
            FUZZ_REQUIRE(firstInvalidUtf8(field) == field.size(), "line " + std::to_string(record.line));
            FUZZ_REQUIRE(field.find('\0') == std::string_view::npos, "line " + std::to_string(record.line));
        }
    });
    // Read again in chunks of a few bytes (as a file is read, 64 KiB at a time): the same.
    const std::size_t chunk = size > 0 ? 1 + data[0] % 7 : 1;
    std::vector<int> smallLines;
    CsvReader small(text, chunk);
    const std::optional<CsvFileError> smallError =
        small.read([&](const CsvRecord& record) { smallLines.push_back(record.line); });
    FUZZ_REQUIRE(smallLines == recordLines, "chunks of " + std::to_string(chunk));
    FUZZ_REQUIRE(error.has_value() == smallError.has_value(), "chunks of " + std::to_string(chunk));
    if (error && smallError)
        FUZZ_REQUIRE(error->line == smallError->line && error->message == smallError->message,
                     "chunks of " + std::to_string(chunk));
    if (error) {
        FUZZ_REQUIRE(!error->message.empty(), {});
        FUZZ_REQUIRE(error->line >= 0 && error->line <= lines, "line " + std::to_string(error->line));
        FUZZ_REQUIRE(error->line == 0 || error->line >= previousLine, "line " + std::to_string(error->line));
    } else {
        FUZZ_REQUIRE(records <= static_cast<std::size_t>(lines), {});
    }
    return 0;
}
