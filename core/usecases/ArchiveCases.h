// Archiving the files due (retention.md): what identifies each person erased, in one
// transaction, leaving no trace in the database file nor in its operations.
#pragma once

#include "domain/Clock.h"
#include "domain/Date.h"
#include "store/RetentionQuery.h"

#include <cstddef>
#include <vector>

namespace parcours {

class Database;

// Archives the files due on `day` with a period of `months` (filesDueForArchiving), all in
// one transaction, and returns them. For each person: every pathway keeps its age at entry
// (whole years, computed from the birth date before it goes); names and birth date take the
// neutral values of Retention.h; postcode, city, phone, e-mail and France Travail id are
// emptied; the external id becomes a new random one; every free text of their records is
// emptied (contact and action notes, step labels, hold reasons, hire end reasons, employer
// name and contact, the reason of a refused entry); archived = 1. The operations of their
// file are rewritten the same way, and the conflicts about their rows dropped. Runs with
// SQLite's secure_delete, so that the erased values are overwritten in the file.
// The archiving itself records no operation (see the docs: an operation would carry the
// erased values or be replayed where nothing is due).
std::vector<DueFile> archiveDueFiles(Database& db, const Clock& clock, const Date& day, int months);

// Archives these files (as listed by filesDueForArchiving a moment ago); a file no longer
// due (archived meanwhile, a new record) is left as it is. Returns those archived.
std::vector<DueFile> archiveFiles(Database& db, const Clock& clock, const Date& day, int months,
                                  const std::vector<DueFile>& files);

} // namespace parcours
