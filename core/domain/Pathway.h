// A pathway (parcours): entry, situation at entry, holds, hires and exit of one person.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>
#include <string>
#include <vector>

namespace parcours {

struct SituationAtEntry {
    EducationLevel education = EducationLevel::Unknown;
    bool rsa = false;
    bool deld = false;
    bool rqth = false;
    bool otherDifficulty = false;
};

// A hire. The current one has no end while its six-month follow-up runs; earlier
// ones broke before six months and carry their end.
struct Hire {
    RecordIdentity record;
    Date hireDate;
    ContractType contract = ContractType::Cdi;
    EmployerCategory employer = EmployerCategory::Entreprise;
    char nafSection = 'A';
    std::optional<Date> endDate;
    std::string endReason;
    std::string employerName;    // for the follow-up calls
    std::string employerContact; // the person to call there (name, phone)
};

// A period on hold (veille); open while it has no end.
struct Hold {
    RecordIdentity record;
    Date start;
    std::optional<Date> end;
    std::string reason;
};

struct PathwayExit {
    Date date;
    ExitReason reason = ExitReason::AutreSansSuite;
};

struct Pathway {
    RecordIdentity record;
    RowId participantId = 0;
    RowId referentId = 0;
    Date entryDate;
    SituationAtEntry situation;
    std::optional<Hire> currentHire; // the latest hire, the one the follow-up is about
    std::vector<Hire> earlierHires;  // hires that broke before six months
    std::vector<Hold> holds;
    std::optional<PathwayExit> exit;
    // The coordinator's validation of the entry (when the PLIE asks for it), and the reason of a refusal.
    EntryValidation entryValidation = EntryValidation::None;
    std::string entryValidationNote;
    // Whole years at the entry date, kept when the file is archived and its birth date erased.
    std::optional<int> ageAtEntry;

    bool isOpen() const { return !exit.has_value(); }
    // The state on `day`: exited once the exit date is reached, in follow-up while
    // the current hire runs, on hold during a hold, active otherwise.
    PathwayStatus statusOn(const Date& day) const;
    // The hold that covers `day`, if any.
    const Hold* holdOn(const Date& day) const;
    // The hold without an end, if any (at most one).
    const Hold* openHold() const;
    Hold* openHold();
    // A current hire without an end: its six-month follow-up runs (whatever the exit says).
    bool hireRuns() const { return currentHire && !currentHire->endDate; }
};

} // namespace parcours
