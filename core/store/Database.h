// The connection to one Parcours database file: opening, pragmas, schema version.
#pragma once

#include "store/ChangeJournal.h"
#include "store/DatabaseKey.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

namespace parcours {

enum class OpenMode {
    CreateIfMissing, // create the file and its schema when missing; upgrade an older schema
    ExistingOnly,    // refuse a missing file; upgrade an older schema
    // Refuse a missing file; never write (an older schema is refused). A file at rest is in
    // rollback-journal mode (see ~Database), which a reader opens without creating anything
    // beside it. While a writer has it open (WAL mode), or after a writer's crash, SQLite
    // creates or uses the -wal and -shm companions, as any reader of a WAL database does;
    // when it cannot (a read-only folder or medium, a full disk) and no log nor rollback
    // journal lies beside the file, the file alone is read as immutable (SQLite's
    // "immutable=1": no lock, no companion).
    ReadOnly
};

// A prepared statement borrowed from the connection's cache. When the borrow ends it is
// reset and its bindings cleared, so that the next user starts clean and no read stays open.
class CachedStatement {
public:
    CachedStatement(SQLite::Statement& statement, bool* inUse);
    explicit CachedStatement(std::unique_ptr<SQLite::Statement> owned);
    ~CachedStatement();
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    SQLite::Statement& operator*() const { return *m_statement; }
    SQLite::Statement* operator->() const { return m_statement; }

private:
    std::unique_ptr<SQLite::Statement> m_owned; // when the cached one was already borrowed
    SQLite::Statement* m_statement = nullptr;
    bool* m_inUse = nullptr;
};

class Database {
public:
    // The schema version this build writes and reads (PRAGMA user_version).
    static constexpr int kSchemaVersion = 7;
    // PRAGMA application_id of a Parcours database ("PRCS").
    static constexpr int kApplicationId = 0x50524353;

    // Opens `path` (":memory:" for a new in-memory database, whatever the mode) with
    // synchronous=FULL and foreign keys on; for writing (CreateIfMissing, ExistingOnly)
    // also with WAL, and brings its schema to kSchemaVersion.
    // Throws StoreError with a French message: missing file, not a SQLite file, not a
    // Parcours database, a schema newer than this version knows; DatabaseDamaged when
    // opened for writing and SQLite's PRAGMA quick_check finds the file damaged, which it
    // runs before anything is written (the log, the schema, the application_id). A refused
    // file is left byte for byte as it was; a missing one is created only with
    // CreateIfMissing. An older schema is upgraded step by step (migrate), after a copy of
    // the file is saved next to it (« suivi.parcours.avant-schema-2.bak »); a failed
    // upgrade leaves the file as it was.
    // With a `key`, a new file is created encrypted (SQLCipher) and an encrypted one is
    // opened with it; a plain file is opened as it is and the key is not kept. An encrypted
    // file without a key raises PassphraseRequired, with a wrong key WrongPassphrase.
    Database(const std::filesystem::path& path, OpenMode mode, const DatabaseKey& key = {});
    // A writer puts the file back into rollback-journal mode (journal_mode=DELETE, the log
    // copied into the file and removed) unless another connection still has it open, which
    // will do it when it closes; so a file at rest has no -wal or -shm beside it.
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether the file is encrypted, and its key (empty for a plain file): what opens it again
    // (a backup, a reader in another thread).
    bool isEncrypted() const { return !m_key.empty(); }
    const DatabaseKey& key() const { return m_key; }
    int schemaVersion();

    // The statement for `sql`, prepared once per connection (repositories call this on
    // every operation, so that an import of thousands of rows does not re-parse SQL).
    CachedStatement statement(const std::string& sql);

    // The action under way and its author: every write of the store records its
    // operations there (ChangeRecorder), in the same transaction.
    ChangeJournal& journal() { return m_journal; }

    // How long a statement waits for another connection's lock before failing with
    // SQLITE_BUSY (a StoreError « occupée par un autre programme »): 5 s when opened; an
    // interactive application waits less, so that a busy file never freezes it.
    void setBusyTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }

    // The write-ahead log (on when opened) or a rollback journal. A new file filled by one
    // large transaction (an import or a demo) is written faster with a rollback journal: its
    // pages go straight into the file instead of into the log and back (2 s of the national
    // import), and a crash still leaves it as it was before the transaction. Takes effect
    // only outside a transaction and while no other connection has the file open, and
    // never in memory; otherwise the mode stays as it was. Returns whether it took effect.
    bool setWriteAheadLog(bool on);

private:
    // Opens `file` (a path or an SQLite URI) into m_db and identifies it with reads only;
    // returns whether it is blank (no schema, no application_id).
    bool connect(const std::string& file, int flags, OpenMode mode);

    struct CacheEntry {
        std::unique_ptr<SQLite::Statement> statement;
        bool inUse = false;
    };

    std::filesystem::path m_path;
    DatabaseKey m_key;
    bool m_readOnly = false;
    std::chrono::milliseconds m_busyTimeout;
    ChangeJournal m_journal;
    std::unique_ptr<SQLite::Database> m_db;
    // Declared after m_db: statements are finalised before the connection closes.
    std::unordered_map<std::string, CacheEntry> m_statements;
};

// The file name as messages show it.
std::string displayName(const std::filesystem::path& path);

// Whether `path` is a file that does not start with SQLite's header: an encrypted base (or a
// file that is no base at all). False for a missing or empty file.
bool looksEncrypted(const std::filesystem::path& path);

// Gives `key` to a connection just opened, before its first read (SQLCipher's sqlite3_key, as
// PRAGMA key does). Nothing for an empty key.
void applyKey(SQLite::Database& db, const DatabaseKey& key);

} // namespace parcours
