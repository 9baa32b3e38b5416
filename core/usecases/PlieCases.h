// The PLIE's own identity (name and code), set from the application or `parcours-cli plie`.
#pragma once

#include "domain/Clock.h"
#include "domain/PlieSettings.h"
#include "store/Operation.h"

namespace parcours {

class Database;

Change setPlieIdentity(Database& db, const Clock& clock, const PlieSettings& settings);

} // namespace parcours
