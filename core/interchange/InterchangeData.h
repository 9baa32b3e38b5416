// The content of an interchange folder as entities that refer to one another by their
// position: what an import writes in one transaction, and what a dump or the demo writes out.
#pragma once

#include "domain/Barrier.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "domain/PlannedAction.h"
#include "domain/PlieSettings.h"
#include "domain/Step.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parcours {

struct PathwayEntry {
    Pathway pathway;  // with its holds and earlier hires
    std::size_t participant = 0;  // index in InterchangeData::participants
    std::string referentName;
};

template <typename T>
struct PathwayItem {
    T item;
    std::size_t pathway = 0;  // index in InterchangeData::pathways
};

// How many rows of each kind.
struct InterchangeCounts {
    std::size_t participants = 0;
    std::size_t pathways = 0;
    std::size_t steps = 0;
    std::size_t barriers = 0;
    std::size_t contacts = 0;
    std::size_t plannedActions = 0;
    std::size_t holds = 0;
    std::size_t hires = 0;  // earlier (broken) hires
    bool plie = false;      // the PLIE's identity is set
};

struct InterchangeData {
    std::optional<PlieSettings> plie;
    std::vector<Participant> participants;
    std::vector<PathwayEntry> pathways;
    std::vector<PathwayItem<Step>> steps;
    std::vector<PathwayItem<Barrier>> barriers;
    std::vector<PathwayItem<Contact>> contacts;
    std::vector<PathwayItem<PlannedAction>> plannedActions;

    InterchangeCounts counts() const;
};

} // namespace parcours
