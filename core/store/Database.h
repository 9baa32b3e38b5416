// The connection to one Parcours database file: opening, pragmas, schema version.
#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>

namespace parcours {

enum class OpenMode {
    CreateIfMissing,  // create the file and its schema when missing; upgrade an older schema
    ExistingOnly,     // refuse a missing file; upgrade an older schema
    ReadOnly          // refuse a missing file; never write (an older schema is refused)
};

class Database {
public:
    // The schema version this build writes and reads (PRAGMA user_version).
    static constexpr int kSchemaVersion = 1;
    // PRAGMA application_id of a Parcours database ("PRCS").
    static constexpr int kApplicationId = 0x50524353;

    // Opens `path` (":memory:" for an in-memory database) with WAL, synchronous=FULL
    // and foreign keys on, and brings its schema to kSchemaVersion. Throws StoreError
    // with a French message: missing file, not a SQLite file, not a Parcours
    // database, a schema newer than this version knows.
    Database(const std::filesystem::path& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *m_db; }
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion();

private:
    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_db;
};

} // namespace parcours
