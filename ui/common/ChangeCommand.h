// One person's action on an undo stack: the operations it wrote (a core Change), taken back and made again by the core.
#pragma once

#include "domain/Clock.h"
#include "store/Operation.h"

#include <QString>
#include <QUndoCommand>

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

// The database is written by tryUndo and tryRedo, before the stack moves (UndoController);
// undo() and redo() do nothing, so that a refused write never leaves the stack out of step
// with the database.
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(Change change, const QString& text);

    // Writes the inverse operations; false, nothing written and the reason in French in
    // `error`, when the rows changed since (ChangeRefused) or the database refuses (StoreError:
    // busy, read-only).
    bool tryUndo(Database& db, const Clock& clock, QString* error) const;
    // Writes the action's operations again, after its undo; false as tryUndo.
    bool tryRedo(Database& db, const Clock& clock, QString* error) const;

    const Change& change() const { return m_change; }

    void undo() override {}
    void redo() override {}

private:
    Change m_change;
};

} // namespace parcours::ui
