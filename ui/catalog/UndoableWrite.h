// What the coordinator's dialogs share: a core use case run, its Change pushed on the undo
// stack, a refusal shown in a message box.
#pragma once

#include "store/Operation.h"

#include <QString>

#include <functional>

class QWidget;

namespace parcours::ui {

class UndoController;

// Runs `write`; on success pushes its Change on `undo` as `text` (the views read again) and
// returns true; when the rules or the store refuse, shows why (MessageBox, titled `title`)
// and returns false, nothing pushed.
bool writeUndoably(QWidget* parent, const QString& title, UndoController& undo, const QString& text,
                   const std::function<Change()>& write);

} // namespace parcours::ui
