// A step (étape) of a pathway: training, insertion job, workshop...
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>
#include <string>

namespace parcours {

struct Step {
    RecordIdentity record;
    RowId pathwayId = 0;
    StepType type = StepType::Mobilisation;
    StepSubtype subtype = StepSubtype::None;
    Date start;
    std::optional<Date> end;
    std::string operatorName;  // the opérateur that runs it; empty when none
    std::string label;
};

} // namespace parcours
