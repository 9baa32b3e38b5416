// `demo`: a synthetic PLIE written into a database of its own, never into real data.
#pragma once

#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "store/DatabaseKey.h"
#include "interchange/Progress.h"

#include <filesystem>
#include <stdexcept>

namespace parcours {

class Database;

class DemoRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Fills `databasePath` with a demo PLIE. Refuses (DemoRefused, in French) a database that
// already holds participants or a PLIE's identity (name or code): demo data never mixes with
// real data nor takes a real PLIE's name. A missing database is built aside and moved into
// place whole, as importFolderIntoFile does (DemoRefused when another program created it
// meanwhile). Returns how many rows of each kind it wrote.
// With a `key`, a new base is encrypted and an encrypted one is opened with it.
InterchangeCounts createDemoDatabase(const std::filesystem::path& databasePath, const Clock& clock,
                                     const DemoOptions& options, const Progress& progress = {},
                                     const DatabaseKey& key = {});

} // namespace parcours
