// The fields of each domain record as the operations name them (EntityTables), references
// turned from local ids into UUIDs: what the repositories hand to the ChangeRecorder.
#pragma once

#include "domain/Barrier.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "domain/Step.h"

#include <nlohmann/json.hpp>

#include <string>

namespace parcours::entityrows {

nlohmann::json participant(const Participant& participant);
nlohmann::json pathway(const Pathway& pathway, const std::string& participantUuid, const std::string& referentUuid);
nlohmann::json hire(const Hire& hire, const std::string& pathwayUuid, bool current);
nlohmann::json hold(const Hold& hold, const std::string& pathwayUuid);
// `operatorUuid` empty for none.
nlohmann::json step(const Step& step, const std::string& pathwayUuid, const std::string& operatorUuid);
nlohmann::json barrier(const Barrier& barrier, const std::string& pathwayUuid);
nlohmann::json contact(const Contact& contact, const std::string& pathwayUuid);

} // namespace parcours::entityrows
