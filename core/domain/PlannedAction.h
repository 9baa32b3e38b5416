// A planned action of a pathway: the next appointment, a call to make, a step to take. Unlike
// a contact it is not a record of the past: it counts in « À faire » whatever its date,
// until it is done.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <string>

namespace parcours {

struct PlannedAction {
    RecordIdentity record;
    RowId pathwayId = 0;
    Date date;
    ActionKind kind = ActionKind::RendezVous;
    std::string note;
    bool done = false;
};

} // namespace parcours
