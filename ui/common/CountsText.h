// How many rows of each kind an import wrote, in words: « 300 participant.e.s », « 1 frein »…
#pragma once

#include "interchange/InterchangeData.h"

#include <QStringList>

namespace parcours::ui {

// Participants, pathways, steps, barriers, contacts, planned actions, holds and broken hires, in that order.
QStringList countLines(const InterchangeCounts& counts);

// A référent.e's caseload against the network's norm: « 84 participant.e.s suivi.e.s — repère : 60 à 100 ».
inline constexpr int kCaseloadNormLow = 60;
inline constexpr int kCaseloadNormHigh = 100;
QString caseloadSizeText(int openPathways);

} // namespace parcours::ui
