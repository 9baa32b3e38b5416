#include "store/DataVersion.h"

#include "store/Database.h"

namespace parcours {

std::int64_t dataVersion(Database& db)
{
    return db.sql().execAndGet("PRAGMA data_version").getInt64();
}

OutsideChanges::OutsideChanges(Database& db) : m_db(&db), m_seen(dataVersion(db)) {}

bool OutsideChanges::happened()
{
    return dataVersion(*m_db) != m_seen;
}

void OutsideChanges::accept()
{
    m_seen = dataVersion(*m_db);
}

} // namespace parcours
