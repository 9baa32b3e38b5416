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
    // Who a person writes to about their data (address, email, phone), shown on the notice.
    std::string contact{};
    // The RGPD information notice as the PLIE edited it; "" for the built-in one
    // (domain/InformationNotice.h).
    std::string informationNotice{};
};

} // namespace parcours
