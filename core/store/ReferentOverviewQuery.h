// The coordinator's review: each référent.e's caseload in numbers, on a day.
#pragma once

#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <string>
#include <vector>

namespace parcours {

class Database;

// A référent.e follows 60 to 100 open pathways (the PLIE's norm); outside it the review says so.
constexpr int kCaseloadNormLow = 60;
constexpr int kCaseloadNormHigh = 100;

struct ReferentOverview {
    RowId referentId = 0;
    std::string name;
    int openPathways = 0;   // open on the day: entered by then, no exit on or before it
    int withoutContact = 0; // « À faire »'s « Sans entretien »: no contact for the PLIE's N days
    int overdue = 0;        // « À faire »'s items due before the day
    int entries = 0;        // pathways entered from 1 January of the day's year to the day
    int exits = 0;          // pathways exited from 1 January of the day's year to the day
};

bool outsideCaseloadNorm(int openPathways);

// Every référent.e of the database, by name, with their numbers on `day`; the « À faire »
// numbers come from the agenda's own rules (loadAgenda), so they are those « À faire » shows.
std::vector<ReferentOverview> loadReferentOverview(Database& db, const Date& day);

} // namespace parcours
