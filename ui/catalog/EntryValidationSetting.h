// « Parcours › Valider les entrées »: a checkable action that shows and sets the PLIE's setting
// (a coordinator validates the entries recorded in the application), each change undoable.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace parcours::ui {

class UndoController;

class EntryValidationSetting : public QObject {
    Q_OBJECT

public:
    // The action is owned by this object, which `window` owns; refusals are shown over `window`.
    EntryValidationSetting(UndoController& undo, QWidget* window);

    // Checked when the PLIE's entries wait for validation.
    QAction* action() const { return m_action; }
    // Reads the setting again (after an undo, or another database opened).
    void refresh();
    // Writes the setting; false (the reason shown, the action back as it was) when refused.
    bool set(bool on);

private:
    UndoController& m_undo;
    QWidget* m_window;
    QAction* m_action;
};

} // namespace parcours::ui
