// The PLIE's own identity, kept in its database.
#pragma once

#include <string>

namespace parcours {

struct PlieSettings {
    static constexpr int kDefaultDaysWithoutContact = 30;

    std::string name;
    std::string code;
    // « À faire » lists an open pathway whose last contact is older than this (agenda.md's N).
    int daysWithoutContact = kDefaultDaysWithoutContact;
    // A new pathway recorded in the application waits for a coordinator's validation.
    bool entriesNeedValidation = false;
};

} // namespace parcours
