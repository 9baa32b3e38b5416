// The contacts journal (entretiens) of a pathway.
#pragma once

#include "domain/Clock.h"
#include "domain/Contact.h"

#include <optional>
#include <vector>

namespace parcours {

class Database;

class ContactRepository {
public:
    ContactRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    void add(Contact& contact);    // checkContact against its pathway (RuleError)
    void update(Contact& contact); // same
    void remove(RowId id);         // update and remove: StoreError when unknown
    std::optional<Contact> find(RowId id);
    std::vector<Contact> forPathway(RowId pathwayId); // newest first
    std::vector<Contact> all();                       // by id

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
