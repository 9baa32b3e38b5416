// The recent databases in the settings, under one key, as a list of absolute paths.
#include "ui/main/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace parcours::ui {

namespace {

const QString kKey = QStringLiteral("recentDatabases");

} // namespace

QStringList RecentDatabases::paths()
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    while (paths.size() > kMax)
        paths.removeLast();
    return paths;
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = paths();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMax)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

void RecentDatabases::clear()
{
    QSettings().remove(kKey);
}

} // namespace parcours::ui
