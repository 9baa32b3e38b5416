// One person's action on an undo stack, undone and redone through core's undoChange and redoChange.
#include "ui/common/ChangeCommand.h"

#include "changes/UndoChange.h"
#include "ui/backup/DamageNotice.h"
#include "ui/common/CoreConversions.h"

#include <exception>

namespace parcours::ui {

namespace {

template <typename Write>
bool written(QString* error, Write write)
{
    try {
        write();
        return true;
    } catch (const ChangeRefused& refused) {
        if (error)
            *error = toQString(std::string(refused.what()));
    } catch (const std::exception& failed) { // StoreError: busy, read-only, damaged
        if (error)
            *error = toQString(std::string(failed.what()));
        DamageNotice::reportIfDamaged(failed);
    }
    return false;
}

} // namespace

ChangeCommand::ChangeCommand(Change change, const QString& text) : QUndoCommand(text), m_change(std::move(change)) {}

bool ChangeCommand::tryUndo(Database& db, const Clock& clock, QString* error) const
{
    return written(error, [&] { undoChange(db, clock, m_change); });
}

bool ChangeCommand::tryRedo(Database& db, const Clock& clock, QString* error) const
{
    return written(error, [&] { redoChange(db, clock, m_change); });
}

} // namespace parcours::ui
