// Foreign keys off for a while: for the schema's steps, and for an import whose rows refer
// only to rows it has just written.
#pragma once

#include <SQLiteCpp/Database.h>

#include <stdexcept>

namespace parcours {

// Foreign keys off for the life of the object, on again when it ends, whatever happens.
// Must be created outside any transaction: inside one, SQLite silently ignores the pragma,
// so the constructor checks that it took effect.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(SQLite::Database& db) : m_db(db)
    {
        m_db.exec("PRAGMA foreign_keys = OFF");
        if (m_db.execAndGet("PRAGMA foreign_keys").getInt() != 0)
            throw std::logic_error("foreign keys could not be turned off (inside a transaction?)");
    }
    ~ForeignKeysOff() { m_db.tryExec("PRAGMA foreign_keys = ON"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    SQLite::Database& m_db;
};

} // namespace parcours
