// Probable duplicates of a person about to be created: same names and birth date, or same France Travail id.
#pragma once

#include "domain/Participant.h"

#include <vector>

namespace parcours {

class Database;

// The stored participants who are probably `candidate`: the same last and first names
// (folded by foldText, surrounding spaces trimmed) and the same birth date, or
// the same non-empty France Travail id. By last name, first name; `candidate` itself
// (when stored) is never listed.
std::vector<Participant> findProbableDuplicates(Database& db, const Participant& candidate);

} // namespace parcours
