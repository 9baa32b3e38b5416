// libFuzzer target: the RFC 4180 reader of the interchange files (CsvReader) on any bytes.
// Contract (CsvReader.h): no crash; either records, then possibly the error that stopped the
// reading; records start on increasing lines of the text, each has at least one field, and the
// fields of an accepted text are valid UTF-8 without NUL bytes.
#include "FuzzSupport.h"

#include "interchange/CsvReader.h"
#include "interchange/Utf8.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parcours;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));

    CsvReader reader(text);
    int previousLine = 0;
    std::size_t records = 0;
    const std::optional<CsvFileError> error = reader.read([&](const CsvRecord& record) {
        ++records;
        FUZZ_REQUIRE(record.line > previousLine, "line " + std::to_string(record.line));
        FUZZ_REQUIRE(record.line <= lines, "line " + std::to_string(record.line));
        FUZZ_REQUIRE(!record.fields.empty(), "line " + std::to_string(record.line));
        previousLine = record.line;
        for (const std::string_view field : record.fields) {
            FUZZ_REQUIRE(firstInvalidUtf8(field) == field.size(), "line " + std::to_string(record.line));
            FUZZ_REQUIRE(field.find('\0') == std::string_view::npos, "line " + std::to_string(record.line));
        }
    });
    if (error) {
        FUZZ_REQUIRE(!error->message.empty(), {});
        FUZZ_REQUIRE(error->line >= 0 && error->line <= lines, "line " + std::to_string(error->line));
        FUZZ_REQUIRE(error->line == 0 || error->line >= previousLine, "line " + std::to_string(error->line));
    } else {
        FUZZ_REQUIRE(records <= static_cast<std::size_t>(lines), {});
    }
    return 0;
}
