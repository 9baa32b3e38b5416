// Undo and redo that write first, then move the stack; a refusal is told and leaves both as they were.
#include "ui/common/UndoController.h"

#include "ui/common/ChangeCommand.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WaitCursor.h"

#include <QAction>
#include <QUndoStack>

namespace parcours::ui {

UndoController::UndoController(Database& db, const Clock& clock, QUndoStack& stack, QWidget* window)
    : QObject(&stack), m_db(&db), m_clock(clock), m_stack(stack), m_window(window)
{
}

void UndoController::setDatabase(Database& db)
{
    m_stack.clear();
    m_db = &db;
}

void UndoController::setBeforeWrite(std::function<bool(const ChangeCommand&, bool)> beforeWrite)
{
    m_beforeWrite = std::move(beforeWrite);
}

void UndoController::push(Change change, const QString& text)
{
    if (!change.empty())
        m_stack.push(new ChangeCommand(std::move(change), text)); // its redo() does nothing: written already
    emit changed();
}

bool UndoController::undo()
{
    return write(true);
}

bool UndoController::redo()
{
    return write(false);
}

bool UndoController::write(bool undo)
{
    if (undo ? !m_stack.canUndo() : !m_stack.canRedo())
        return false;
    // Every command of the stack is one: push() is the only way in.
    const auto* command = static_cast<const ChangeCommand*>(m_stack.command(m_stack.index() - (undo ? 1 : 0)));
    if (m_beforeWrite && !m_beforeWrite(*command, undo))
        return false;
    QString error;
    bool written = false;
    {
        const WaitCursor wait;
        written = undo ? command->tryUndo(*m_db, m_clock, &error) : command->tryRedo(*m_db, m_clock, &error);
    }
    if (!written) {
        m_lastRefusal = error;
        MessageBox::warning(m_window, undo ? tr("Cannot undo") : tr("Cannot redo"), error);
        emit refused(error);
        return false;
    }
    m_lastRefusal.clear();
    if (undo)
        m_stack.undo();
    else
        m_stack.redo();
    emit changed();
    return true;
}

namespace {

// Qt's own undo action only puts a prefix before the name; the French quotes it.
void followText(QAction* action, const QString& plain, const QString& format, const QString& name)
{
    action->setText(name.isEmpty() ? plain : format.arg(name));
}

} // namespace

QAction* UndoController::createUndoAction(QObject* parent, const QString& plain, const QString& format)
{
    auto* action = new QAction(plain, parent);
    action->setEnabled(m_stack.canUndo());
    followText(action, plain, format, m_stack.undoText());
    connect(&m_stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
    connect(&m_stack, &QUndoStack::undoTextChanged, action,
            [action, plain, format](const QString& name) { followText(action, plain, format, name); });
    connect(action, &QAction::triggered, this, [this] { undo(); });
    return action;
}

QAction* UndoController::createRedoAction(QObject* parent, const QString& plain, const QString& format)
{
    auto* action = new QAction(plain, parent);
    action->setEnabled(m_stack.canRedo());
    followText(action, plain, format, m_stack.redoText());
    connect(&m_stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
    connect(&m_stack, &QUndoStack::redoTextChanged, action,
            [action, plain, format](const QString& name) { followText(action, plain, format, name); });
    connect(action, &QAction::triggered, this, [this] { redo(); });
    return action;
}

} // namespace parcours::ui
