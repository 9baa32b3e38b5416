// The main window: assembles the menus, the home tabs (caseload, « À faire », référent.e.s) and the
// status bar, over the database it shows.
#pragma once

#include "domain/RecordIdentity.h"
#include "store/DatabaseKey.h"
#include "store/Operation.h"
#include "ui/caseload/CaseloadView.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace parcours {
class Clock;
class Database;
class OpenMarker;
class OutsideChanges;
} // namespace parcours

namespace parcours::ui {

class AgendaModel;
class AgendaPanel;
class AutomaticBackups;
class CaseloadModel;
class CaseloadView;
class DashboardWindow;
class DemoBanner;
class EntryValidationSetting;
class ParticipantFileWindow;
class ReferentsModel;
class ReferentsPanel;
class UndoController;
class WindowLock;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Shows `db`, the user's own database, with the geometry and choices of the last session
    // (QSettings). The clock must outlive the window.
    MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseloadModel& caseloadModel() const { return *m_caseloadModel; }
    CaseloadView& caseloadView() const { return *m_caseloadView; }
    // « À faire », the tab beside the caseload: the chosen référent.e's items (everyone's when unknown).
    AgendaPanel& agendaPanel() const { return *m_agendaPanel; }
    // « Référent.e.s », the third tab: each référent.e's caseload in numbers.
    ReferentsPanel& referentsPanel() const { return *m_referentsPanel; }
    ReferentsModel& referentsModel() const { return *m_referentsModel; }
    QTabWidget& homeTabs() const { return *m_homeTabs; }
    Database& database() const; // the one shown: the user's own, or the demo
    bool showsDemo() const { return m_demo != nullptr; }
    QString referent() const { return m_referent; } // who uses Parcours on the database shown; empty when unknown

    // Shows `db` as the user's own database from now on, closing the one before and leaving
    // the demo (what opening another database does).
    void openOwnDatabase(std::unique_ptr<Database> db);
    // Shows the demo PLIE of `demo`, marked as such; the user's database stays open, untouched.
    void showDemo(std::unique_ptr<Database> demo);
    // Back from the demo to the user's own database.
    void showOwnDatabase();
    // « Fichier › Ouvrir… » (Ctrl+O): a database chosen through FileDialogs, then openDatabaseFile.
    void openDatabase();
    // Opens the existing database at `path` as the user's own (the files open close first;
    // a file that is not a Parcours database, or is newer, is refused with the reason) and puts
    // it first in « Bases récentes ». False when nothing changed.
    bool openDatabaseFile(const QString& path);
    // « Fichier › Bases récentes »: the last databases opened (RecentDatabases), a file since
    // removed shown disabled, and « Effacer la liste ». Filled each time it is shown.
    QMenu& recentMenu() const { return *m_recentMenu; }

    // On first start: asks who the référent.e is when no choice is remembered for the database
    // shown, and from then on for each database shown (the demo's référent.e.s are others).
    void chooseReferentIfUnknown();
    // « Parcours › Changer de référent.e… »
    void changeReferent();
    // « Parcours › Jours sans entretien… »: the PLIE's N of « À faire », 1 to 365.
    void chooseDaysWithoutContact();
    // « Parcours › Réaffecter à… » and the caseload's context menu: the participant.e.s selected
    // in the caseload go to a référent.e chosen in ReassignDialog, after a confirmation that
    // says how many move; one step of Edit › Annuler.
    void reassignSelected();
    // The caseload tab, narrowed to the current pathways of `referentName`.
    void showCaseloadOf(const QString& referentName);
    // Keeps the geometry, column widths, sort and filters (also done on closing).
    void saveSettings() const;

    // Opens the participant's file in a window of its own (or raises it when already open);
    // what is saved there shows in the caseload at once.
    ParticipantFileWindow* openParticipant(RowId participantId);
    // « Nouvelle ou nouveau participant.e » (Ctrl+N): the form, then the new participant's file.
    void createParticipant();
    // The files open over the database shown.
    QList<ParticipantFileWindow*> participantFiles() const;
    // Edit › Annuler (Ctrl+Z) of the window: the files deleted from their window and the
    // reassignments, taken back (or made again) through core's undo, refused as in a file.
    UndoController& undoController() const { return *m_undo; }

    // Called by the application once the window is shown (tests call it when they check it): from
    // then on the user's own database has its open marker beside it (« suivi.parcours.ouverte »,
    // removed at a clean close) and its automatic backups (AutomaticBackups: now, each day while
    // open, at close), and so has each database opened later. When the marker found says that
    // Parcours was not closed properly, says so in the status bar: the open checked the base
    // (quick_check), a damaged one never reaches the window.
    void startSafeguards();
    AutomaticBackups& automaticBackups() const { return *m_backups; }
    // « Fichier › Sauvegarder maintenant »: a checked backup of the user's own database into its
    // folder, named in the status bar; a failure said in a box. Returns the backup, or "".
    QString backUpNow();
    // « Fichier › Restaurer une sauvegarde… »: BackupsDialog, then restoreFrom.
    void chooseBackupToRestore();
    // Puts the backup file `backup` in place of the user's own database once the user confirmed
    // (the files close first, the demo is left, the replaced base kept aside), then shows it.
    // True when restored.
    bool restoreFrom(const QString& backup);
    // « Fichier › Protéger la base… » (a plain base) or « Changer la phrase de passe… » (an
    // encrypted one): the new passphrase asked (PassphrasePrompt), then the base and its backups
    // rewritten with it (protectDatabase) while the window lets go of the file, and the base
    // opened again with it. True when done.
    bool protectOwnDatabase();
    // The lock of every window (WindowLock): the base's passphrase unlocks, or for a plain base
    // the lock code chosen in « Fichier › Verrouillage… » (none chosen: a click unlocks).
    WindowLock& windowLock() const { return *m_lock; }

    // When another program (or another connection) has changed the database shown since it was
    // last read (SQLite's data_version), reads it again: the caseload, keeping its filters and the
    // participant.e the référent.e was on, « À faire », the référent.e.s, the open files. Done
    // every 2 seconds and when the window is activated; put off while a dialog is modal or a file
    // holds unsaved edits. True when it read again.
    bool reloadIfChangedOutside();

signals:
    // Enter or a double click on a participant of the caseload.
    void participantOpened(parcours::RowId participantId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // One function per menu, in the menu bar's order.
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createParcoursMenu();
    void createReportsMenu();
    void createHelpMenu();
    // « Rapports › Tableau de bord… »: one window, raised when already open.
    void openDashboard();
    // « Fichier › Exporter la liste… »: the caseload as the table shows it, as XLSX or CSV.
    void exportShownCaseload();
    // « Parcours › Entrées à valider… »; a double click on an entry opens the person's file.
    void showEntriesToValidate();
    void fillRecentMenu();
    void chooseFolderToImport();
    void openDemo();
    // Before the database shown changes: the files must not outlive it. False when one
    // refused to close (its edits not saved, and the user cancelled); `force` closes them anyway.
    bool closeParticipantFiles(bool force);
    // After it changed, or was changed by an import; `reload` false when the model has just read it.
    void showCurrentDatabase(bool reload = true);
    void setReferent(const QString& name);
    // The connection of the database shown: its operations by the référent.e, its waits short.
    void prepareConnection();
    void fileDeleted(const Change& change, const QString& name);
    // Before an undo or a redo: the files of the people it writes close first (a deletion
    // redone, a reassignment taken back); false when one kept its edits.
    bool closeFilesIn(const Change& change);
    bool closeFilesOf(const QList<RowId>& participantIds);
    // The référent.e.s' numbers, read again now when their tab is shown, else when it next is.
    void refreshReferents();
    void updateTitle();
    void updateConflictsAction();
    void showConflicts();
    void updateStatusBar();
    // A read of the database shown failed (removed, damaged, locked): says so; what is shown stays.
    void showReadFailure(const QString& message);
    // Back from the demo: the search and filters of the user's own caseload, never the demo's.
    void restoreOwnFilters();
    // The marker and the automatic backups of the user's own database, once startSafeguards ran.
    void watchOwnDatabase();
    // Lets go of the user's own file while `work` runs (a restore needs it free; an empty base
    // in memory is shown meanwhile), then opens it again and shows it, whatever `work` did.
    // When it cannot be opened again, says why and closes the window.
    // `reopenWith`, read once `work` is done: the key to open it again with (a new passphrase);
    // else the one it had.
    void withOwnFileReleased(const std::function<void()>& work, const DatabaseKey* reopenWith = nullptr);
    // The File menu's protection action and the status bar's « Base chiffrée » / « non chiffrée ».
    void updateProtectionState();
    void createLock();
    // « Fichier › Verrouillage… »: minutes before the lock, and the lock code.
    void chooseLockSettings();
    // A write met damage in the user's own database (DamageNotice): once no dialog is modal, the
    // files close, and its newest sound backup is offered; refused, the window closes without
    // writing into it.
    void damageFound(const QString& database, const QString& message);
    void offerRecoveryWhenFree();

    const Clock& m_clock;
    std::unique_ptr<Database> m_own;
    std::unique_ptr<Database> m_demo; // when the demo is shown
    CaseloadModel* m_caseloadModel;
    CaseloadView* m_caseloadView;
    AgendaModel* m_agendaModel = nullptr;
    AgendaPanel* m_agendaPanel = nullptr;
    ReferentsModel* m_referentsModel = nullptr;
    ReferentsPanel* m_referentsPanel = nullptr;
    bool m_referentsStale = false;
    QTabWidget* m_homeTabs = nullptr;
    DemoBanner* m_demoBanner;
    QLabel* m_caseloadSize;
    QLabel* m_shownCount;
    QLabel* m_databasePath;
    QLabel* m_protection = nullptr; // « Base chiffrée » or « Base non chiffrée »
    QAction* m_protectAction = nullptr;
    WindowLock* m_lock = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_conflictsAction = nullptr; // shown while `apply` has left conflicts to settle
    QMenu* m_recentMenu = nullptr;
    QUndoStack* m_undoStack = nullptr;
    UndoController* m_undo = nullptr;
    QHash<RowId, QPointer<ParticipantFileWindow>> m_files;
    QPointer<DashboardWindow> m_dashboard;
    EntryValidationSetting* m_entryValidation = nullptr; // « Parcours › Valider les entrées »
    QString m_referent;
    bool m_askReferentWhenUnknown = false;
    std::optional<CaseloadView::Filters> m_ownFilters; // while the demo is shown
    std::unique_ptr<OutsideChanges> m_outside;         // of the database shown
    bool m_safeguards = false;                         // startSafeguards ran
    std::unique_ptr<OpenMarker> m_marker;              // beside the user's own database
    AutomaticBackups* m_backups = nullptr;
    QString m_damage; // what a write found, until the offer of a backup is made
    bool m_closingDamaged = false;
    bool m_backUpAtOpen = true; // false while a restored base is opened
};

} // namespace parcours::ui
