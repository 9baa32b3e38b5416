// A barrier to employment (frein), identified with the participant and worked on until lifted.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>

namespace parcours {

struct Barrier {
    RecordIdentity record;
    RowId pathwayId = 0;
    BarrierCategory category = BarrierCategory::Autre;
    Date identifiedDate;
    BarrierStatus status = BarrierStatus::Identifie;
    std::optional<Date> liftedDate;  // set exactly when lifted
};

} // namespace parcours
