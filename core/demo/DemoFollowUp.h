// The demo's follow-up: who employs each hired person and whom to call there, and the planned
// actions of open pathways (the next appointment, a call to make, a step to take).
#pragma once

#include "demo/DemoPathways.h"
#include "domain/Participant.h"
#include "domain/PlannedAction.h"

#include <vector>

namespace parcours::demo {

// Names the employer of every hire of the pathway (after its category and NAF section, a
// business creation after the person) and, for most, the person to call there with a phone.
void nameEmployers(DemoRandom& rng, const Participant& person, Pathway& pathway);

// For an open pathway: most get their next appointment in the coming five weeks (a call to
// the employer in the six-month follow-up), some a step or a call done in the last three
// months, a few an action left overdue. None for an exited pathway. Sorted by date, never
// before the entry. Replaces the content of `actions`.
void makePlannedActions(DemoRandom& rng, const BuiltPathway& built, const Date& today,
                        std::vector<PlannedAction>& actions);

} // namespace parcours::demo
