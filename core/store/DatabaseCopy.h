// A checked copy of a database by SQLite's online backup: the schema upgrades' copy, the backups.
#pragma once

#include "store/DatabaseKey.h"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

namespace parcours {

// What a check of a copy found: sound when SQLite's quick_check passes and the file is a
// Parcours database of a schema this version knows.
struct CopyCheck {
    bool sound = false;
    int schemaVersion = 0;
    std::string problem;   // French, empty when sound: « la vérification de SQLite a échoué : … »
    bool wrongKey = false; // an encrypted file the key given does not open (or a damaged one)
};

// Opens `file` read-only (never creating it, nor a -wal beside a copy this file wrote) and checks it.
// Never throws for a damaged or foreign file: that is an unsound CopyCheck. An encrypted file is
// opened with `key` (a plain one without): a wrong key makes an unsound check.
CopyCheck checkDatabaseCopy(const std::filesystem::path& file, const DatabaseKey& key = {});

// Copies the main database of `source` into `target`, a file that must not exist yet, with
// SQLite's online backup (a consistent snapshot, even while other connections write). The
// copy is written to a temporary file of its own beside `target`, created private (0600
// whatever the umask), in rollback-journal mode (a single file), then checked
// (checkDatabaseCopy) and only then renamed to `target`. Throws StoreError in French, naming
// `target`, and leaves nothing behind when the copy cannot be written or is not sound.
// The copy of an encrypted source is encrypted with the same `key`, which must be the source's.
void copyDatabase(SQLite::Database& source, const std::filesystem::path& target, const DatabaseKey& key = {});

// The same from the file `source`, opened read-only (with `key` when it is encrypted).
void copyDatabaseFile(const std::filesystem::path& source, const std::filesystem::path& target,
                      const DatabaseKey& key = {});

// A new private, empty temporary beside `target` (platform/AtomicFile's hidden name), created
// exclusively: never a fixed name, never through a symbolic link. Throws StoreError in French.
std::filesystem::path createTemporaryBeside(const std::filesystem::path& target);

// `key` for a file that looks encrypted (looksEncrypted), no key for a plain one: the key to
// open a backup with, as a folder may hold backups taken before the base was encrypted.
DatabaseKey keyForFile(const std::filesystem::path& file, const DatabaseKey& key);

// Before a copy is made of `file`: PassphraseRequired (in French) when it is encrypted and `key`
// is empty, WrongPassphrase when `key` does not open it. Nothing for a plain or missing file
// (the copy itself says what is wrong with it).
void requireKeyOpens(const std::filesystem::path& file, const DatabaseKey& key);

} // namespace parcours
