// Files of operations, one JSON object per line (JSON Lines): written by `changes`, read by `apply`.
#pragma once

#include "store/Operation.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

class Database;

// A file refused whole: every problem, each as « ligne N : ... ».
class ChangesRefused : public std::runtime_error {
public:
    explicit ChangesRefused(std::vector<std::string> problems);
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    std::vector<std::string> m_problems;
};

// Every operation of the file, checked (ChangesRefused at the first 100 problems at most,
// naming their lines). Blank lines are allowed.
std::vector<Operation> readChangesFile(const std::filesystem::path& path);

// Writes the database's operations in the order they were made, those after `afterOp`
// when given (ChangesRefused when the database does not hold it). Returns how many.
std::size_t writeChanges(Database& db, const std::optional<std::string>& afterOp, std::ostream& out);

} // namespace parcours
