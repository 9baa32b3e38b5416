// The main window's part in protecting the base: encrypting it, changing its passphrase, and
// saying in the status bar whether it is encrypted.
#include "ui/main/MainWindow.h"

#include "backup/DatabaseProtection.h"
#include "store/Database.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitCursor.h"
#include "ui/privacy/LockCode.h"
#include "ui/privacy/LockSettingsDialog.h"
#include "ui/privacy/PassphrasePrompt.h"
#include "ui/privacy/WindowLock.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>

namespace parcours::ui {

bool MainWindow::protectOwnDatabase()
{
    if (showsDemo())
        showOwnDatabase();
    const bool encrypted = m_own->isEncrypted();
    const std::filesystem::path path = m_own->path();
    const std::optional<DatabaseKey> next = PassphrasePrompt::ask(
        this, encrypted ? PassphrasePrompt::Purpose::Change : PassphrasePrompt::Purpose::Protect, toQString(path));
    if (!next || next->empty() || !closeParticipantFiles(false))
        return false;
    const DatabaseKey current = m_own->key();
    DatabaseKey reopenWith = current;
    QString failure;
    ProtectionReport report;
    withOwnFileReleased(
        [&] {
            const WaitCursor wait;
            try {
                report = protectDatabase(path, current, *next);
                reopenWith = *next;
            } catch (const std::exception& error) {
                failure = QString::fromUtf8(error.what());
            }
        },
        &reopenWith);
    const QString title = encrypted ? tr("Change the passphrase") : tr("Protect the database");
    if (!failure.isEmpty()) {
        MessageBox::warning(this, title, failure);
        return false;
    }
    QString text = encrypted ? tr("The passphrase is changed.") : tr("The database is now encrypted.");
    if (report.copiesRewritten > 0)
        text += QLatin1Char(' ') + tr("%n backup(s) encrypted with it.", nullptr, report.copiesRewritten);
    if (report.copiesLeft.empty()) {
        MessageBox::information(this, title,
                                text + QLatin1Char(' ')
                                    + tr("Keep the passphrase somewhere safe: forgotten, it cannot be recovered."));
    } else {
        QStringList left;
        for (const std::string& copy : report.copiesLeft)
            left << toQString(copy).toHtmlEscaped();
        MessageBox::warning(this, tr("Copies left as they were"),
                            tr("<p>%1</p><p>These copies could not be encrypted; delete them if they are of no "
                               "use:</p><ul><li>%2</li></ul>")
                                .arg(text.toHtmlEscaped(), left.join(QStringLiteral("</li><li>"))));
    }
    statusBar()->showMessage(text, 30000);
    return true;
}

void MainWindow::createLock()
{
    m_lock = new WindowLock(this, [this](const QString& secret) {
        if (m_own->isEncrypted())
            return LockCode::equalSecrets(secret.toUtf8(), QByteArray::fromStdString(m_own->key().passphrase()));
        return !LockCode::isSet() || LockCode::matches(secret);
    });
    // The settings are read again at each lock: the prompt says what unlocks now.
    connect(m_lock, &WindowLock::lockedChanged, this, [this](bool locked) {
        if (locked)
            updateProtectionState();
    });
}

void MainWindow::chooseLockSettings()
{
    LockSettingsDialog dialog(m_own->isEncrypted(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_lock->setIdleTimeout(std::chrono::minutes(WindowLock::idleMinutes()));
}

void MainWindow::updateProtectionState()
{
    if (m_own->isEncrypted())
        m_lock->setPrompt(tr("Type the database's passphrase."));
    else if (LockCode::isSet())
        m_lock->setPrompt(tr("Type your lock code."));
    else
        m_lock->setPrompt(tr("No lock code is chosen: click Unlock. To keep others out, choose a code (File › Lock "
                             "settings…) or protect the database with a passphrase."));
    const bool encrypted = m_own->isEncrypted();
    m_protectAction->setText(encrypted ? tr("Change the &passphrase…") : tr("&Protect the database…"));
    m_protectAction->setEnabled(!m_own->isReadOnly());
    if (showsDemo()) {
        m_protection->clear();
        return;
    }
    m_protection->setText(encrypted ? tr("Encrypted database") : tr("Unencrypted database"));
    m_protection->setToolTip(encrypted ? tr("The file cannot be read without its passphrase.")
                                       : tr("Anyone who gets the file can read it: File › Protect the database…"));
}

} // namespace parcours::ui
