// A contact (entretien) of the référent with a participant, in the pathway's journal.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <string>

namespace parcours {

struct Contact {
    RecordIdentity record;
    RowId pathwayId = 0;
    Date date;
    ContactMode mode = ContactMode::Presentiel;
    std::string note;
};

} // namespace parcours
