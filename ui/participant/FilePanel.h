// What the panels of the participant file share: the pathway they show, the undo of their actions, and a form that may hold unsaved edits.
#pragma once

#include "domain/Clock.h"
#include "domain/Pathway.h"
#include "store/Operation.h"
#include "ui/participant/FieldErrors.h"

#include <QWidget>
#include <functional>
#include <optional>

class QDateEdit;
class QTableView;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class UndoController;

// What the panels of one file work with: the database, the clock, and the undo of the file's
// actions. The panels read through the repositories and write through the core use cases only.
struct FileContext {
    Database& db;
    const Clock& clock;
    UndoController& undo;
};

class FilePanel : public QWidget {
    Q_OBJECT

public:
    FilePanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    // Reads the participant's current pathway (core's currentPathway) and the panel's records again.
    void reload();
    bool hasUnsavedEdits() const { return m_unsaved; }
    // Saves the form's edits; false when the rules refuse them (messages under the fields).
    virtual bool saveEdits() = 0;
    // Forgets the form's edits (Esc).
    virtual void cancelEdit() = 0;
    const FieldErrors& errors() const { return m_errors; }
    // A date field in dd/MM/yyyy with its calendar, where digits typed go where the cursor is.
    static QDateEdit* dateEdit(QWidget* parent);

signals:
    // The panel must be seen: a form started (Ctrl+L, Ctrl+E, Ctrl+B) or refused (its messages).
    void attentionWanted();

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
    // Runs `write`, a core use case returning the operations it wrote, and puts them on the
    // file's undo stack as `text` (the file then reads everything again); when the rules or the
    // store refuse (a busy or read-only base), shows why under the fields and returns false.
    bool writeAndPush(const QString& text, const std::function<Change()>& write);
    // Before adding to a pathway that has exited (a follow-up after the exit happens, but
    // rarely): asks whether to add anyway; true when the pathway is open or the user agrees.
    bool confirmAddingToClosedPathway();
    Date today() const { return m_context.clock.today(); }
    // A list never squeezed under `rows` rows: the file's section scrolls instead.
    static void keepRowsVisible(QTableView* view, int rows);

    FileContext m_context;
    RowId m_participantId;
    std::optional<Pathway> m_pathway;
    FieldErrors m_errors;

private:
    bool m_unsaved = false;
    bool m_filling = false;
};

} // namespace parcours::ui
