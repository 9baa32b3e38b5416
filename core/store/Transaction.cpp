// Transactions and savepoints. SQLite::Savepoint of SQLiteCpp 3.2.1 rolls back with
// ROLLBACK TO alone, which leaves the savepoint (and so the transaction) open; this
// class releases it after rolling back.
#include "store/Transaction.h"

#include "store/Database.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace parcours {

namespace {
constexpr const char* kSavepoint = "parcours_unit";
} // namespace

Transaction::Transaction(Database& db) : Transaction(db.sql())
{
    m_journal = &db.journal();
    if (m_outermost)
        m_journal->begin();
    else
        m_journalMark = m_journal->mark();
}

Transaction::Transaction(SQLite::Database& db) : m_db(db), m_outermost(sqlite3_get_autocommit(db.getHandle()) != 0)
{
    if (m_outermost)
        m_db.exec("BEGIN IMMEDIATE");
    else
        m_db.exec(std::string("SAVEPOINT ") + kSavepoint);
}

Transaction::~Transaction()
{
    if (m_finished)
        return;
    // Never throws: SQLite may already have rolled the whole transaction back
    // after an I/O error, in which case there is nothing left to undo.
    if (m_outermost) {
        m_db.tryExec("ROLLBACK");
        if (m_journal)
            m_journal->rollback();
    } else {
        m_db.tryExec(std::string("ROLLBACK TO ") + kSavepoint);
        m_db.tryExec(std::string("RELEASE ") + kSavepoint);
        if (m_journal)
            m_journal->rollbackTo(m_journalMark);
    }
}

void Transaction::commit()
{
    if (m_outermost) {
        m_db.exec("COMMIT");
        if (m_journal)
            m_journal->commit();
    } else {
        m_db.exec(std::string("RELEASE ") + kSavepoint);
    }
    m_finished = true;
}

} // namespace parcours
