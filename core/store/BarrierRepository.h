// Barriers (freins) of a pathway.
#pragma once

#include "domain/Barrier.h"
#include "domain/Clock.h"

#include <optional>
#include <vector>

namespace parcours {

class Database;

class BarrierRepository {
public:
    BarrierRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    void add(Barrier& barrier);    // checkBarrier against its pathway (RuleError)
    void update(Barrier& barrier); // same
    void remove(RowId id);         // update and remove: StoreError when unknown
    std::optional<Barrier> find(RowId id);
    std::vector<Barrier> forPathway(RowId pathwayId); // by identified date
    std::vector<Barrier> all();                       // by id

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
