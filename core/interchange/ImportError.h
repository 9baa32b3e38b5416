// One problem found in an interchange folder, reported as `file:line: column: message`.
#pragma once

#include <string>
#include <vector>

namespace parcours {

struct ImportError {
    std::string file;    // participants.csv...
    int line = 0;        // where the record starts; 0 for the whole file
    std::string column;  // empty for an error about the file or the whole record
    std::string message; // French

    // `file:line: column: message`; `file: message` or `file:line: message` when
    // there is no line or column.
    std::string text() const;
};

using ImportErrors = std::vector<ImportError>;

} // namespace parcours
