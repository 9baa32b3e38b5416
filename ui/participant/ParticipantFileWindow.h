// The participant file: identity, situation at entry, steps, barriers and contacts of one person, every edit undoable.
#pragma once

#include "domain/Clock.h"
#include "domain/Codes.h"
#include "domain/RecordIdentity.h"
#include "store/Operation.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QPrinter;
class QTabWidget;
class QUndoStack;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class BarriersPanel;
class ContactsPanel;
class FilePanel;
class HistoryPanel;
class IdentityPanel;
class PathwayPanel;
class StepsPanel;
class UndoController;

class ParticipantFileWindow : public QMainWindow {
    Q_OBJECT

public:
    ParticipantFileWindow(parcours::Database& db, const parcours::Clock& clock, parcours::RowId participantId,
                          QWidget* parent = nullptr);
    ~ParticipantFileWindow() override;

    parcours::RowId participantId() const { return m_participantId; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // Ctrl+Z and Ctrl+Shift+Z: the undo or redo is written first, the stack moves only then.
    UndoController* undoController() const { return m_undo; }
    IdentityPanel* identityPanel() const { return m_identity; }
    StepsPanel* stepsPanel() const { return m_steps; }
    BarriersPanel* barriersPanel() const { return m_barriers; }
    ContactsPanel* contactsPanel() const { return m_contacts; }
    PathwayPanel* pathwayPanel() const { return m_pathway; }
    HistoryPanel* historyPanel() const { return m_history; }
    // Steps, barriers, contacts and history: one at a time beside the identity.
    QTabWidget* sections() const { return m_sections; }
    // Brings the section of `panel` forward.
    void showSection(QWidget* panel);
    // The section an item of « À faire » is about: the contacts for a missing contact, the
    // steps for a step ending, the pathway for the rest.
    void showAgendaItem(parcours::AgendaKind kind);
    // What the window says when the file could not be read again; empty after a good read.
    QString readFailureMessage() const;

    bool hasUnsavedEdits() const;
    // Reads the file again from the database (after a change made elsewhere); a read that
    // fails leaves the panels as they were, and says so.
    void reloadAll();
    // Ctrl+S: saves every form holding edits; false when the rules refuse one.
    bool saveEdits();
    // Ctrl+L: the one-line contact entry, dated today, by phone.
    void logContact();
    // « Supprimer la fiche… », for a person created by mistake: asks, naming them, then deletes
    // the person with every row of their file (core deleteParticipant) and closes the window.
    // False when not confirmed or refused by the store (told), nothing deleted.
    bool deleteFile();
    // « Fiche parcours en PDF… »: asks where, then writes the fiche (as saved) there. False
    // when cancelled or not written (told).
    bool saveFichePdf();
    // « Imprimer la fiche… » (Ctrl+P): the print dialog, then the fiche on the printer chosen.
    bool printFiche();
    // The fiche on `printer` as it is set up, without a dialog.
    bool printFicheOn(QPrinter& printer);
    // « Copie pour la personne… », the right of access: asks for a folder, then writes into a new
    // folder there (« Copie pour NOM Prénom AAAA-MM-JJ ») the person's rows in the interchange
    // format, the history of their file and their fiche as a PDF (core writeAccessCopy), traced
    // as « acces ». False when cancelled or not written (told).
    bool copyForPerson();
    bool copyForPersonInto(const QString& parentFolder);

signals:
    // After each saved change, undone or redone too.
    void changed();
    // The file was deleted by `change`; `name` is the person's (« MARTIN Sophie »). The window closes.
    void fileDeleted(const parcours::Change& change, const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void recordConsultation();
    void restoreWindowGeometry();
    std::vector<FilePanel*> panels() const;

    parcours::RowId m_participantId;
    QUndoStack* m_undoStack = nullptr;
    UndoController* m_undo = nullptr;
    bool m_deleted = false; // closes without asking about the forms' edits
    QLabel* m_title = nullptr;
    IdentityPanel* m_identity = nullptr;
    StepsPanel* m_steps = nullptr;
    BarriersPanel* m_barriers = nullptr;
    ContactsPanel* m_contacts = nullptr;
    PathwayPanel* m_pathway = nullptr;
    HistoryPanel* m_history = nullptr;
    QLabel* m_readFailure = nullptr;
    QTabWidget* m_sections = nullptr;
};

} // namespace parcours::ui
