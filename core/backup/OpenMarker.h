// The marker of a database open in Parcours: « suivi.parcours.ouverte » beside it, left behind by
// a crash or a kill, so that the next start knows the base was not closed properly.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace parcours {

// « suivi.parcours.ouverte » beside « suivi.parcours ».
std::filesystem::path openMarkerPathFor(const std::filesystem::path& database);

// The processes the marker of `database` names that no longer run on this computer: they had
// the base open and ended without closing it. Empty when there is no marker, when every process
// it names still runs (another window has the base open), or when it cannot be read.
std::vector<std::int64_t> processesGoneWithoutClosing(const std::filesystem::path& database);

// Whether the base was left open by a process that ended without closing it.
bool wasClosedUncleanly(const std::filesystem::path& database);

// While it lives, the marker of `database` names this process (one process id a line, beside
// those of other processes that still run; those that ended are dropped, so ask
// wasClosedUncleanly first). Written whole and private (0600) through the atomic writer. Its
// destructor takes this process out, and removes the file with the last one: a clean close.
class OpenMarker {
public:
    // Throws FileWriteError (French, naming the file) when the marker cannot be written.
    explicit OpenMarker(std::filesystem::path database);
    ~OpenMarker(); // never throws: a marker left behind only makes the next start check the base
    OpenMarker(const OpenMarker&) = delete;
    OpenMarker& operator=(const OpenMarker&) = delete;

    const std::filesystem::path& database() const { return m_database; }

private:
    std::filesystem::path m_database;
};

} // namespace parcours
