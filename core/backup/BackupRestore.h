// Putting a backup back in place of a database, the replaced file kept aside, never destroyed.
#pragma once

#include "store/DatabaseKey.h"

#include <filesystem>
#include <optional>
#include <string>

namespace parcours {

class Clock;

struct RestoreResult {
    // Where the base that was replaced now is (with its -wal beside it, if it had one);
    // nullopt when there was no base to replace.
    std::optional<std::filesystem::path> keptAside;
};

// Puts the backup `backup` in place of `database`:
// 1. checks `backup` (checkDatabaseCopy): a damaged one, or one that is not a Parcours
//    database, is refused and nothing is touched;
// 2. refuses while another program has `database` open (it cannot take SQLite's exclusive
//    lock), with a French message;
// 3. copies the backup by SQLite's online backup to a private temporary file beside
//    `database`, and checks that copy;
// 4. renames the current base (and its -wal, -shm, -journal) aside, see setAside, and the
//    copy to `database`.
// Never opens `database` for writing as the store does: it works on a damaged base, which
// is the point. Throws StoreError in French, leaving every file as it was.
// An encrypted backup is opened with `key`, and its copy keeps its encryption.
RestoreResult restoreBackup(const std::filesystem::path& database, const std::filesystem::path& backup,
                            const Clock& clock, const DatabaseKey& key = {});

// Renames `database` and its -wal, -shm and -journal companions to
// « suivi.parcours.<label>-2026-12-01T09-14-03Z.sqlite » (+ « -wal »…), private, and returns
// that path; nullopt when `database` does not exist. Used for a replaced base (label
// « remplacee ») and a damaged one (« endommagee »).
std::optional<std::filesystem::path> setAside(const std::filesystem::path& database, const std::string& label,
                                              const Clock& clock);

// Whether another connection (of this program or another) has `database` open, judged by
// SQLite's exclusive lock. False for a missing file, and for a file too damaged for SQLite
// to lock (a restore is then still possible).
bool isDatabaseInUse(const std::filesystem::path& database);

} // namespace parcours
