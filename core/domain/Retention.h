// Retention (retention.md): when a participant.e's file is due for archiving, and what an
// archived file holds where the schema asks for a value.
#pragma once

#include "domain/Date.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"

namespace parcours {

// The schema wants a non-empty name and a real birth date on every participant.e: an archived
// file holds these neutral values, the same for everyone, instead of the erased ones.
inline constexpr const char* kArchivedName = "(archivé.e)";
Date archivedBirthDate(); // 1 January 1900

inline constexpr int kDefaultRetentionMonths = 24;
inline constexpr int kMinimumRetentionMonths = 1;
inline constexpr int kMaximumRetentionMonths = 240;

// month(D, -R): R months before `day`, clamped to the end of a shorter month. A file whose
// latest record is before this day is due (every pathway having an exit).
Date retentionLimit(const Date& day, int months);

// Whole years at the pathway's entry: the age kept on the pathway once its file is archived,
// otherwise from the birth date (consolidation.md's rule, 29 February included).
int ageAtEntry(const Pathway& pathway, const Participant& person);

// Replaces what identifies the person by the neutral values and sets the flag (the external
// id is the caller's to replace).
void eraseIdentity(Participant& person);

} // namespace parcours
