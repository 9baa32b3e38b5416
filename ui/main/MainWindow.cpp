// The main window: assembles the menus, the home tabs and the status bar; holds no logic of its own.
#include "ui/main/MainWindow.h"

#include "ui/privacy/WindowLock.h"

#include "backup/OpenMarker.h"
#include "store/DataVersion.h"
#include "store/Database.h"
#include "store/PlieSettingsRepository.h"
#include "store/ReadTraces.h"
#include "store/ReferentRepository.h"
#include "ui/agenda/AgendaModel.h"
#include "ui/agenda/AgendaPanel.h"
#include "ui/backup/AutomaticBackups.h"
#include "ui/backup/DamageNotice.h"
#include "ui/caseload/CaseloadExport.h"
#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/catalog/EntryValidationDialog.h"
#include "ui/catalog/EntryValidationSetting.h"
#include "ui/catalog/OperatorsDialog.h"
#include "ui/changes/ConflictsDialog.h"
#include "ui/common/ChangeCommand.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/CountsText.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/HelpWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StoreReads.h"
#include "ui/common/UndoController.h"
#include "ui/coordination/ReassignDialog.h"
#include "ui/coordination/ReferentsModel.h"
#include "ui/coordination/ReferentsPanel.h"
#include "ui/demo/DemoBanner.h"
#include "ui/demo/DemoPlie.h"
#include "ui/import/ImportDialog.h"
#include "ui/main/About.h"
#include "ui/main/RecentDatabases.h"
#include "ui/main/StartupDatabase.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/NewParticipantDialog.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "ui/participant/PathwayPanel.h"
#include "ui/referent/ReferentDialog.h"
#include "ui/referent/RememberedReferent.h"
#include "ui/reports/ConsolidationDialog.h"
#include "ui/reports/DashboardWindow.h"
#include "ui/retention/RetentionDialog.h"
#include "usecases/PlieCases.h"
#include "usecases/ReassignCases.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHash>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <chrono>
#include <exception>
#include <stdexcept>
#include <utility>
#include <vector>

namespace parcours::ui {

namespace {

// A write waits this long for another program's lock, then says the base is busy: the
// window never freezes for long.
constexpr std::chrono::milliseconds kBusyTimeout{1500};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_clock(clock),
      m_own(std::move(db)),
      m_caseloadModel(new CaseloadModel(*m_own, clock, this)),
      m_caseloadView(new CaseloadView(*m_caseloadModel, this)),
      m_demoBanner(new DemoBanner(this)),
      m_caseloadSize(new QLabel(this)),
      m_shownCount(new QLabel(this)),
      m_databasePath(new QLabel(this))
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    m_agendaModel = new AgendaModel(*m_own, clock, this);
    m_agendaPanel = new AgendaPanel(*m_agendaModel, this);
    m_homeTabs = new QTabWidget(this);
    m_homeTabs->setObjectName(QStringLiteral("homeTabs"));
    m_homeTabs->setDocumentMode(true);
    m_homeTabs->addTab(m_caseloadView, tr("Participants"));
    m_homeTabs->addTab(m_agendaPanel, QString());
    const auto titleAgenda = [this] {
        const int due = m_agendaModel->rowCount();
        m_homeTabs->setTabText(1, due == 0 ? tr("To do") : tr("To do (%1)").arg(due));
    };
    titleAgenda();
    connect(m_agendaModel, &QAbstractItemModel::modelReset, this, titleAgenda);
    // What is saved anywhere shows in « À faire » too: the caseload is read again after each change.
    connect(m_caseloadModel, &QAbstractItemModel::modelReset, m_agendaModel, &AgendaModel::reload);
    connect(m_agendaModel, &AgendaModel::readFailed, this, &MainWindow::showReadFailure);
    connect(m_agendaPanel, &AgendaPanel::itemActivated, this, [this](RowId participantId, int kind) {
        if (ParticipantFileWindow* file = openParticipant(participantId))
            file->showAgendaItem(static_cast<AgendaKind>(kind));
    });
    m_referentsModel = new ReferentsModel(*m_own, clock, this);
    m_referentsPanel = new ReferentsPanel(*m_referentsModel, this);
    m_homeTabs->addTab(m_referentsPanel, tr("Case workers"));
    connect(m_referentsModel, &ReferentsModel::readFailed, this, &MainWindow::showReadFailure);
    connect(m_referentsPanel, &ReferentsPanel::caseloadRequested, this, &MainWindow::showCaseloadOf);
    connect(m_caseloadModel, &QAbstractItemModel::modelReset, this, &MainWindow::refreshReferents);
    connect(m_homeTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_referentsStale)
            refreshReferents();
    });
    m_referentsStale = true; // read when first shown
    layout->addWidget(m_homeTabs, 1);
    setCentralWidget(central);
    m_undoStack = new QUndoStack(this);
    m_undo = new UndoController(*m_own, clock, *m_undoStack, this);
    m_undo->setBeforeWrite([this](const ChangeCommand& command, bool) { return closeFilesIn(command.change()); });
    connect(m_undo, &UndoController::changed, m_caseloadModel, &CaseloadModel::reload);
    m_entryValidation = new EntryValidationSetting(*m_undo, this);
    m_backups = new AutomaticBackups(clock, this);
    // Told once in the status bar: an automatic backup never interrupts with a box.
    connect(m_backups, &AutomaticBackups::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Automatic backup failed: %1").arg(message), 60000);
    });
    connect(&DamageNotice::instance(), &DamageNotice::damaged, this, &MainWindow::damageFound);
    createLock();
    createMenus();

    m_caseloadSize->setObjectName(QStringLiteral("caseloadSize"));
    m_shownCount->setObjectName(QStringLiteral("shownCount"));
    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_caseloadSize);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(separator);
    statusBar()->addWidget(m_shownCount);
    m_protection = new QLabel(this);
    m_protection->setObjectName(QStringLiteral("protection"));
    statusBar()->addPermanentWidget(m_protection);
    statusBar()->addPermanentWidget(m_databasePath);

    connect(m_caseloadModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_caseloadModel, &CaseloadModel::readFailed, this, &MainWindow::showReadFailure);
    connect(m_caseloadView, &CaseloadView::shownCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_caseloadView, &CaseloadView::importRequested, this, &MainWindow::chooseFolderToImport);
    connect(m_caseloadView, &CaseloadView::demoRequested, this, &MainWindow::openDemo);
    connect(m_caseloadView, &CaseloadView::newParticipantRequested, this, &MainWindow::createParticipant);
    connect(m_caseloadView, &CaseloadView::participantActivated, this, &MainWindow::openParticipant);
    connect(m_caseloadView, &CaseloadView::reassignRequested, this, &MainWindow::reassignSelected);
    connect(m_demoBanner, &DemoBanner::backRequested, this, &MainWindow::showOwnDatabase);
    m_caseloadView->setNewParticipantAvailable(true);

    // 1100 × 700 at most, within the screen (large fonts or a small laptop make it smaller).
    const QSize available = screen() ? screen()->availableGeometry().size() * 0.95 : QSize(1100, 700);
    resize(QSize(1100, 700).boundedTo(available));
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_caseloadView->restoreState(settings);
    RecentDatabases::add(toQString(m_own->path()));
    showCurrentDatabase(false); // the model has just read it
    if (!m_caseloadModel->readFailure().isEmpty())
        showReadFailure(m_caseloadModel->readFailure()); // before its signal was connected

    // Another program may write to the same file (an import from the command line): looked at
    // every two seconds, a cheap pragma.
    auto* outsideTimer = new QTimer(this);
    outsideTimer->setInterval(std::chrono::seconds(2));
    connect(outsideTimer, &QTimer::timeout, this, &MainWindow::reloadIfChangedOutside);
    outsideTimer->start();
}

// The files go first: they hold the database, which goes before the window's children.
MainWindow::~MainWindow()
{
    m_backups->wait(); // it reads the file, which the connection puts back at rest as it closes
    qDeleteAll(participantFiles());
}

Database& MainWindow::database() const
{
    return m_demo ? *m_demo : *m_own;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createParcoursMenu();
    createReportsMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
    fileMenu->addAction(tr("Re&store a backup…"), this, &MainWindow::chooseBackupToRestore);
    m_protectAction = fileMenu->addAction(tr("&Protect the database…"), this, &MainWindow::protectOwnDatabase);
    m_protectAction->setObjectName(QStringLiteral("protectDatabase"));
    fileMenu->addAction(m_lock->action());
    fileMenu->addAction(tr("Loc&k settings…"), this, &MainWindow::chooseLockSettings);
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import a folder…"), this, &MainWindow::chooseFolderToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addAction(tr("&Export the list…"), this, &MainWindow::exportShownCaseload);
    m_demoAction = fileMenu->addAction(tr("Open the &demo PLIE"), this, &MainWindow::openDemo);
    m_backAction = fileMenu->addAction(tr("&Back to my database"), this, &MainWindow::showOwnDatabase);
    m_conflictsAction = fileMenu->addAction(tr("&Conflicts to settle…"), this, &MainWindow::showConflicts);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    // Their names read as a phrase already: « Annuler la suppression de « MARTIN Sophie » ».
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"), tr("&Undo %1"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"), tr("&Redo %1"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
}

void MainWindow::createParcoursMenu()
{
    QMenu* parcoursMenu = menuBar()->addMenu(tr("&Parcours"));
    QAction* find = parcoursMenu->addAction(tr("&Find a participant"), this, [this] { m_caseloadView->focusSearch(); });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction* newParticipant = parcoursMenu->addAction(tr("&New participant…"), this, &MainWindow::createParticipant);
    newParticipant->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    parcoursMenu->addAction(tr("&Reassign to…"), this, &MainWindow::reassignSelected);
    parcoursMenu->addSeparator();
    parcoursMenu->addAction(tr("&Change case worker…"), this, &MainWindow::changeReferent);
    parcoursMenu->addAction(tr("&Days without a contact…"), this, &MainWindow::chooseDaysWithoutContact);
    parcoursMenu->addSeparator(); // the coordinator's
    parcoursMenu->addAction(m_entryValidation->action());
    parcoursMenu->addAction(tr("&Entries to validate…"), this, &MainWindow::showEntriesToValidate);
    parcoursMenu->addAction(tr("&Operators…"), this, [this] {
        OperatorsDialog dialog(*m_undo, this);
        dialog.exec();
    });
    parcoursMenu->addAction(tr("Files due for &archiving…"), this, [this] {
        // The user's own base is backed up first; the demo has no backups.
        RetentionDialog dialog(
            database(), m_clock, [this] { return &database() != m_own.get() || !backUpNow().isEmpty(); }, this);
        connect(&dialog, &RetentionDialog::archived, m_caseloadModel, &CaseloadModel::reload);
        dialog.exec();
    });
}

void MainWindow::showEntriesToValidate()
{
    EntryValidationDialog dialog(*m_undo, this);
    std::optional<RowId> wanted; // opened once the dialog, modal, has closed
    connect(&dialog, &EntryValidationDialog::participantWanted, &dialog, [&](RowId participantId) {
        wanted = participantId;
        dialog.accept();
    });
    dialog.exec();
    if (wanted)
        openParticipant(*wanted);
}

void MainWindow::createReportsMenu()
{
    QMenu* reportsMenu = menuBar()->addMenu(tr("&Reports"));
    QAction* dashboard = reportsMenu->addAction(tr("&Dashboard…"), this, &MainWindow::openDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    reportsMenu->addAction(tr("&Yearly consolidation…"), this, [this] {
        ConsolidationDialog dialog(database(), m_clock, this);
        dialog.exec();
    });
}

void MainWindow::openDashboard()
{
    if (m_dashboard) {
        m_dashboard->raise();
        m_dashboard->activateWindow();
        return;
    }
    m_dashboard = new DashboardWindow(database(), m_clock, this);
    m_dashboard->show();
}

void MainWindow::exportShownCaseload()
{
    const QString written = exportCaseload(this, database(), m_clock, shownCaseloadRows(m_caseloadView->filterModel()));
    if (!written.isEmpty())
        statusBar()->showMessage(tr("List saved in %1.").arg(QDir::toNativeSeparators(written)), 15000);
}

void MainWindow::createHelpMenu()
{
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guide = helpMenu->addAction(tr("Parcours &guide"), this, [this] { HelpWindow::show(this); });
    guide->setShortcut(QKeySequence::HelpContents); // F1
    helpMenu->addSeparator();
    QAction* about = helpMenu->addAction(tr("&About Parcours"), this, [this] { showAbout(this); });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::paths();
    int number = 0;
    for (const QString& path : paths) {
        const QFileInfo file(path);
        QString name = file.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString folder =
            QDir::toNativeSeparators(file.absolutePath()).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* open = m_recentMenu->addAction(QStringLiteral("&%1 %2 \u2014 %3").arg(++number).arg(name, folder));
        open->setData(path);
        const bool exists = file.exists();
        open->setEnabled(exists); // a file since moved or removed stays visible, greyed
        open->setToolTip(exists ? QDir::toNativeSeparators(path)
                                : tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)));
        open->setStatusTip(open->toolTip());
        connect(open, &QAction::triggered, this, [this, path] { openDatabaseFile(path); });
    }
    m_recentMenu->setToolTipsVisible(true);
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No database opened yet"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear the list"), this, [] { RecentDatabases::clear(); });
    clear->setObjectName(QStringLiteral("clearRecentDatabases"));
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::openDatabase()
{
    const QString path = FileDialogs::existingFile(this, tr("Open a Parcours database"),
                                                   QFileInfo(toQString(m_own->path())).absolutePath(),
                                                   tr("Parcours databases (*.sqlite *.parcours);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

bool MainWindow::openDatabaseFile(const QString& givenPath)
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (path == QFileInfo(toQString(m_own->path())).absoluteFilePath()) { // already the user's own
        RecentDatabases::add(path);
        if (showsDemo())
            showOwnDatabase();
        return false;
    }
    if (path == QFileInfo(demoDatabasePath()).absoluteFilePath()) {
        MessageBox::warning(
            this, tr("Open a Parcours database"),
            tr("%1 is the demo PLIE: open it with File › Open the demo PLIE.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    std::unique_ptr<Database> db = openExistingDatabase(this, path, m_clock); // says why when refused
    if (!db || !closeParticipantFiles(false))
        return false; // a file kept its unsaved edits: the database shown stays
    RecentDatabases::add(path);
    openOwnDatabase(std::move(db));
    statusBar()->showMessage(tr("Database opened: %1").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::chooseFolderToImport()
{
    if (showsDemo())
        return; // real files never go into the demo
    const QString folder = FileDialogs::existingFolder(this, tr("Import a folder of CSV files"));
    if (folder.isEmpty())
        return;
    auto* dialog = new ImportDialog(m_own->path(), m_clock, folder, this, m_own->key());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] { showCurrentDatabase(); });
    dialog->open();
    dialog->start();
}

void MainWindow::openDemo()
{
    if (showsDemo() || !closeParticipantFiles(false))
        return;
    const QString path = demoDatabasePath();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(toQString(m_own->path())).absoluteFilePath()) {
        MessageBox::warning(this, tr("Demo PLIE"),
                            tr("Your database is the demo's file, %1: the demo cannot be opened beside it.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (std::unique_ptr<Database> demo = openDemoDatabase(this, m_clock, path))
        showDemo(std::move(demo));
}

ParticipantFileWindow* MainWindow::openParticipant(RowId participantId)
{
    emit participantOpened(participantId);
    ParticipantFileWindow* file = m_files.value(participantId);
    if (!file) {
        file = new ParticipantFileWindow(database(), m_clock, participantId, this);
        file->setAttribute(Qt::WA_DeleteOnClose);
        connect(file, &ParticipantFileWindow::changed, m_caseloadModel, &CaseloadModel::reload);
        connect(file, &ParticipantFileWindow::fileDeleted, this, &MainWindow::fileDeleted);
        m_files.insert(participantId, file);
    }
    file->show();
    file->raise();
    file->activateWindow();
    return file;
}

void MainWindow::createParticipant()
{
    NewParticipantDialog* dialog = nullptr;
    const QString failure = readFailure([&] {
        // The référent.e the caseload is narrowed to, else the one of the last creation.
        dialog = new NewParticipantDialog(database(), m_clock, m_caseloadView->filteredReferent(), this);
    });
    if (!failure.isEmpty()) {
        showReadFailure(failure);
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const RowId created = dialog->createdParticipantId()) {
            m_caseloadModel->reload();
            openParticipant(created);
        }
        if (const RowId reopened = dialog->reopenedParticipantId()) { // a person who comes back
            m_caseloadModel->reload();
            if (ParticipantFileWindow* file = openParticipant(reopened))
                file->showSection(file->pathwayPanel());
        }
    });
    dialog->open();
}

QList<ParticipantFileWindow*> MainWindow::participantFiles() const
{
    QList<ParticipantFileWindow*> files;
    for (const QPointer<ParticipantFileWindow>& file : m_files)
        if (file)
            files << file.data();
    return files;
}

bool MainWindow::closeParticipantFiles(bool force)
{
    if (m_dashboard)
        m_dashboard->close(); // it reads the database shown, which is about to change
    for (ParticipantFileWindow* file : participantFiles()) {
        if (!file->close() && !force)
            return false;
    }
    for (ParticipantFileWindow* file : participantFiles())
        delete file; // closed: not yet deleted (later, by WA_DeleteOnClose); refused but forced
    m_files.clear();
    return true;
}

void MainWindow::fileDeleted(const Change& change, const QString& name)
{
    m_undo->push(change, tr("the deletion of “%1”").arg(name)); // the caseload reloads
    statusBar()->showMessage(tr("The file of %1 was deleted: Edit › Undo (Ctrl+Z) brings it back.").arg(name), 30000);
}

bool MainWindow::closeFilesIn(const Change& change)
{
    QSet<QString> people; // their UUIDs
    for (const Operation& o : change.operations)
        people.insert(toQString(o.entity == "participant" ? o.id : o.file));
    // Every window of theirs: one closed before the undo may not be deleted yet.
    for (ParticipantFileWindow* file : participantFiles()) {
        const auto& person = file->identityPanel()->participant();
        if (person && people.contains(toQString(person->record.uuid)) && !file->close())
            return false; // its edits kept, nothing written
    }
    return true;
}

bool MainWindow::closeFilesOf(const QList<RowId>& participantIds)
{
    for (const RowId id : participantIds) {
        if (ParticipantFileWindow* file = m_files.value(id); file && !file->close())
            return false;
    }
    return true;
}

void MainWindow::reassignSelected()
{
    const QString title = tr("Reassign");
    const QList<RowId> chosen = m_caseloadView->selectedParticipantIds();
    if (chosen.isEmpty()) {
        MessageBox::information(this, title,
                                tr("Select the participants to reassign in the list of participants first "
                                   "(Ctrl or Shift and a click to select several)."));
        return;
    }
    QStringList names;
    QString failure = readFailure([&] {
        for (const Referent& referent : ReferentRepository(database(), m_clock).all())
            names << toQString(referent.name);
    });
    if (!failure.isEmpty()) {
        showReadFailure(failure);
        return;
    }
    const std::optional<QString> name = ReassignDialog::ask(this, names, static_cast<int>(chosen.size()));
    if (!name)
        return;
    // Who moves: those with a pathway followed by someone else (the caseload's rows say it).
    QHash<RowId, int> rowOf;
    for (int row = 0; row < m_caseloadModel->rowCount(); ++row)
        rowOf.insert(m_caseloadModel->index(row, 0).data(CaseloadModel::ParticipantIdRole).toLongLong(), row);
    int moving = 0;
    for (const RowId id : chosen) {
        const QModelIndex row = m_caseloadModel->index(rowOf.value(id, -1), 0);
        if (row.isValid() && row.data(CaseloadModel::StatusRole).toInt() >= 0
            && row.data(CaseloadModel::ReferentNameRole).toString() != *name)
            ++moving;
    }
    if (moving == 0) {
        MessageBox::information(this, title,
                                tr("Nobody moves: the chosen participants are already followed by %1, "
                                   "or have no pathway.")
                                    .arg(*name));
        return;
    }
    QString question = tr("Move %n participant(s) to %1?", nullptr, moving).arg(*name);
    if (moving < chosen.size())
        question += QLatin1Char(' ')
                    + tr("%n already followed by them or without a pathway stay(s) as before.", nullptr,
                         static_cast<int>(chosen.size()) - moving);
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    if (!closeFilesOf(chosen))
        return; // a file kept its unsaved edits: nobody moves
    Change change;
    try {
        const std::optional<Referent> referent =
            ReferentRepository(database(), m_clock).findByName(name->toStdString());
        if (!referent)
            throw std::runtime_error(tr("%1 is no longer a case worker of this database.").arg(*name).toStdString());
        change = reassignParticipants(database(), m_clock, std::vector<RowId>(chosen.begin(), chosen.end()),
                                      referent->record.id);
    } catch (const std::exception& error) {
        MessageBox::warning(this, title, QString::fromUtf8(error.what()));
        DamageNotice::reportIfDamaged(error);
        return;
    }
    m_undo->push(change, tr("the reassignment of %n participant(s) to “%1”", nullptr, moving).arg(*name));
    statusBar()->showMessage(
        tr("%n participant(s) now followed by %1: Edit › Undo (Ctrl+Z) takes it back.", nullptr, moving).arg(*name),
        30000);
}

void MainWindow::showCaseloadOf(const QString& referentName)
{
    if (!m_caseloadModel->referentNames().contains(referentName)) { // the filter could not narrow to them
        statusBar()->showMessage(tr("%1 follows no participant in this database.").arg(referentName), 10000);
        return;
    }
    m_caseloadView->setFilters({QString(), QStringLiteral("open"), referentName});
    m_homeTabs->setCurrentWidget(m_caseloadView);
    m_caseloadView->table().setFocus();
}

void MainWindow::refreshReferents()
{
    m_referentsStale = m_homeTabs->currentWidget() != m_referentsPanel;
    if (!m_referentsStale)
        m_referentsModel->reload();
}

void MainWindow::chooseReferentIfUnknown()
{
    m_askReferentWhenUnknown = true;
    if (m_referent.isEmpty())
        changeReferent();
}

void MainWindow::chooseDaysWithoutContact()
{
    int current = PlieSettings::kDefaultDaysWithoutContact;
    const QString failure = readFailure([&] { current = PlieSettingsRepository(database()).get().daysWithoutContact; });
    if (!failure.isEmpty()) {
        showReadFailure(failure);
        return;
    }
    bool chosen = false;
    const int days = QInputDialog::getInt(
        this, tr("Days without a contact"),
        tr("« To do » lists a person in a pathway after this many days without a contact (a PLIE setting):"), current,
        1, 365, 1, &chosen);
    if (!chosen || days == current)
        return;
    try {
        setDaysWithoutContact(database(), m_clock, days);
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Days without a contact"), QString::fromStdString(error.what()));
        DamageNotice::reportIfDamaged(error);
        return;
    }
    m_agendaModel->reload();
    refreshReferents(); // their « sans entretien » follow the number of days
}

void MainWindow::changeReferent()
{
    QStringList names;
    const QString failure = readFailure([&] {
        for (const Referent& referent : ReferentRepository(database(), m_clock).all())
            names << toQString(referent.name);
    });
    if (!failure.isEmpty()) {
        showReadFailure(failure);
        return;
    }
    if (const std::optional<QString> name = ReferentDialog::ask(this, names, m_referent)) {
        rememberReferent(toQString(database().path()), *name);
        setReferent(*name);
    }
}

void MainWindow::setReferent(const QString& name)
{
    m_referent = name;
    prepareConnection();
    m_caseloadView->setMe(name);
    m_agendaModel->setReferent(name);
    updateStatusBar();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_caseloadView->saveState(settings);
    if (m_ownFilters) // the demo's filters are not the user's
        CaseloadView::saveFilters(settings, *m_ownFilters);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeParticipantFiles(false)) {
        event->ignore(); // a file kept its unsaved edits
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
    if (m_safeguards && !m_closingDamaged) {
        hide(); // the closing's backup is waited for, the window gone already
        m_backups->backUpAtClose();
    }
    m_marker.reset(); // a clean close
}

// Each switch keeps the database it replaces until the model has left it.
void MainWindow::openOwnDatabase(std::unique_ptr<Database> db)
{
    closeParticipantFiles(true);
    const std::unique_ptr<Database> previous = std::exchange(m_own, std::move(db));
    const std::unique_ptr<Database> previousDemo = std::move(m_demo);
    restoreOwnFilters();
    showCurrentDatabase();
    watchOwnDatabase();
}

void MainWindow::showDemo(std::unique_ptr<Database> demo)
{
    closeParticipantFiles(true);
    if (!m_ownFilters)
        m_ownFilters = m_caseloadView->filters();
    const std::unique_ptr<Database> previous = std::exchange(m_demo, std::move(demo));
    m_caseloadView->setFilters({}); // the demo starts from the start
    showCurrentDatabase();
}

void MainWindow::showOwnDatabase()
{
    if (!closeParticipantFiles(false))
        return;
    const std::unique_ptr<Database> demo = std::move(m_demo);
    restoreOwnFilters();
    showCurrentDatabase();
}

// The status and référent.e filters the user had chosen on their own caseload; the search
// typed in the demo is gone (a new person must not stay hidden behind a demo's name).
void MainWindow::restoreOwnFilters()
{
    if (!m_ownFilters)
        return;
    CaseloadView::Filters own = *m_ownFilters;
    own.search.clear();
    m_ownFilters.reset();
    m_caseloadView->setFilters(own);
}

void MainWindow::showCurrentDatabase(bool reload)
{
    m_outside.reset();
    readFailure([&] { m_outside = std::make_unique<OutsideChanges>(database()); });
    m_referent = rememberedReferent(toQString(database().path()));
    prepareConnection();
    m_caseloadView->setMe(m_referent);
    m_agendaModel->setReferent(m_referent);
    if (reload) {
        m_agendaModel->setDatabase(database());
        m_referentsModel->setDatabase(database()); // read again by the caseload's reset that follows
        m_caseloadModel->setDatabase(database());  // the status bar follows the model
    } else
        updateStatusBar();
    m_demoBanner->setVisible(showsDemo());
    m_importAction->setEnabled(!showsDemo());
    m_demoAction->setVisible(!showsDemo());
    m_backAction->setVisible(showsDemo());
    updateConflictsAction();
    updateTitle();
    if (m_askReferentWhenUnknown && m_referent.isEmpty())
        changeReferent();
}

bool MainWindow::reloadIfChangedOutside()
{
    if (!m_outside || QApplication::activeModalWidget())
        return false;
    for (const ParticipantFileWindow* file : participantFiles())
        if (file->hasUnsavedEdits())
            return false; // read again once the edits are saved or dropped
    bool changed = false;
    const QString failure = readFailure([&] { changed = m_outside->happened(); });
    if (!failure.isEmpty() || !changed)
        return false;
    m_outside->accept();       // a commit made while reading is seen at the next look
    m_caseloadModel->reload(); // « À faire » and the référent.e.s follow its reset
    for (ParticipantFileWindow* file : participantFiles())
        file->reloadAll();
    updateConflictsAction();
    updateTitle();
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        reloadIfChangedOutside();
}

void MainWindow::updateConflictsAction()
{
    const int count = unsettledConflictCount(database());
    m_conflictsAction->setVisible(count > 0);
    m_conflictsAction->setText(tr("&Conflicts to settle (%n)…", nullptr, count));
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(database(), m_clock, this);
    dialog.exec();
    updateConflictsAction();
}

void MainWindow::prepareConnection()
{
    Database& db = database();
    if (!m_referent.isEmpty())
        db.journal().setAuthor(m_referent.toStdString());
    db.setBusyTimeout(kBusyTimeout);
    // Read traces older than 12 months go when a base is opened (and at each new trace): a base
    // that refuses the write (busy, read-only) keeps them until the next time.
    readFailure([&] { readtraces::purgeExpired(db, m_clock); });
    if (&m_undo->database() != &db)
        m_undo->setDatabase(db); // what is undone is of the database shown
    if (m_entryValidation)
        m_entryValidation->refresh();
}

void MainWindow::updateTitle()
{
    QString plieName; // without it when it cannot be read: the caseload says why
    readFailure([&] { plieName = toQString(PlieSettingsRepository(database()).get().name).trimmed(); });
    QStringList parts;
    if (!plieName.isEmpty())
        parts << plieName;
    if (showsDemo())
        parts << tr("Demonstration");
    parts << QStringLiteral("Parcours");
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::showReadFailure(const QString& message)
{
    MessageBox::warning(this, tr("Database not read"),
                        tr("%1\n\nParcours shows what it read last; it may be out of date.").arg(message));
}

void MainWindow::updateStatusBar()
{
    // The référent.e's caseload against the norm; until they have said who they are, the whole base.
    if (m_referent.isEmpty())
        m_caseloadSize->setText(tr("%Ln participant(s)", nullptr, m_caseloadModel->rowCount()));
    else
        m_caseloadSize->setText(caseloadSizeText(m_caseloadModel->openPathwaysOf(m_referent)));
    m_caseloadSize->setToolTip(
        m_referent.isEmpty()
            ? tr("Everyone in the database: choose who you are in Parcours › Change case worker…")
            : tr("Open pathways followed by %1; a case worker follows 60 to 100 participants.").arg(m_referent));
    const int shown = m_caseloadView->shownCount();
    m_shownCount->setText(tr("%Ln shown", nullptr, shown));
    m_shownCount->setVisible(m_caseloadModel->rowCount() > 0);
    const QString path = QDir::toNativeSeparators(toQString(database().path()));
    m_databasePath->setText(path);
    m_databasePath->setToolTip(tr("Database: %1").arg(path));
    updateProtectionState();
}

} // namespace parcours::ui
