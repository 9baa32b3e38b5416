// How many rows an import, a dump or a demo handled, in French.
#pragma once

#include "interchange/InterchangeData.h"

#include <string>

namespace parcours::cli {

// "3 participant.e.s, 4 parcours, 3 étapes, 2 freins, 2 entretiens, 2 périodes de veille, 1 embauche rompue"
std::string describeCounts(const InterchangeCounts& counts);

} // namespace parcours::cli
