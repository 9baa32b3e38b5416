// How many rows of each kind an import wrote, in words: « 300 participant.e.s », « 1 frein »…
#pragma once

#include "interchange/InterchangeData.h"

#include <QStringList>

namespace parcours::ui {

// Participants, pathways, steps, barriers, contacts, holds and broken hires, in that order.
QStringList countLines(const InterchangeCounts& counts);

} // namespace parcours::ui
