// The main window's part in keeping the base safe: its open marker, its backups, a restore, and
// the offer of a backup when the base is found damaged.
#include "ui/main/MainWindow.h"

#include "backup/BackupFolder.h"
#include "backup/OpenMarker.h"
#include "store/Database.h"
#include "ui/backup/AutomaticBackups.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/backup/DatabaseRecovery.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitCursor.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <exception>
#include <utility>

namespace parcours::ui {

void MainWindow::startSafeguards()
{
    m_safeguards = true;
    watchOwnDatabase();
}

void MainWindow::watchOwnDatabase()
{
    if (!m_safeguards)
        return;
    const std::filesystem::path path = m_own->path();
    const bool unclean = wasClosedUncleanly(path); // read before this window's marker replaces it
    m_marker.reset();
    try {
        m_marker = std::make_unique<OpenMarker>(path);
    } catch (const std::exception&) { // NOLINT(bugprone-empty-catch)
        // A folder Parcours cannot write a file into: the base opens as before, without a marker.
    }
    if (unclean)
        statusBar()->showMessage(tr("Parcours was not closed properly the last time. The database was checked as "
                                    "it opened: it is sound."),
                                 60000);
    m_backups->watch(path, m_own->key(), m_backUpAtOpen);
}

QString MainWindow::backUpNow()
{
    QString written;
    try {
        const WaitCursor wait; // a user's request: short, and the result is said at once
        m_backups->wait();
        written = toQString(parcours::backupNow(m_own->path(), m_clock, m_own->key()));
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Back up now"), QString::fromUtf8(error.what()));
        return {};
    }
    statusBar()->showMessage(
        tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(QFileInfo(written).fileName())), 15000);
    return written;
}

void MainWindow::chooseBackupToRestore()
{
    BackupsDialog dialog(m_own->path(), this, m_own->key());
    if (dialog.exec() == QDialog::Accepted)
        restoreFrom(toQString(dialog.chosenBackup()));
}

bool MainWindow::restoreFrom(const QString& backup)
{
    const std::filesystem::path path = m_own->path();
    if (!confirmRestore(this, path, toPath(backup)) || !closeParticipantFiles(false))
        return false;
    std::filesystem::path keptAside;
    bool restored = false;
    const DatabaseKey key = m_own->key();
    withOwnFileReleased([&] { restored = restoreConfirmed(this, path, toPath(backup), m_clock, &keptAside, key); });
    if (restored)
        statusBar()->showMessage(keptAside.empty()
                                     ? tr("Backup restored.")
                                     : tr("Backup restored. The replaced database is kept as %1.")
                                           .arg(QDir::toNativeSeparators(toQString(keptAside.filename()))),
                                 60000);
    return restored;
}

void MainWindow::withOwnFileReleased(const std::function<void()>& work, const DatabaseKey* reopenWith)
{
    closeParticipantFiles(true);
    const std::filesystem::path path = m_own->path();
    const DatabaseKey previousKey = m_own->key();
    const bool askReferent = std::exchange(m_askReferentWhenUnknown, false);
    m_backups->wait(); // a backup reading the file ends first
    m_marker.reset();
    {
        // The models leave the file for an empty base in memory; the demo goes too.
        const std::unique_ptr<Database> previous =
            std::exchange(m_own, std::make_unique<Database>(":memory:", OpenMode::CreateIfMissing));
        const std::unique_ptr<Database> previousDemo = std::move(m_demo);
        restoreOwnFilters();
        showCurrentDatabase();
    }
    work();
    std::unique_ptr<Database> reopened;
    QString failure;
    try {
        reopened = std::make_unique<Database>(path, OpenMode::ExistingOnly, reopenWith ? *reopenWith : previousKey);
    } catch (const std::exception& error) {
        failure = QString::fromUtf8(error.what());
    }
    m_askReferentWhenUnknown = askReferent;
    if (!reopened) {
        MessageBox::critical(this, tr("Database not opened"),
                             tr("%1\n\nParcours closes without writing into it.").arg(failure));
        m_closingDamaged = true;
        close();
        return;
    }
    m_backUpAtOpen = false;               // its backups are what it was restored from
    openOwnDatabase(std::move(reopened)); // its marker and its hourly look again
    m_backUpAtOpen = true;
}

void MainWindow::damageFound(const QString& database, const QString& message)
{
    if (!m_damage.isEmpty() || m_closingDamaged
        || QFileInfo(database).absoluteFilePath() != QFileInfo(toQString(m_own->path())).absoluteFilePath())
        return; // the demo's, or already said
    m_damage = message;
    QTimer::singleShot(0, this, &MainWindow::offerRecoveryWhenFree);
}

void MainWindow::offerRecoveryWhenFree()
{
    if (QApplication::activeModalWidget()) { // the message of the write that met the damage, a dialog
        QTimer::singleShot(std::chrono::milliseconds(300), this, &MainWindow::offerRecoveryWhenFree);
        return;
    }
    const QString message = std::exchange(m_damage, QString());
    closeParticipantFiles(true); // nothing of theirs can be written any more
    const std::filesystem::path path = m_own->path();
    const DatabaseKey key = m_own->key();
    const std::optional<std::filesystem::path> backup = offerBackupForDamaged(this, path, message, false, key);
    if (!backup) {
        MessageBox::information(this, tr("Damaged database"),
                                tr("Parcours closes without writing into the damaged database. It will offer a "
                                   "backup again the next time it opens it."));
        m_closingDamaged = true;
        close();
        return;
    }
    bool restored = false;
    withOwnFileReleased([&] { restored = restoreOverDamaged(this, path, *backup, m_clock, key); });
    if (restored)
        statusBar()->showMessage(tr("Backup restored; the damaged database is kept beside it."), 60000);
}

} // namespace parcours::ui
