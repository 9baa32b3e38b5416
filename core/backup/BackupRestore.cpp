// Restoring a backup: check it, make sure nobody holds the base, copy, swap, keep the old file.
#include "backup/BackupRestore.h"

#include "domain/Clock.h"
#include "platform/Platform.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/SqliteFileName.h"
#include "store/StoreError.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace parcours {

namespace fs = std::filesystem;

namespace {

constexpr const char* kCompanions[] = {"-wal", "-shm", "-journal"};

bool isPresent(const fs::path& path)
{
    std::error_code error;
    return fs::exists(fs::symlink_status(path, error));
}

std::string stampOf(const Clock& clock)
{
    std::string stamp = clock.nowUtc().substr(0, 19);
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    return stamp + "Z";
}

} // namespace

bool isDatabaseInUse(const fs::path& database)
{
    std::error_code error;
    if (!fs::is_regular_file(database, error))
        return false;
    try {
        // A WAL connection holds a shared lock on the file as long as it is open: the exclusive
        // lock is refused at once (no busy wait) while any other connection is there.
        SQLite::Database db(sqliteFileName(database), SQLite::OPEN_READWRITE, 0);
        db.exec("PRAGMA locking_mode = EXCLUSIVE");
        db.exec("BEGIN EXCLUSIVE");
        db.exec("COMMIT");
        return false;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }
}

std::optional<fs::path> setAside(const fs::path& database, const std::string& label, const Clock& clock)
{
    if (!isPresent(database))
        return std::nullopt;
    const std::string stem = database.string() + "." + label + "-" + stampOf(clock);
    fs::path aside = stem + ".sqlite";
    for (int n = 2; isPresent(aside); ++n)
        aside = stem + "-" + std::to_string(n) + ".sqlite";
    try {
        fs::rename(database, aside);
    } catch (const fs::filesystem_error& e) {
        throw StoreError("La base « " + displayName(database) + " » n'a pas pu être mise de côté sous « "
                         + displayName(aside) + " » : " + e.code().message() + ".");
    }
    std::error_code ignored;
    makePrivate(aside, ignored);
    for (const char* companion : kCompanions) {
        const fs::path from = database.string() + companion;
        if (!isPresent(from))
            continue;
        const fs::path to = aside.string() + companion;
        std::error_code error;
        fs::rename(from, to, error); // the WAL goes with its base: its committed changes stay readable
        if (!error)
            makePrivate(to, error);
    }
    return aside;
}

RestoreResult restoreBackup(const fs::path& database, const fs::path& backup, const Clock& clock,
                            const DatabaseKey& key)
{
    const std::string name = displayName(database);
    const CopyCheck check = checkDatabaseCopy(backup, key);
    if (!check.sound)
        throw StoreError("La sauvegarde « " + displayName(backup) + " » est refusée : " + check.problem + ". La base « "
                         + name + " » n'a pas été modifiée.");
    if (isDatabaseInUse(database))
        throw StoreError("La base « " + name
                         + " » est ouverte par un autre programme (Parcours ou parcours-cli) : fermez-le, puis "
                           "recommencez la restauration. La base n'a pas été modifiée.");
    std::error_code error;
    if (fs::is_directory(database, error))
        throw StoreError("« " + name + " » est un dossier, pas une base Parcours.");

    // The copy first, beside the base: on the same disk, so that the final rename is atomic.
    const fs::path incoming = database.string() + ".restauration-" + stampOf(clock) + ".sqlite";
    if (isPresent(incoming))
        fs::remove(incoming, error);
    copyDatabaseFile(backup, incoming, key);

    RestoreResult result;
    try {
        result.keptAside = setAside(database, "remplacee", clock);
    } catch (...) {
        fs::remove(incoming, error);
        throw;
    }
    fs::rename(incoming, database, error);
    if (error) {
        const std::string reason = error.message();
        if (result.keptAside)
            fs::rename(*result.keptAside, database, error); // back where it was (its -wal stays beside the copy)
        fs::remove(incoming, error);
        throw StoreError("La sauvegarde n'a pas pu être mise en place de la base « " + name + " » : " + reason + ".");
    }
    return result;
}

} // namespace parcours
