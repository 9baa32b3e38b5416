// Re-encryption through a private temporary: sqlcipher_export copies the schema, the rows and
// the header's values (user_version, application_id) into a new file of the new key.
#include "store/DatabaseEncryption.h"

#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/SqliteFileName.h"
#include "store/StoreError.h"

#include "platform/AtomicFile.h"
#include "platform/Platform.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace parcours {

namespace fs = std::filesystem;

namespace {

void removeQuietly(const fs::path& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(fs::path(path.string() + suffix), ignored);
}

// Exports the whole of `file` (opened with `current`) into `temporary` under `next`.
void exportInto(const fs::path& file, const DatabaseKey& current, const fs::path& temporary, const DatabaseKey& next)
{
    const std::string name = displayName(file);
    SQLite::Database db(sqliteFileName(file), SQLite::OPEN_READWRITE, 0);
    applyKey(db, current);
    // Held until the connection closes: another program that has the file open refuses it now.
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    try {
        db.exec("BEGIN EXCLUSIVE");
        db.exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw StoreError("La base « " + name
                             + " » est ouverte par un autre programme (Parcours ou parcours-cli) : fermez-le, puis "
                               "recommencez. Elle n'a pas été modifiée.");
        throw;
    }
    db.exec("PRAGMA journal_mode = DELETE"); // a log left by a crash goes into the file first

    const int version = db.execAndGet("PRAGMA user_version").getInt();
    const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
    {
        // Bound, never spliced into the SQL: the passphrase may hold any character.
        SQLite::Statement attach(db, "ATTACH DATABASE ?1 AS rewritten KEY ?2");
        attach.bind(1, sqliteFileName(temporary));
        attach.bind(2, next.passphrase());
        attach.exec();
    }
    db.exec("SELECT sqlcipher_export('rewritten')");
    db.exec("PRAGMA rewritten.user_version = " + std::to_string(version));
    db.exec("PRAGMA rewritten.application_id = " + std::to_string(applicationId));
    db.exec("DETACH DATABASE rewritten");
}

} // namespace

void reencryptDatabaseFile(const fs::path& file, const DatabaseKey& current, const DatabaseKey& next)
{
    const std::string name = displayName(file);
    const CopyCheck before = checkDatabaseCopy(file, current);
    if (!before.sound) {
        if (before.wrongKey)
            throw WrongPassphrase("La phrase de passe ne correspond pas à « " + name
                                  + " » (ou le fichier est endommagé). Il n'a pas été modifié.");
        throw StoreError("« " + name + " » n'a pas été modifiée : " + before.problem + ".");
    }
    const fs::path temporary = createTemporaryBeside(file);
    try {
        exportInto(file, current, temporary, next);
        const CopyCheck after = checkDatabaseCopy(temporary, next);
        if (!after.sound)
            throw StoreError("La copie chiffrée de « " + name + " » n'est pas saine : " + after.problem
                             + ". La base n'a pas été modifiée.");
        std::error_code error;
        fs::rename(temporary, file, error);
        if (error)
            throw StoreError("« " + name + " » n'a pas pu être remplacée par sa copie chiffrée : " + frenchReason(error)
                             + ". Elle n'a pas été modifiée.");
        syncFolder(fs::absolute(file).parent_path(), error);
    } catch (const StoreError&) {
        removeQuietly(temporary);
        throw;
    } catch (const std::exception& e) {
        removeQuietly(temporary);
        throw StoreError("« " + name + " » n'a pas pu être chiffrée (" + e.what() + "). Elle n'a pas été modifiée.");
    }
}

} // namespace parcours
