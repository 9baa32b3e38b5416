// The demo PLIE: fictitious data in a database file of its own, created on first use, then reused.
#include "ui/demo/DemoPlie.h"

#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/demo/DemoCreationDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <exception>

namespace parcours::ui {

namespace {

void explain(QWidget* parent, const QString& path, const QString& reason)
{
    MessageBox::critical(
        parent, QCoreApplication::translate("DemoPlie", "Demo PLIE"),
        QCoreApplication::translate("DemoPlie", "<p>The demo PLIE cannot be opened from <b>%1</b>.</p><p>%2</p>")
            .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), reason.toHtmlEscaped()));
}

} // namespace

QString demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demonstration.sqlite"));
}

std::unique_ptr<Database> openDemoDatabase(QWidget* parent, const Clock& clock, const QString& givenPath)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        explain(parent, path,
                QCoreApplication::translate("DemoPlie", "The folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(folder)));
        return nullptr;
    }
    try {
        auto db = std::make_unique<Database>(toPath(path), OpenMode::CreateIfMissing);
        // Empty also when an earlier creation was stopped: its single transaction left nothing.
        if (ParticipantRepository(*db, clock).count() == 0) {
            DemoCreationDialog creation(db->path(), clock, parent);
            if (!creation.run()) {
                explain(parent, path, creation.failure());
                return nullptr;
            }
        }
        return db;
    } catch (const std::exception& error) {
        explain(parent, path, QString::fromUtf8(error.what())); // the store's messages are in French
    }
    return nullptr;
}

} // namespace parcours::ui
