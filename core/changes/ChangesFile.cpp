// Reading and writing JSON Lines of operations.
#include "changes/ChangesFile.h"

#include "changes/OperationJson.h"
#include "store/OperationLog.h"

#include <fstream>

namespace parcours {

namespace {

constexpr std::size_t kMaximumProblems = 100;

std::string joined(const std::vector<std::string>& problems)
{
    std::string text;
    for (const std::string& p : problems)
        text += (text.empty() ? "" : "\n") + p;
    return text;
}

} // namespace

ChangesRefused::ChangesRefused(std::vector<std::string> problems)
    : std::runtime_error(joined(problems)), m_problems(std::move(problems))
{
}

std::vector<Operation> readChangesFile(const std::filesystem::path& path)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw ChangesRefused({"« " + path.string() + " » est un dossier, pas un fichier d'opérations."});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ChangesRefused({"Impossible de lire « " + path.string() + " »."});

    std::vector<Operation> operations;
    std::vector<std::string> problems;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line) && problems.size() < kMaximumProblems; ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        const std::string where = path.filename().string() + ":" + std::to_string(number) + " : ";
        nlohmann::json object;
        try {
            object = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception&) {
            problems.push_back(where + "ce n'est pas un objet JSON valide.");
            continue;
        }
        ParsedOperation parsed = parseOperation(object);
        for (const std::string& p : parsed.problems)
            problems.push_back(where + p + ".");
        if (parsed.problems.empty())
            operations.push_back(std::move(parsed.operation));
    }
    if (in.bad())
        problems.push_back("Lecture de « " + path.string() + " » interrompue.");
    if (!problems.empty())
        throw ChangesRefused(std::move(problems));
    return operations;
}

std::size_t writeChanges(Database& db, const std::optional<std::string>& afterOp, std::ostream& out)
{
    std::int64_t after = 0;
    if (afterOp) {
        const std::optional<std::int64_t> seq = operationSeq(db, *afterOp);
        if (!seq)
            throw ChangesRefused({"L'opération « " + *afterOp + " » n'est pas dans cette base."});
        after = *seq;
    }
    std::size_t count = 0;
    forEachOperation(db, after, [&](const Operation& operation) {
        out << toJson(operation).dump() << '\n';
        ++count;
    });
    return count;
}

} // namespace parcours
