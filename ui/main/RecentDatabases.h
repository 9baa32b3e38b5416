// « Fichier › Bases récentes »: the databases last opened, newest first, kept in QSettings.
#pragma once

#include <QStringList>

namespace parcours::ui {

class RecentDatabases {
public:
    static constexpr int kMax = 8;

    // Absolute paths, newest first, at most kMax; files since removed included (the menu shows
    // them disabled).
    static QStringList paths();
    // `path` (made absolute) goes to the top; the oldest beyond kMax is forgotten.
    static void add(const QString& path);
    static void clear();
};

} // namespace parcours::ui
