// The rotated backups of a database: where they live, their names, taking one, which are kept.
#pragma once

#include "domain/Date.h"
#include "store/DatabaseCopy.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parcours {

class Clock;

// One backup of the folder, known by its name « sauvegarde-2026-12-01T09-14-03Z.sqlite » (the
// instant in UTC; « …Z-2.sqlite », « -3 »… for more than one in the same second).
struct BackupFile {
    std::filesystem::path path;
    std::string instant; // UTC, ISO 8601: 2026-12-01T09:14:03Z
    Date day;            // the UTC day of the instant
    int sequence = 1;    // 1, or n for « …Z-n.sqlite »
};

// The folder of the backups of `database`: « suivi.parcours-sauvegardes » beside
// « suivi.parcours ».
std::filesystem::path backupFolderFor(const std::filesystem::path& database);

// The backup named `name` (a file name, no folder), or nullopt for any other name.
std::optional<BackupFile> parseBackupName(const std::string& name);

// The backups in the folder of `database`, newest first; files of other names are ignored.
std::vector<BackupFile> listBackups(const std::filesystem::path& database);

// The newest backup of `database` that passes checkDatabaseCopy (with `key` for an encrypted
// one), or nullopt.
std::optional<BackupFile> newestSoundBackup(const std::filesystem::path& database, const DatabaseKey& key = {});

// Takes a checked backup of `database` (which may be open elsewhere, even writing) into its
// folder (created 0700), named after clock.nowUtc(), then rotates the folder. Returns the new
// backup's path. Throws StoreError in French when the base cannot be read or the copy is not
// sound; the folder then keeps what it had. The backup of an encrypted base is encrypted with
// its `key`.
std::filesystem::path backupNow(const std::filesystem::path& database, const Clock& clock,
                                const DatabaseKey& key = {});

// The rotation: which of `backups` (any order) are kept. The newest backup of each of the 7
// most recent days (UTC) that have backups; then, among the backups older than the oldest of
// those days, the newest of each of the 4 most recent ISO weeks that have backups. At most 11.
std::vector<BackupFile> backupsToKeep(std::vector<BackupFile> backups);

// Removes from the folder of `database` the backups that backupsToKeep does not keep.
// Other files are left alone.
void rotateBackups(const std::filesystem::path& database);

} // namespace parcours
