// Who uses Parcours on this machine, remembered in QSettings for each database file.
#pragma once

#include <QString>

namespace parcours::ui {

// Each database has its own référent.e.s (the demo PLIE's are fictitious), so the choice
// is kept per file, under its absolute path. Empty when none was made.
QString rememberedReferent(const QString& databasePath);
void rememberReferent(const QString& databasePath, const QString& referentName);

} // namespace parcours::ui
