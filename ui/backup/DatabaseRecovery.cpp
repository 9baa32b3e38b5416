// The restore the user asks for, and the offer of a backup for a damaged base.
#include "ui/backup/DatabaseRecovery.h"

#include "backup/BackupFolder.h"
#include "backup/BackupRestore.h"
#include "store/StoreError.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitCursor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

#include <exception>
#include <optional>

namespace parcours::ui {

namespace fs = std::filesystem;

namespace {

QString shown(const fs::path& path)
{
    return QDir::toNativeSeparators(toQString(path)).toHtmlEscaped();
}

// The damaged file and its -wal back where they were, after a restore that failed.
void putBack(const fs::path& aside, const fs::path& database)
{
    std::error_code ignored;
    fs::rename(aside, database, ignored);
    const fs::path log = fs::path(aside.string() + "-wal");
    if (fs::exists(log, ignored))
        fs::rename(log, fs::path(database.string() + "-wal"), ignored);
}

} // namespace

QString backupTimeText(const QString& instantUtc)
{
    QDateTime instant = QDateTime::fromString(instantUtc, Qt::ISODate);
    if (!instant.isValid())
        return instantUtc;
    instant.setTimeSpec(Qt::UTC);
    const QDateTime local = instant.toLocalTime();
    //: A backup's date and time: « mardi 1 décembre 2026 à 10:14 » (%1 the day, %2 the time)
    return QCoreApplication::translate("DatabaseRecovery", "%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
             QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool confirmRestore(QWidget* parent, const fs::path& database, const fs::path& backup)
{
    const std::optional<BackupFile> named = parseBackupName(backup.filename().string());
    const QString from = named ? QCoreApplication::translate("DatabaseRecovery", "the backup of %1")
                                     .arg(backupTimeText(toQString(named->instant)))
                               : QCoreApplication::translate("DatabaseRecovery", "the file %1").arg(shown(backup));
    const QString question =
        QCoreApplication::translate(
            "DatabaseRecovery",
            "<p>Put %1 in place of the database <b>%2</b>?</p>"
            "<p>What was written since that backup will no longer show. The current database is not "
            "deleted: it is kept beside it, as <i>%3.remplacee-…</i>, and can be restored in its turn.</p>")
            .arg(from, shown(database), shown(database.filename()));
    return MessageBox::askToChoose(parent, QMessageBox::Question,
                                   QCoreApplication::translate("DatabaseRecovery", "Restore a backup"), question,
                                   QCoreApplication::translate("DatabaseRecovery", "Restore"),
                                   QCoreApplication::translate("DatabaseRecovery", "Cancel"))
           == QMessageBox::Yes;
}

bool restoreConfirmed(QWidget* parent, const fs::path& database, const fs::path& backup, const Clock& clock,
                      fs::path* keptAside, const DatabaseKey& key)
{
    try {
        const WaitCursor wait;
        const RestoreResult result = restoreBackup(database, backup, clock, key);
        *keptAside = result.keptAside.value_or(fs::path());
    } catch (const std::exception& error) {
        MessageBox::warning(parent, QCoreApplication::translate("DatabaseRecovery", "Restore a backup"),
                            QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

std::optional<fs::path> offerBackupForDamaged(QWidget* parent, const fs::path& database, const QString& message,
                                              bool uncleanShutdown, const DatabaseKey& key)
{
    const QString title = QCoreApplication::translate("DatabaseRecovery", "Damaged database");
    QString text;
    if (uncleanShutdown)
        text += QCoreApplication::translate(
            "DatabaseRecovery",
            "<p>Parcours was not closed properly the last time (a crash, or the computer turned off), "
            "and the database is now damaged.</p>");
    text += QCoreApplication::translate(
                "DatabaseRecovery",
                "<p>The database <b>%1</b> is damaged: Parcours will not write into it.</p><p><small>%2</small></p>")
                .arg(shown(database), message.toHtmlEscaped());
    std::optional<BackupFile> backup;
    {
        const WaitCursor wait; // each backup is checked, newest first
        backup = newestSoundBackup(database, key);
    }
    if (!backup) {
        text +=
            QCoreApplication::translate(
                "DatabaseRecovery", "<p>There is no sound backup of it. The damaged file stays where it is, untouched: "
                                    "<b>%1</b>. Make a copy of it and ask for help before anything else.</p>")
                .arg(shown(database));
        MessageBox::critical(parent, title, text);
        return std::nullopt;
    }
    text += QCoreApplication::translate(
                "DatabaseRecovery",
                "<p>The newest sound backup dates from <b>%1</b>. Restore it? What was written since then will "
                "be missing. The damaged file will be kept beside it, as <i>%2.endommagee-…</i>, never deleted.</p>")
                .arg(backupTimeText(toQString(backup->instant)), shown(database.filename()));
    if (MessageBox::askToChoose(parent, QMessageBox::Critical, title, text,
                                QCoreApplication::translate("DatabaseRecovery", "Restore the backup"),
                                QCoreApplication::translate("DatabaseRecovery", "Open nothing"))
        != QMessageBox::Yes)
        return std::nullopt;
    return backup->path;
}

bool restoreOverDamaged(QWidget* parent, const fs::path& database, const fs::path& backup, const Clock& clock,
                        const DatabaseKey& key)
{
    std::optional<fs::path> aside;
    try {
        const WaitCursor wait;
        aside = setAside(database, "endommagee", clock);
        restoreBackup(database, backup, clock, key); // nothing left to set aside: the damaged file is aside once
    } catch (const std::exception& error) {
        if (aside)
            putBack(*aside, database);
        MessageBox::critical(
            parent, QCoreApplication::translate("DatabaseRecovery", "Damaged database"),
            QCoreApplication::translate("DatabaseRecovery",
                                        "<p>The backup could not be restored: %1</p><p>The damaged database is still "
                                        "<b>%2</b>.</p>")
                .arg(QString::fromUtf8(error.what()).toHtmlEscaped(), shown(database)));
        return false;
    }
    return true;
}

bool recoverDamaged(QWidget* parent, const fs::path& database, const QString& message, const Clock& clock,
                    bool uncleanShutdown, const DatabaseKey& key)
{
    const std::optional<fs::path> backup = offerBackupForDamaged(parent, database, message, uncleanShutdown, key);
    return backup && restoreOverDamaged(parent, database, *backup, clock, key);
}

} // namespace parcours::ui
