// What an interchange folder holds once read and checked: entities that refer to one
// another by their position in the batch, ready to be written in one transaction.
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

struct ImportedPathway {
    Pathway pathway;  // with its holds and earlier hires
    std::size_t participant = 0;  // index in ImportBatch::participants
    std::string referentName;
};

template <typename T>
struct ImportedPathwayItem {
    T item;
    std::size_t pathway = 0;  // index in ImportBatch::pathways
};

struct ImportBatch {
    std::optional<PlieSettings> plie;
    std::vector<Participant> participants;
    std::vector<ImportedPathway> pathways;
    std::vector<ImportedPathwayItem<Step>> steps;
    std::vector<ImportedPathwayItem<Barrier>> barriers;
    std::vector<ImportedPathwayItem<Contact>> contacts;

    std::size_t holdCount() const;
    std::size_t earlierHireCount() const;
};

} // namespace parcours
