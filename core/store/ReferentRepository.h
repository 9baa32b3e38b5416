// Référent.e.s: found or created by name.
#pragma once

#include "domain/Clock.h"
#include "domain/Referent.h"

#include <optional>
#include <string>
#include <vector>

namespace parcours {

class Database;

class ReferentRepository {
public:
    ReferentRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The référent of that exact name (trimmed), created when unknown. Empty names are refused (RuleError).
    Referent findOrCreate(const std::string& name);
    std::optional<Referent> find(RowId id);
    // The référent.e of that exact name (trimmed), or nullopt.
    std::optional<Referent> findByName(const std::string& name);
    std::vector<Referent> all(); // by name

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
