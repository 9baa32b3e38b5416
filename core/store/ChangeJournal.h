// The action under way on a connection: its UUID, its author, and the operations it has
// recorded so far, kept until its transaction commits (then they are the last change, the
// one an undo takes back) or rolls back (then they are forgotten).
#pragma once

#include "store/Operation.h"

#include <cstddef>
#include <string>

namespace parcours {

class ChangeJournal {
public:
    // Who the operations of this connection are by: the référent.e in the application,
    // "import" or "demo" for those, the login on the command line.
    void setAuthor(std::string author) { m_author = std::move(author); }
    const std::string& author() const { return m_author; }

    // Called by the outermost Transaction.
    void begin();
    void commit();
    void rollback();
    bool isOpen() const { return m_open; }

    // Savepoints: how many operations are recorded, and forgetting those after a mark.
    std::size_t mark() const { return m_current.operations.size(); }
    void rollbackTo(std::size_t mark);

    // The change under way; records `operation` in it (the store has written it).
    const std::string& changeId() const { return m_current.id; }
    const Change& current() const { return m_current; }
    void add(Operation operation);

    // The operations of the last committed transaction.
    const Change& lastChange() const { return m_last; }

private:
    std::string m_author = "parcours";
    bool m_open = false;
    Change m_current;
    Change m_last;
};

// Another author for the operations made while it lives (an import, the demo).
class ScopedAuthor {
public:
    ScopedAuthor(ChangeJournal& journal, std::string author) : m_journal(journal), m_previous(journal.author())
    {
        m_journal.setAuthor(std::move(author));
    }
    ~ScopedAuthor() { m_journal.setAuthor(std::move(m_previous)); }
    ScopedAuthor(const ScopedAuthor&) = delete;
    ScopedAuthor& operator=(const ScopedAuthor&) = delete;

private:
    ChangeJournal& m_journal;
    std::string m_previous;
};

} // namespace parcours
