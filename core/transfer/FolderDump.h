// `dump`: the whole database written back as an interchange folder.
#pragma once

#include "interchange/InterchangeData.h"

#include <filesystem>

namespace parcours {

class Database;

// Writes the nine interchange files of everything `db` holds into `folder` (created
// when missing); returns how many rows of each kind. Throws FolderWriteError or
// StoreError, in French.
InterchangeCounts dumpDatabase(Database& db, const std::filesystem::path& folder);

} // namespace parcours
