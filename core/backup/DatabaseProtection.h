// « Protéger la base » and `parcours-cli encrypt`: the base and every copy Parcours keeps of it
// rewritten with a new key, so that none stays readable without it.
#pragma once

#include "store/DatabaseKey.h"

#include <filesystem>
#include <string>
#include <vector>

namespace parcours {

struct ProtectionReport {
    int copiesRewritten = 0;             // backups and other copies rewritten with the new key
    std::vector<std::string> copiesLeft; // French, one per copy that could not be rewritten, and why
};

// The copies of `database` that Parcours keeps: its backups (backupFolderFor), the copies taken
// before a schema upgrade (« suivi.parcours.avant-schema-6.bak ») and the bases set aside by a
// restore or as damaged (« suivi.parcours.remplacee-….sqlite », « …endommagee-… »).
std::vector<std::filesystem::path> keptCopiesOf(const std::filesystem::path& database);

// Rewrites `database` with `next` (reencryptDatabaseFile: encrypts a plain base when `current`
// is empty, changes the passphrase otherwise), then each of its kept copies that `current` (or
// no key, for a copy older than the encryption) opens. A copy that cannot be rewritten (a
// damaged one, one under an older passphrase) is listed in the report, left as it was. Throws
// StoreError in French when the base itself cannot be rewritten (open elsewhere, wrong key,
// damaged): then nothing was changed.
ProtectionReport protectDatabase(const std::filesystem::path& database, const DatabaseKey& current,
                                 const DatabaseKey& next);

} // namespace parcours
