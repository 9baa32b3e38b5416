// The catalogue of opérateurs kept tidy: an opérateur renamed, two spellings of one
// opérateur merged. Each writes in one transaction through the recording store and returns
// its operations (the Change an undo takes back).
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"
#include "store/Operation.h"

#include <string>

namespace parcours {

class Database;

// Refuses (RuleError, in French) an empty name and a name another opérateur has (accents
// and case set aside: merge them instead). The same name again writes nothing.
Change renameOperator(Database& db, const Clock& clock, RowId operatorId, const std::string& name);
// Every step of `from` is run by `into` from now on, and `from` is deleted. Refused when
// either is unknown or both are the same.
Change mergeOperators(Database& db, const Clock& clock, RowId from, RowId into);

} // namespace parcours
