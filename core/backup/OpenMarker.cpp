// The open marker: process ids, one a line, in a private file beside the base.
#include "backup/OpenMarker.h"

#include "platform/AtomicFile.h"
#include "platform/Platform.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <string>

namespace parcours {

namespace fs = std::filesystem;

namespace {

// The ids the marker names; what is not a number is ignored (a marker is never trusted further).
std::vector<std::int64_t> readMarker(const fs::path& marker)
{
    std::vector<std::int64_t> pids;
    std::ifstream in(marker);
    std::string line;
    while (in && std::getline(in, line)) {
        std::int64_t pid = 0;
        const auto [end, error] = std::from_chars(line.data(), line.data() + line.size(), pid);
        if (error == std::errc() && end == line.data() + line.size() && pid > 0)
            pids.push_back(pid);
    }
    return pids;
}

void writeMarker(const fs::path& marker, const std::vector<std::int64_t>& pids)
{
    std::string text;
    for (const std::int64_t pid : pids)
        text += std::to_string(pid) + "\n";
    writeFileAtomically(marker, text);
}

} // namespace

fs::path openMarkerPathFor(const fs::path& database)
{
    return fs::path(database.string() + ".ouverte");
}

std::vector<std::int64_t> processesGoneWithoutClosing(const fs::path& database)
{
    std::vector<std::int64_t> gone;
    for (const std::int64_t pid : readMarker(openMarkerPathFor(database))) {
        if (pid != currentProcessId() && !processIsRunning(pid))
            gone.push_back(pid);
    }
    return gone;
}

bool wasClosedUncleanly(const fs::path& database)
{
    return !processesGoneWithoutClosing(database).empty();
}

OpenMarker::OpenMarker(fs::path database) : m_database(std::move(database))
{
    const fs::path marker = openMarkerPathFor(m_database);
    std::vector<std::int64_t> pids;
    for (const std::int64_t pid : readMarker(marker)) {
        if (pid != currentProcessId() && processIsRunning(pid))
            pids.push_back(pid);
    }
    pids.push_back(currentProcessId());
    writeMarker(marker, pids);
}

OpenMarker::~OpenMarker()
{
    const fs::path marker = openMarkerPathFor(m_database);
    try {
        std::vector<std::int64_t> pids = readMarker(marker);
        pids.erase(std::remove(pids.begin(), pids.end(), currentProcessId()), pids.end());
        std::erase_if(pids, [](std::int64_t pid) { return !processIsRunning(pid); });
        std::error_code ignored;
        if (pids.empty())
            fs::remove(marker, ignored);
        else
            writeMarker(marker, pids);
    } catch (...) { // NOLINT(bugprone-empty-catch): a marker left behind is checked at the next start
    }
}

} // namespace parcours
