// Who uses Parcours on this machine, remembered in QSettings for each database file.
#include "ui/referent/RememberedReferent.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace parcours::ui {

namespace {

// A path holds slashes, which QSettings reads as groups: the key is a digest of it.
QString keyOf(const QString& databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("referents/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QString rememberedReferent(const QString& databasePath)
{
    return QSettings().value(keyOf(databasePath)).toString();
}

void rememberReferent(const QString& databasePath, const QString& referentName)
{
    QSettings().setValue(keyOf(databasePath), referentName);
}

} // namespace parcours::ui
