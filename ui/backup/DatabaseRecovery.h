// Putting a backup in place of the base, in the user's words: the date of a backup, the restore
// the user asked for, the offer of the newest sound backup when the base is damaged.
#pragma once

#include "store/DatabaseKey.h"

#include <QString>

#include <filesystem>
#include <optional>

class QWidget;

namespace parcours {
class Clock;
} // namespace parcours

namespace parcours::ui {

// An instant of the backups' names (UTC, « 2026-12-01T09:14:03Z ») in the user's local time:
// « mardi 1 décembre 2026 à 10:14 ».
QString backupTimeText(const QString& instantUtc);

// A size in the user's words: « 1,2 Mo ».
QString fileSizeText(qint64 bytes);

// Asks the user to confirm that the backup file `backup` is to take the place of `database`,
// telling that the base replaced is kept aside (« …remplacee-… »), never removed.
bool confirmRestore(QWidget* parent, const std::filesystem::path& database, const std::filesystem::path& backup);

// Puts `backup` in place of `database` (restoreBackup): the base replaced kept aside. `database`
// must not be open (the caller lets go of it first). True when done, the replaced base's new
// path in `keptAside` (empty when there was none); otherwise says why in a box.
// An encrypted backup is opened with `key`, the base's.
bool restoreConfirmed(QWidget* parent, const std::filesystem::path& database, const std::filesystem::path& backup,
                      const Clock& clock, std::filesystem::path* keptAside, const DatabaseKey& key = {});

// The store found `database` damaged (`message`). Says so in plain French (`uncleanShutdown`:
// after Parcours ended without closing it) and offers its newest sound backup, by its date.
// Returns the backup accepted; nullopt when refused, or when there is none (the box then says
// where the damaged file stays).
std::optional<std::filesystem::path> offerBackupForDamaged(QWidget* parent, const std::filesystem::path& database,
                                                           const QString& message, bool uncleanShutdown,
                                                           const DatabaseKey& key = {});

// Puts `backup` in place of the damaged `database`: the damaged file goes aside once
// (« …endommagee-… »), then the backup takes its place. True when done; otherwise says why,
// the damaged file back in place. `database` must not be open.
bool restoreOverDamaged(QWidget* parent, const std::filesystem::path& database, const std::filesystem::path& backup,
                        const Clock& clock, const DatabaseKey& key = {});

// offerBackupForDamaged, then restoreOverDamaged when accepted.
bool recoverDamaged(QWidget* parent, const std::filesystem::path& database, const QString& message, const Clock& clock,
                    bool uncleanShutdown, const DatabaseKey& key = {});

} // namespace parcours::ui
