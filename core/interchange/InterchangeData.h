// The content of an interchange folder as entities that refer to one another by their
// position: what an import writes in one transaction, and what a dump or the demo writes out.
#pragma once

#include "domain/Barrier.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
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

struct InterchangeData {
    std::optional<PlieSettings> plie;
    std::vector<Participant> participants;
    std::vector<PathwayEntry> pathways;
    std::vector<PathwayItem<Step>> steps;
    std::vector<PathwayItem<Barrier>> barriers;
    std::vector<PathwayItem<Contact>> contacts;

    std::size_t holdCount() const;
    std::size_t earlierHireCount() const;
};

} // namespace parcours
