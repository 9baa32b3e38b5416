// Opening the database at start, and telling the user in French why it cannot be used.
#include "ui/main/StartupDatabase.h"

#include "backup/OpenMarker.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "ui/backup/DatabaseRecovery.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/privacy/PassphrasePrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <exception>

namespace parcours::ui {

namespace {

QString cannotOpenText(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("StartupDatabase", "<p>The database <b>%1</b> cannot be opened.</p><p>%2</p>")
        .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), reason.toHtmlEscaped());
}

void explain(const QString& path, const QString& reason)
{
    MessageBox::critical(nullptr, QCoreApplication::translate("StartupDatabase", "Parcours cannot start"),
                         cannotOpenText(path, reason));
}

// `open(key)` until it opens: an encrypted base asks for its passphrase, again after a wrong one;
// nullptr when the user cancels (nothing to explain then).
template <typename Open>
std::unique_ptr<Database> openedWithPassphrase(QWidget* parent, const QString& path, Open&& open, DatabaseKey& key)
{
    QString problem;
    for (;;) {
        try {
            return open(key);
        } catch (const PassphraseRequired&) {
            problem.clear();
        } catch (const WrongPassphrase&) {
            problem = QCoreApplication::translate("StartupDatabase",
                                                  "This passphrase does not open the database. Type it again.");
        }
        std::optional<DatabaseKey> given =
            PassphrasePrompt::ask(parent, PassphrasePrompt::Purpose::Open, path, problem);
        if (!given)
            return nullptr;
        key = std::move(*given);
    }
}

// Why `open` failed, in French: the store's message is already; anything else is unexpected. A
// damaged base is offered its newest sound backup, which is opened when accepted.
template <typename Open>
std::unique_ptr<Database> opened(QWidget* parent, const QString& path, const Clock& clock, Open&& open,
                                 DatabaseKey key, QString* reason)
{
    try {
        return openedWithPassphrase(parent, path, open, key);
    } catch (const DatabaseDamaged& damaged) {
        // Read before anything is written beside the base: a crash left its marker there.
        const bool unclean = wasClosedUncleanly(damaged.path());
        if (!recoverDamaged(parent, damaged.path(), QString::fromUtf8(damaged.what()), clock, unclean, key))
            return nullptr; // refused, or no backup: said already
        try {
            return openedWithPassphrase(parent, path, open, key); // the backup now in its place
        } catch (const std::exception& error) {
            *reason = QString::fromUtf8(error.what());
        }
    } catch (const StoreError& error) {
        *reason = QString::fromUtf8(error.what());
    } catch (const std::exception& error) {
        *reason =
            QCoreApplication::translate("StartupDatabase", "Unexpected error: %1").arg(QString::fromUtf8(error.what()));
    }
    return nullptr;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("parcours.sqlite"));
}

std::unique_ptr<Database> openStartupDatabase(const QString& givenPath, const Clock& clock)
{
    // Absolute, so that the status bar tells where the file really is.
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        explain(path, QCoreApplication::translate("StartupDatabase", "The folder %1 cannot be created.")
                          .arg(QDir::toNativeSeparators(folder)));
        return nullptr;
    }
    // A new base: encrypted with the passphrase the user chooses (the default), or plain.
    DatabaseKey key;
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
        std::optional<DatabaseKey> chosen = PassphrasePrompt::ask(nullptr, PassphrasePrompt::Purpose::NewDatabase, path);
        if (!chosen)
            return nullptr;
        key = std::move(*chosen);
    }
    QString reason;
    std::unique_ptr<Database> db = opened(
        nullptr, path, clock,
        [&](const DatabaseKey& given) {
            return std::make_unique<Database>(toPath(path), OpenMode::CreateIfMissing, given);
        },
        std::move(key), &reason);
    if (!db && !reason.isEmpty())
        explain(path, reason);
    return db;
}

std::unique_ptr<Database> openExistingDatabase(QWidget* parent, const QString& givenPath, const Clock& clock)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    QString reason;
    std::unique_ptr<Database> db = opened(
        parent, path, clock,
        [&](const DatabaseKey& given) {
            return std::make_unique<Database>(toPath(path), OpenMode::ExistingOnly, given);
        },
        DatabaseKey(), &reason);
    if (!db && !reason.isEmpty())
        MessageBox::warning(parent, QCoreApplication::translate("StartupDatabase", "Database not opened"),
                            cannotOpenText(path, reason));
    return db;
}

} // namespace parcours::ui
