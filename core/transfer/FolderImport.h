// `import`: an interchange folder into a database, all or nothing.
#pragma once

#include "domain/Clock.h"
#include "store/DatabaseKey.h"
#include "interchange/ImportError.h"
#include "interchange/InterchangeData.h"
#include "interchange/Progress.h"

#include <filesystem>

namespace parcours {

class Database;

struct ImportResult {
    ImportErrors errors; // every problem found; nothing was written when there is any
    InterchangeCounts summary;
    bool succeeded() const { return errors.empty(); }
};

// Reads and checks the whole folder, then writes it in one transaction. When another program
// wrote to the base meanwhile and the write fails for it, throws StoreError (French, « modifiée
// par un autre programme pendant l'import ») and writes nothing.
ImportResult importFolder(Database& db, const Clock& clock, const std::filesystem::path& folder,
                          const Progress& progress = {});

// The same into the database file `databasePath`, created when missing, but only once the
// folder is known to be valid: a refused import leaves no new file behind. A missing database
// is built in a hidden temporary of its folder and moved into place only when complete and
// only if no other program created that file meanwhile (then StoreError: nothing imported,
// nothing removed). Throws StoreError when the database cannot be opened or written.
// With a `key`, a new base is encrypted and an encrypted one is opened with it.
ImportResult importFolderIntoFile(const std::filesystem::path& databasePath, const Clock& clock,
                                  const std::filesystem::path& folder, const Progress& progress = {},
                                  const DatabaseKey& key = {});

} // namespace parcours
