// The demo's steps, barriers and contacts of one pathway, dated within it and never after today.
#pragma once

#include "demo/DemoPathways.h"
#include "domain/Barrier.h"
#include "domain/Contact.h"
#include "domain/Step.h"

#include <vector>

namespace parcours::demo {

// About 1.5 steps a year of pathway, in the national shares of types (mobilisation 52%,
// formation 10%...), sorted by start. Replaces the content of `steps`.
void makeSteps(DemoRandom& rng, const BuiltPathway& built, const Date& today, std::vector<Step>& steps);

// 0 to 4 barriers of distinct categories, most identified in the first month; the older, the
// more often lifted. Replaces the content of `barriers`.
void makeBarriers(DemoRandom& rng, const BuiltPathway& built, std::vector<Barrier>& barriers);

// The référent's journal: for an open pathway, the entry interview and the recent contacts (a
// few left without news for months); for an exited one, its entry and exit interviews at most.
// Sorted by date. Replaces the content of `contacts`.
void makeContacts(DemoRandom& rng, const BuiltPathway& built, const Date& today, std::vector<Contact>& contacts);

} // namespace parcours::demo
