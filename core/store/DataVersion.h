// Whether another connection changed the database: SQLite's `PRAGMA data_version`.
#pragma once

#include <cstdint>

namespace parcours {

class Database;

// A number that changes whenever another connection (this process or another one) commits a
// change to the file of `db`; this connection's own commits leave it as it is. Only its changes
// mean something: compare it with an earlier value of the same connection.
std::int64_t dataVersion(Database& db);

// Remembers the data version of one connection, to tell when the file was changed from outside.
class OutsideChanges {
public:
    explicit OutsideChanges(Database& db);
    // True when another connection committed since the watch began or since the last accept().
    bool happened();
    // What is shown now reflects the file: the next happened() compares with this version.
    void accept();

private:
    Database* m_db;
    std::int64_t m_seen;
};

} // namespace parcours
