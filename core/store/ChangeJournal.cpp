// The operations of the action under way on a connection.
#include "store/ChangeJournal.h"

#include "store/Uuid.h"

namespace parcours {

void ChangeJournal::begin()
{
    m_open = true;
    m_current = Change{newUuid(), {}};
}

void ChangeJournal::commit()
{
    m_open = false;
    m_last = std::move(m_current);
    m_current = {};
}

void ChangeJournal::rollback()
{
    m_open = false;
    m_current = {};
}

void ChangeJournal::rollbackTo(std::size_t mark)
{
    if (mark < m_current.operations.size())
        m_current.operations.resize(mark);
}

void ChangeJournal::add(Operation operation)
{
    m_current.operations.push_back(std::move(operation));
}

} // namespace parcours
