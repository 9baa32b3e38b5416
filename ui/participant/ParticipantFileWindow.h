// The participant file: identity, situation at entry, steps, barriers and contacts of one person, every edit undoable.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QUndoStack;

namespace parcours {
class Database;
}

namespace parcours::ui {

class BarriersPanel;
class ContactsPanel;
class FilePanel;
class HistoryPanel;
class IdentityPanel;
class StepsPanel;
struct CommandContext;

class ParticipantFileWindow : public QMainWindow {
    Q_OBJECT

public:
    ParticipantFileWindow(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId,
                          QWidget* parent = nullptr);
    ~ParticipantFileWindow() override;

    parcours::RowId participantId() const { return m_participantId; }
    QUndoStack* undoStack() const { return m_undoStack; }
    IdentityPanel* identityPanel() const { return m_identity; }
    StepsPanel* stepsPanel() const { return m_steps; }
    BarriersPanel* barriersPanel() const { return m_barriers; }
    ContactsPanel* contactsPanel() const { return m_contacts; }
    HistoryPanel* historyPanel() const { return m_history; }
    // What the window says when the file could not be read again; empty after a good read.
    QString readFailureMessage() const;

    bool hasUnsavedEdits() const;
    // Ctrl+S: saves every form holding edits; false when the rules refuse one.
    bool saveEdits();
    // Ctrl+L: the one-line contact entry, dated today, by phone.
    void logContact();

signals:
    // After each saved change, undone or redone too.
    void changed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void reloadAll();
    void createActions();
    std::vector<FilePanel*> panels() const;

    parcours::RowId m_participantId;
    std::unique_ptr<CommandContext> m_context;
    QUndoStack* m_undoStack = nullptr;
    QLabel* m_title = nullptr;
    IdentityPanel* m_identity = nullptr;
    StepsPanel* m_steps = nullptr;
    BarriersPanel* m_barriers = nullptr;
    ContactsPanel* m_contacts = nullptr;
    HistoryPanel* m_history = nullptr;
    QLabel* m_readFailure = nullptr;
};

} // namespace parcours::ui
