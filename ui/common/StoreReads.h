// Reads of the database made from a slot or an event: a store that fails (its file removed,
// damaged or locked) is put into words instead of ending the application.
#pragma once

#include <QString>

#include <functional>

namespace parcours::ui {

// Runs `read`; returns what the store met, in French, when it failed (storeFailureMessage:
// StoreError, an unguarded SQLite error, a damaged operation), "" when it succeeded.
// Anything else is a fault of the program and goes on.
QString readFailure(const std::function<void()>& read);

} // namespace parcours::ui
