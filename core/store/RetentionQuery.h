// Who is due for archiving on a day (retention.md), and the PLIE's retention period.
#pragma once

#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <string>
#include <vector>

namespace parcours {

class Database;

// A participant.e's file due for archiving: every pathway has an exit and their latest
// record is before the limit.
struct DueFile {
    RowId participantId = 0;
    std::string uuid;
    std::string lastName;
    std::string firstName;
    std::string referentName; // of their latest pathway
    Date lastDate;            // the latest date of all their records
};

// The PLIE's retention period R in months (plie_settings.retention_months, 24 when the PLIE
// row is not written yet).
int retentionMonths(Database& db);

// The files due on `day` with a period of `months`, not archived yet, by name. A person
// without any pathway has no dated record and is never due (see the decision in the docs).
std::vector<DueFile> filesDueForArchiving(Database& db, const Date& day, int months);

} // namespace parcours
