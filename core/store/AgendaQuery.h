// « À faire » from the database: the facts of the pathways open on a day, read in one query
// per table, then agenda.md's rules (domain/Agenda).
#pragma once

#include "domain/Agenda.h"

#include <optional>

namespace parcours {

class Database;

// The pathways open on `day` (entered by then, no exit on or before it), of one référent.e
// or of all, with their contacts, hires, holds, steps and planned actions not done.
std::vector<AgendaPathway> loadAgendaPathways(Database& db, const Date& day, std::optional<RowId> referentId);

// « À faire » on `day`, with the PLIE's days without a contact.
std::vector<AgendaItem> loadAgenda(Database& db, const Date& day, std::optional<RowId> referentId = std::nullopt);

} // namespace parcours
