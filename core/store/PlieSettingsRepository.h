// The PLIE's name and code, kept in the database.
#pragma once

#include "domain/Clock.h"
#include "domain/PlieSettings.h"

#include <nlohmann/json.hpp>

#include <string>

namespace parcours {

class Database;

class PlieSettingsRepository {
public:
    PlieSettingsRepository(Database& db, const Clock& clock) : m_db(db), m_clock(&clock) {}
    // Without a clock the row's created/updated instants come from the system clock.
    explicit PlieSettingsRepository(Database& db) : m_db(db) {}

    PlieSettings get(); // empty strings (and the default number of days) when never set
    // Writes the name and the code; the number of days stays as it is.
    void set(const PlieSettings& settings);
    // « À faire »'s days without a contact (1 to 365: the schema refuses others).
    void setDaysWithoutContact(int days);
    // Whether new pathways recorded in the application wait for a coordinator's validation.
    void setEntriesNeedValidation(bool on);
    // The PLIE's name, its contact for the persons' data and the notice's template ("" for the
    // built-in one); the code stays as it is.
    void setInformationNotice(const std::string& name, const std::string& contact, const std::string& notice);
    // The retention period R in months (1 to 240: the schema refuses others), retention.md.
    void setRetentionMonths(int months);

private:
    void write(const nlohmann::json& fields);

    Database& m_db;
    const Clock* m_clock = nullptr;
};

} // namespace parcours
