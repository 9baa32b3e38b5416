// The whole content of a database as InterchangeData: written by an import in one
// transaction, read back by a dump.
#pragma once

#include "domain/Clock.h"
#include "interchange/FolderReader.h"
#include "interchange/InterchangeData.h"
#include "interchange/Progress.h"

namespace parcours {

class Database;

// The external ids and PLIE identity an import must not clash with.
ExistingIds loadExistingIds(Database& db);

// Writes everything in `data` in one transaction, rows created with the clock's
// instant; référent.e.s and opérateurs found or created by name. The rows must have
// been checked (readInterchangeFolder, generateDemo): only the schema's constraints
// are checked again. On any failure nothing is written (StoreError).
void writeInterchangeData(Database& db, const Clock& clock, InterchangeData& data, const Progress& progress = {});

// Everything the database holds, pathways pointing at their participant by position.
InterchangeData loadInterchangeData(Database& db);

} // namespace parcours
