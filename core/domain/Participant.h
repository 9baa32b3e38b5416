// A person followed by the PLIE: identity and contact details.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>
#include <string>

namespace parcours {

struct Participant {
    RecordIdentity record;
    std::string lastName;
    std::string firstName;
    Date birthDate;
    Sex sex = Sex::F;
    std::string postcode;
    std::string city;
    bool qpv = false; // lives in a priority neighbourhood
    std::string phone;
    std::string email;
    std::string franceTravailId;
    // The day the RGPD information notice was given to the person; none until then.
    std::optional<Date> informationDate;
    // The file was archived (retention.md): names and birth date hold the neutral values of
    // Retention.h, contact details are empty, and each pathway keeps its age at entry.
    bool archived = false;
};

} // namespace parcours
