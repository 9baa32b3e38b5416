// The caseload as the home screen lists it: one row per participant, from their latest pathway.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>
#include <string>
#include <vector>

namespace parcours {

class Database;

struct CaseloadRow {
    RowId participantId = 0;
    RowId pathwayId = 0; // the latest pathway (by entry date); 0 when none
    std::string lastName;
    std::string firstName;
    Date birthDate;
    std::string city;
    std::string franceTravailId;
    RowId referentId = 0;
    std::string referentName;
    std::optional<Date> entryDate;
    std::optional<Date> exitDate;        // the latest pathway's exit, even one still to come
    std::optional<PathwayStatus> status; // on `today`
    std::optional<Date> lastContact;     // the latest pathway's last contact on or before `today`
    std::optional<Date> nextAction;      // the latest pathway's earliest planned action not done
};

// Every participant, by last name then first name, in one query (fast for thousands).
std::vector<CaseloadRow> loadCaseload(Database& db, const Date& today);

} // namespace parcours
