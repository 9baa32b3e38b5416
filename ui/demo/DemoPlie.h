// The demo PLIE: fictitious data in a database file of its own, never mixed with the user's.
#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

// demonstration.sqlite in the user's application data folder, next to defaultDatabasePath().
QString demoDatabasePath();

// Opens the demo database at `path`. When it is missing or has no participant yet, first fills
// it (DemoCreationDialog: 300 participants, seed 1, today from `clock`) behind a progress
// dialog; an existing demo is reused as it is. When it cannot be used, shows why through
// MessageBox and returns nullptr.
std::unique_ptr<Database> openDemoDatabase(QWidget* parent, const Clock& clock, const QString& path);

} // namespace parcours::ui
