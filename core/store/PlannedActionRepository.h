// The planned actions of pathways (agenda.md): read for a pathway's « À faire » and for a dump.
#pragma once

#include "domain/PlannedAction.h"

#include <vector>

namespace parcours {

class Database;

class PlannedActionRepository {
public:
    explicit PlannedActionRepository(Database& db) : m_db(db) {}

    std::vector<PlannedAction> forPathway(RowId pathwayId); // by date, then id
    std::vector<PlannedAction> all();                       // by id

private:
    Database& m_db;
};

} // namespace parcours
