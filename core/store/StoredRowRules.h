// The rules of the domain checked on a row as it now stands in the database, with its
// pathway and person around it: how a replayed or undone operation is held to the same
// rules as the forms.
#pragma once

#include "domain/Rules.h"

#include <string>
#include <string_view>

namespace parcours {

class Database;

// The rules the row of `entity` with that UUID breaks (none when it no longer exists).
Violations checkStoredRow(Database& db, std::string_view entity, const std::string& uuid);

} // namespace parcours
