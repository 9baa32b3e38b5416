// The PLIE's own identity (name and code), set from the application or `parcours-cli plie`.
#pragma once

#include "domain/Clock.h"
#include "domain/PlieSettings.h"
#include "store/Operation.h"

#include <string>

namespace parcours {

class Database;

Change setPlieIdentity(Database& db, const Clock& clock, const PlieSettings& settings);
// « À faire » lists an open pathway after this many days without a contact (1 to 365);
// refuses other numbers with a RuleError.
Change setDaysWithoutContact(Database& db, const Clock& clock, int days);
// Whether a new pathway recorded in the application (a new participant.e, a new pathway for
// someone who comes back) waits for a coordinator's validation. Turning it off leaves the
// entries already waiting as they are, to be decided on.
Change setEntriesNeedValidation(Database& db, const Clock& clock, bool on);
// The RGPD information notice: the PLIE's name and contact as the notice shows them, and its
// template (a text equal to the built-in one is kept as "", so that a later version's wording
// applies). A blank name is refused with a RuleError.
Change setInformationNotice(Database& db, const Clock& clock, const std::string& plieName, const std::string& contact,
                            const std::string& noticeTemplate);

} // namespace parcours
