// The PLIE's name and code, kept in the database.
#pragma once

#include "domain/PlieSettings.h"

namespace parcours {

class Database;

class PlieSettingsRepository {
public:
    explicit PlieSettingsRepository(Database& db) : m_db(db) {}

    PlieSettings get();  // empty strings when never set
    void set(const PlieSettings& settings);

private:
    Database& m_db;
};

} // namespace parcours
