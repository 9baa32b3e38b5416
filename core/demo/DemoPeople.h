// The demo's people: participants (identity, birth date fitting an age at entry, address, contact
// details) and the référent.e.s' names.
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Participant.h"

#include <cstdint>
#include <string>
#include <vector>

namespace parcours::demo {

// F 53%, X 0.5%, M the rest: the share of women among entries in DOMAIN.md.
Sex drawSex(DemoRandom& rng);

// An age at entry in the national bands: under 26 10%, 26 to 44 59%, 45 and over 31%.
int drawAgeAtEntry(DemoRandom& rng);

// A birth date that makes the person exactly `age` on `entry`.
Date birthDateFor(DemoRandom& rng, int age, const Date& entry);

// A person of that sex and birth date, with a name, an address in Ille-et-Vilaine (QPV about
// 25%), most often a phone, an e-mail and a France Travail id. `number` is the person's rank
// (1, 2...): it makes the France Travail id unique.
Participant makeParticipant(DemoRandom& rng, std::uint64_t number, Sex sex, const Date& birth);

// `count` distinct "Prénom Nom" for the référent.e.s, mostly women as in the profession.
std::vector<std::string> makeReferentNames(DemoRandom& rng, std::size_t count);

} // namespace parcours::demo
