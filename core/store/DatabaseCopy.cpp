// The online backup into a private temporary file, checked before it takes its name.
#include "store/DatabaseCopy.h"

#include "store/Database.h"
#include "store/SqliteFileName.h"
#include "store/StoreError.h"

#include "platform/AtomicFile.h"
#include "platform/Platform.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <memory>

namespace parcours {

namespace fs = std::filesystem;

namespace {

// How often a busy source is tried again (100 ms apart) before the copy gives up.
constexpr int kBusyAttempts = 100;

} // namespace

fs::path createTemporaryBeside(const fs::path& target)
{
    removeStaleTemporaries(target);
    std::error_code error;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const fs::path candidate = temporaryPathFor(target);
        ExclusiveFile file;
        if (file.create(candidate, error) && file.close(error))
            return candidate;
        if (error != std::errc::file_exists)
            break;
    }
    throw StoreError("La copie « " + displayName(target) + " » n'a pas pu être écrite : impossible de créer un "
                     + "fichier temporaire dans son dossier (" + frenchReason(error) + ").");
}

namespace {

void removeQuietly(const fs::path& path)
{
    std::error_code ignored;
    fs::remove(path, ignored);
    fs::remove(path.string() + "-journal", ignored);
}

void runBackup(SQLite::Database& source, SQLite::Database& destination)
{
    SQLite::Backup backup(destination, source);
    for (int attempt = 0;; ++attempt) {
        const int result = backup.executeStep(-1);
        if (result == SQLITE_DONE)
            return;
        if ((result != SQLITE_BUSY && result != SQLITE_LOCKED) || attempt == kBusyAttempts)
            throw SQLite::Exception(sqlite3_errstr(result), result);
        sqlite3_sleep(100);
    }
}

} // namespace

DatabaseKey keyForFile(const fs::path& file, const DatabaseKey& key)
{
    return looksEncrypted(file) ? key : DatabaseKey();
}

void requireKeyOpens(const fs::path& file, const DatabaseKey& key)
{
    if (!looksEncrypted(file))
        return;
    const std::string name = displayName(file);
    if (key.empty())
        throw PassphraseRequired("La base « " + name
                                 + " » est protégée par une phrase de passe (ou ce n'est pas une base Parcours) : "
                                   "donnez sa phrase de passe pour la copier.");
    try {
        SQLite::Database db(sqliteFileName(file), SQLite::OPEN_READONLY);
        applyKey(db, key);
        db.execAndGet("SELECT count(*) FROM sqlite_schema");
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) != SQLITE_NOTADB)
            throw StoreError("« " + name + " » ne peut pas être lu (" + e.what() + ").");
        throw WrongPassphrase("La phrase de passe ne correspond pas à la base « " + name
                              + " » (ou ce n'est pas une base Parcours). Rien n'a été copié.");
    }
}

CopyCheck checkDatabaseCopy(const fs::path& file, const DatabaseKey& key)
{
    CopyCheck check;
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        check.problem = fs::exists(file, error) ? "ce n'est pas un fichier" : "le fichier n'existe pas";
        return check;
    }
    try {
        SQLite::Database db(sqliteFileName(file), SQLite::OPEN_READONLY);
        const DatabaseKey fileKey = keyForFile(file, key);
        if (looksEncrypted(file) && fileKey.empty()) {
            check.problem = "elle est chiffrée et sa phrase de passe n'a pas été donnée";
            return check;
        }
        applyKey(db, fileKey);
        if (db.execAndGet("PRAGMA application_id").getInt() != Database::kApplicationId) {
            check.problem = "ce n'est pas une base Parcours";
            return check;
        }
        check.schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        if (check.schemaVersion < 1 || check.schemaVersion > Database::kSchemaVersion) {
            check.problem =
                "son schéma (" + std::to_string(check.schemaVersion) + ") n'est pas connu de cette version de Parcours";
            return check;
        }
        SQLite::Statement quickCheck(db, "PRAGMA quick_check");
        std::string findings;
        while (quickCheck.executeStep()) {
            const std::string line = quickCheck.getColumn(0).getString();
            if (line == "ok")
                continue;
            if (!findings.empty())
                findings += " ; ";
            findings += line;
        }
        if (!findings.empty()) {
            check.problem = "la vérification de SQLite a échoué : " + findings;
            return check;
        }
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB && looksEncrypted(file)) {
            check.wrongKey = true;
            check.problem = "la phrase de passe ne l'ouvre pas (ou le fichier est endommagé)";
            return check;
        }
        check.problem = std::string("le fichier est endommagé ou n'est pas une base SQLite (") + e.what() + ")";
        return check;
    }
    check.sound = true;
    return check;
}

void copyDatabase(SQLite::Database& source, const fs::path& target, const DatabaseKey& key)
{
    const std::string name = displayName(target);
    std::error_code error;
    if (fs::exists(fs::symlink_status(target, error)))
        throw StoreError("La copie « " + name + " » n'a pas été écrite : un fichier de ce nom existe déjà.");
    const fs::path temporary = createTemporaryBeside(target);
    try {
        {
            SQLite::Database destination(sqliteFileName(temporary), SQLite::OPEN_READWRITE);
            applyKey(destination, key);
            runBackup(source, destination);
            // A copy of a WAL database says WAL in its header: make it one self-contained file.
            destination.exec("PRAGMA journal_mode = DELETE");
        }
        const CopyCheck check = checkDatabaseCopy(temporary, key);
        if (!check.sound)
            throw StoreError("La copie « " + name + " » n'est pas saine : " + check.problem + ".");
        fs::rename(temporary, target); // the temporary was private from the start
    } catch (const StoreError&) {
        removeQuietly(temporary);
        throw;
    } catch (const std::exception& e) {
        removeQuietly(temporary);
        throw StoreError("La copie « " + name + " » n'a pas pu être écrite (" + e.what() + ").");
    }
}

void copyDatabaseFile(const fs::path& source, const fs::path& target, const DatabaseKey& key)
{
    const DatabaseKey sourceKey = keyForFile(source, key);
    std::error_code error;
    if (!fs::is_regular_file(source, error))
        throw StoreError("« " + displayName(source) + " » n'existe pas ou n'est pas un fichier.");
    try {
        // Read-write when the folder allows it, though nothing is written: then the last
        // connection to close takes the -wal and -shm files away, as a reader of a WAL
        // database that is read-only cannot.
        std::unique_ptr<SQLite::Database> db;
        try {
            db = std::make_unique<SQLite::Database>(sqliteFileName(source), SQLite::OPEN_READWRITE);
        } catch (const SQLite::Exception&) {
            db = std::make_unique<SQLite::Database>(sqliteFileName(source), SQLite::OPEN_READONLY);
        }
        applyKey(*db, sourceKey);
        copyDatabase(*db, target, sourceKey);
    } catch (const SQLite::Exception& e) {
        throw StoreError("« " + displayName(source) + " » ne peut pas être lu (" + e.what() + ").");
    }
}

} // namespace parcours
