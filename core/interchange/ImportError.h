// One problem found in an interchange folder, reported as `file:line: column: message`, and the
// errors of one import: the first thousand kept, every one counted.
#pragma once

#include <cstddef>
#include <initializer_list>
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

// The errors of one import, in the order found. Only the first kKept are kept: a folder with
// millions of faults (a header of millions of unknown columns) takes no more memory than one
// with a thousand, and nobody reads further; the others are only counted.
class ImportErrors {
public:
    static constexpr std::size_t kKept = 1000;
    using value_type = ImportError;
    using const_iterator = std::vector<ImportError>::const_iterator;
    using iterator = const_iterator;

    ImportErrors() = default;
    ImportErrors(std::initializer_list<ImportError> errors)
    {
        for (const ImportError& error : errors)
            push_back(error);
    }

    void push_back(ImportError error);
    void clear();

    bool empty() const { return m_total == 0; }
    std::size_t size() const { return m_kept.size(); } // the errors kept (listed)
    std::size_t total() const { return m_total; }      // every error found
    std::size_t unlisted() const { return m_total - m_kept.size(); }
    // « … et 12 autres erreurs, non listées. », or "" when every error is kept.
    std::string unlistedText() const;

    const ImportError& operator[](std::size_t i) const { return m_kept[i]; }
    const ImportError& front() const { return m_kept.front(); }
    const_iterator begin() const { return m_kept.begin(); }
    const_iterator end() const { return m_kept.end(); }

private:
    std::vector<ImportError> m_kept;
    std::size_t m_total = 0;
};

} // namespace parcours
