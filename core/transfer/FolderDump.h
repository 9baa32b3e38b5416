// `dump`: the whole database written back as an interchange folder.
#pragma once

#include <filesystem>

namespace parcours {

class Database;

// Writes the eight interchange files of everything `db` holds into `folder` (created
// when missing). Throws FolderWriteError or StoreError, in French.
void dumpDatabase(Database& db, const std::filesystem::path& folder);

} // namespace parcours
