// Undo and redo of a person's action, as operations through the same write path: an undo
// writes the inverse operations, a redo the action's operations again, each in one
// transaction, only when every row still holds what the action left (or found).
#pragma once

#include "domain/Clock.h"
#include "store/Operation.h"

#include <stdexcept>

namespace parcours {

class Database;

// Refused in French: the row changed since, rows now depend on it, a rule of the domain.
class ChangeRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Takes `change` back; returns the operations written. Nothing is written when refused
// (ChangeRefused) or when the database fails (StoreError, e.g. busy).
Change undoChange(Database& db, const Clock& clock, const Change& change);
// Makes `change` again after its undo.
Change redoChange(Database& db, const Clock& clock, const Change& change);

} // namespace parcours
