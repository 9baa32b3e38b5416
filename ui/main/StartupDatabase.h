// Opening the database at start, and telling the user in French why it cannot be used.
#pragma once

#include <QString>

#include <memory>

namespace parcours {
class Clock;
class Database;
} // namespace parcours

class QWidget;

namespace parcours::ui {

// Where the database lives when none is given: parcours.sqlite in the user's application
// data folder (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

// Opens (creating when missing, with its folder) the database at `path`, made absolute. When it cannot be
// used (not a Parcours database, too new, unwritable folder...), shows why through
// MessageBox and returns nullptr. When it is damaged, says so (and that Parcours was not closed
// properly, when its open marker says so) and offers its newest sound backup
// (recoverDamaged): accepted, the damaged file goes aside and the backup is opened; refused,
// nothing is opened and nothing written. `clock` names the file set aside.
// A new base is encrypted with the passphrase the user chooses (PassphrasePrompt, NewDatabase),
// or plain if they choose so; an encrypted one asks for its passphrase until it opens or the
// user cancels (nullptr, nothing said).
std::unique_ptr<Database> openStartupDatabase(const QString& path, const Clock& clock);

// « Fichier › Ouvrir… »: opens the existing database at `path` (an older schema upgraded, after
// its copy is saved beside it, as at start). When it cannot be used (missing, not a Parcours
// database, newer than this version...), tells why in a box over `parent` and returns nullptr;
// a damaged one is offered its newest sound backup, as at start.
std::unique_ptr<Database> openExistingDatabase(QWidget* parent, const QString& path, const Clock& clock);

} // namespace parcours::ui
