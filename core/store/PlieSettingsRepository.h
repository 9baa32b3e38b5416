// The PLIE's name and code, kept in the database.
#pragma once

#include "domain/Clock.h"
#include "domain/PlieSettings.h"

namespace parcours {

class Database;

class PlieSettingsRepository {
public:
    PlieSettingsRepository(Database& db, const Clock& clock) : m_db(db), m_clock(&clock) {}
    // Without a clock the row's created/updated instants come from the system clock.
    explicit PlieSettingsRepository(Database& db) : m_db(db) {}

    PlieSettings get(); // empty strings when never set
    void set(const PlieSettings& settings);

private:
    Database& m_db;
    const Clock* m_clock = nullptr;
};

} // namespace parcours
