// One unit of work on the database that nests: a transaction when none is open, a savepoint inside one.
#pragma once

#include <cstddef>

namespace SQLite {
class Database;
} // namespace SQLite

namespace parcours {

class ChangeJournal;
class Database;

// Every repository operation runs in one. The outermost starts a real transaction
// (BEGIN IMMEDIATE, so that a writer waits for the lock up front instead of failing
// half-way); an inner one is a savepoint, so that an import can wrap thousands of
// repository operations in one transaction and still undo a single one of them.
// Not committed when destroyed (an exception on the way): its changes are undone and
// the enclosing transaction, if any, goes on.
class Transaction {
public:
    explicit Transaction(Database& db);
    explicit Transaction(SQLite::Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    bool isOutermost() const { return m_outermost; }

private:
    SQLite::Database& m_db;
    ChangeJournal* m_journal = nullptr; // the Database's, when opened through one
    std::size_t m_journalMark = 0;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace parcours
