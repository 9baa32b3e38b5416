// Undo and redo that write first: the stack moves only once the database has taken the undo or the redo.
#pragma once

#include "domain/Clock.h"
#include "store/Operation.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class ChangeCommand;

// Owns nothing but the order of things: each undo or redo writes through the core
// (ChangeCommand), and only when that succeeds moves `stack`. A refused write (the rows
// changed since, the base busy or read-only) leaves the stack where it was and tells the
// user through MessageBox, parented to `window`.
class UndoController : public QObject {
    Q_OBJECT

public:
    UndoController(Database& db, const Clock& clock, QUndoStack& stack, QWidget* window);

    Database& database() const { return *m_db; }
    const Clock& clock() const { return m_clock; }
    QUndoStack& stack() const { return m_stack; }

    // Another database from now on (the actions of the previous one are forgotten).
    void setDatabase(Database& db);

    // An action already written: its undo comes next. An empty change (nothing written) is not kept.
    void push(Change change, const QString& text);
    // Ctrl+Z and Ctrl+Shift+Z. False when there is nothing to undo or redo, or when the write
    // was refused (the stack has not moved, the reason was shown).
    bool undo();
    bool redo();
    // The reason of the last refused undo or redo, empty after a success.
    QString lastRefusal() const { return m_lastRefusal; }

    // Asked before an undo or a redo is written; false cancels it, nothing written nor shown
    // (the main window closes the file of a person whose deletion is redone).
    void setBeforeWrite(std::function<bool(const ChangeCommand&, bool undo)> beforeWrite);

    // Actions that call undo() and redo(), their enabled states following the stack; their text
    // is `plain` when there is nothing to undo (redo), else `format` with the action's name as
    // %1 (« Annuler « Modifier l'identité » »).
    QAction* createUndoAction(QObject* parent, const QString& plain, const QString& format);
    QAction* createRedoAction(QObject* parent, const QString& plain, const QString& format);

signals:
    // After a push, and after each undo or redo written: the views read the database again.
    void changed();
    // An undo or redo was refused; `message` was shown.
    void refused(const QString& message);

private:
    bool write(bool undo);

    Database* m_db;
    const Clock& m_clock;
    QUndoStack& m_stack;
    QWidget* m_window;
    QString m_lastRefusal;
    std::function<bool(const ChangeCommand&, bool)> m_beforeWrite;
};

} // namespace parcours::ui
