// `import`: an interchange folder into a database, all or nothing.
#pragma once

#include "domain/Clock.h"
#include "interchange/ImportError.h"
#include "interchange/InterchangeData.h"
#include "interchange/Progress.h"

#include <filesystem>

namespace parcours {

class Database;

struct ImportResult {
    ImportErrors errors;  // every problem found; nothing was written when there is any
    InterchangeCounts summary;
    bool succeeded() const { return errors.empty(); }
};

// Reads and checks the whole folder, then writes it in one transaction.
ImportResult importFolder(Database& db, const Clock& clock, const std::filesystem::path& folder,
                          const Progress& progress = {});

// The same into the database file `databasePath`, created when missing, but only once the
// folder is known to be valid: a refused import leaves no new file behind. Throws
// StoreError when the database cannot be opened or written (and removes a file it created).
ImportResult importFolderIntoFile(const std::filesystem::path& databasePath, const Clock& clock,
                                  const std::filesystem::path& folder, const Progress& progress = {});

} // namespace parcours
