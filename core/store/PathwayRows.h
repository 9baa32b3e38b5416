// Inside the store: reading pathways with their holds and hires, shared by the pathway
// repository, the repositories of what hangs from a pathway, the caseload and the check.
#pragma once

#include "domain/Pathway.h"
#include "store/Database.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace parcours::pathways {

// The pathway's own row, without holds and hires (enough for the rules of a step,
// a barrier, a contact, and for comparing a pathway with the person's others).
std::optional<Pathway> loadRow(Database& db, RowId id);
std::optional<Pathway> loadRowByExternalId(Database& db, const std::string& externalId);
std::vector<Pathway> loadRowsForParticipant(Database& db, RowId participantId); // by entry date

// Adds the stored holds and hires to `pathway`.
void loadChildren(Database& db, Pathway& pathway);

// Complete pathways.
std::vector<Pathway> loadForParticipant(Database& db, RowId participantId); // by entry date
std::vector<Pathway> loadAll(Database& db);                                 // by id

// Every hold and every current hire, by pathway: one query each, for lists of pathways.
std::unordered_map<RowId, std::vector<Hold>> loadAllHolds(Database& db);
std::unordered_map<RowId, Hire> loadAllCurrentHires(Database& db);

} // namespace parcours::pathways
