// The entries a coordinator has to decide on: pathways whose entry waits for validation (and,
// when asked, those refused), with the person and the référent.e.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <string>
#include <vector>

namespace parcours {

class Database;

struct EntryToValidate {
    RowId pathwayId = 0;
    RowId participantId = 0;
    std::string lastName;
    std::string firstName;
    std::string referentName;
    Date entryDate;
    EntryValidation state = EntryValidation::Pending;
    std::string note; // the reason of a refusal
};

// The waiting entries (and the refused ones too when `withRefused`), by entry date, then name.
std::vector<EntryToValidate> loadEntriesToValidate(Database& db, bool withRefused = false);

} // namespace parcours
