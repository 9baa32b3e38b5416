// What the panels of the participant file share: the pathway they show, the undo stack, and a form that may hold unsaved edits.
#pragma once

#include "domain/Pathway.h"
#include "ui/participant/FieldErrors.h"
#include "ui/participant/RecordCommands.h"

#include <QWidget>
#include <functional>
#include <optional>

class QDateEdit;
class QUndoStack;

namespace parcours::ui {

class FilePanel : public QWidget {
    Q_OBJECT

public:
    FilePanel(CommandContext& context, QUndoStack& undoStack, RowId participantId, QWidget* parent = nullptr);

    // Reads the participant's current pathway (the latest) and the panel's records again.
    void reload();
    bool hasUnsavedEdits() const { return m_unsaved; }
    // Saves the form's edits; false when the rules refuse them (messages under the fields).
    virtual bool saveEdits() = 0;
    // Forgets the form's edits (Esc).
    virtual void cancelEdit() = 0;
    const FieldErrors& errors() const { return m_errors; }

protected:
    virtual void refresh() = 0; // shows m_pathway's records
    // Enter in a field that does not take it (a date, a list) confirms the form.
    void keyPressEvent(QKeyEvent* event) override;
    void markUnsaved();
    void markSaved();
    // Runs `fill` without counting the form's changes as the user's edits.
    template <typename Fill>
    void filling(Fill fill)
    {
        const bool before = m_filling;
        m_filling = true;
        fill();
        m_filling = before;
    }
    // Pushes an undo command for an edit already written, and tells the file.
    void pushDone(QUndoCommand* command);
    // Runs `write` (which writes an edit and returns its undo command) and pushes the command;
    // when the rules or the store refuse, shows why under the fields and returns false.
    bool writeAndPush(const std::function<QUndoCommand*()>& write);
    Date today() const { return m_context.clock.today(); }
    static QDateEdit* dateEdit(QWidget* parent);

    CommandContext& m_context;
    QUndoStack& m_undoStack;
    RowId m_participantId;
    std::optional<Pathway> m_pathway;
    FieldErrors m_errors;

private:
    bool m_unsaved = false;
    bool m_filling = false;
};

// The participant's latest pathway, the one the file works on.
std::optional<Pathway> currentPathway(Database& db, const Clock& clock, RowId participantId);

} // namespace parcours::ui
