// Encrypting a base in place, or changing its passphrase (SQLCipher's sqlcipher_export).
#pragma once

#include "store/DatabaseKey.h"

#include <filesystem>

namespace parcours {

// Rewrites `file`, a Parcours base or a copy of one, with the key `next` (empty: plain):
// checked first (checkDatabaseCopy with `current`, empty for a plain file), locked so that no
// other connection has it open, exported whole by sqlcipher_export into a private temporary
// beside it, that copy checked with `next`, then renamed over `file` and the folder synced.
// No copy in the old form is left beside it (the blocks the old file used on the disk are the
// file system's to reuse). Throws StoreError in French, leaving every file as it was: a file
// open elsewhere, a wrong key, a damaged file, a full disk.
void reencryptDatabaseFile(const std::filesystem::path& file, const DatabaseKey& current, const DatabaseKey& next);

} // namespace parcours
