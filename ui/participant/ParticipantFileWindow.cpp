// The participant file: assembles the panels, the undo stack, the keyboard and the question on closing.
#include "ui/participant/ParticipantFileWindow.h"

#include "interchange/FolderWriter.h"
#include "store/ParticipantRepository.h"
#include "store/ReadTraces.h"
#include "transfer/ParticipantAccess.h"
#include "ui/backup/DamageNotice.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/HelpWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StoreReads.h"
#include "ui/common/UndoController.h"
#include "ui/common/WaitCursor.h"
#include "ui/fiche/FicheDocument.h"
#include "ui/fiche/FicheOutput.h"
#include "ui/participant/BarriersPanel.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/HistoryPanel.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/PathwayPanel.h"
#include "ui/participant/StepsPanel.h"
#include "usecases/ParticipantCases.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

namespace {

const QString kGeometryKey = QStringLiteral("participantFile/geometry");

QScrollArea* scrolling(QWidget* panel)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

ParticipantFileWindow::ParticipantFileWindow(parcours::Database& db, const parcours::Clock& clock,
                                             parcours::RowId participantId, QWidget* parent)
    : QMainWindow(parent), m_participantId(participantId)
{
    m_undoStack = new QUndoStack(this);
    m_undo = new UndoController(db, clock, *m_undoStack, this);
    connect(m_undo, &UndoController::changed, this, [this] {
        reloadAll();
        emit changed();
    });
    connect(m_undo, &UndoController::refused, this, [this] { reloadAll(); }); // show what changed meanwhile

    const FileContext context{db, clock, *m_undo};
    m_identity = new IdentityPanel(context, participantId);
    m_steps = new StepsPanel(context, participantId);
    m_barriers = new BarriersPanel(context, participantId);
    m_contacts = new ContactsPanel(context, participantId);
    m_pathway = new PathwayPanel(context, participantId);
    m_history = new HistoryPanel(db, clock, participantId);

    auto* identityScroll = scrolling(m_identity);
    // The identity form is never cut: the column is as wide as the form wants.
    identityScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    identityScroll->setMinimumWidth(m_identity->sizeHint().width()
                                    + identityScroll->verticalScrollBar()->sizeHint().width());

    // One section at a time, each with the whole height: on a 1366x768 laptop at large fonts
    // the steps keep several rows and the contact's note its button. A page that still does
    // not fit scrolls rather than squeezing its list.
    m_sections = new QTabWidget;
    m_sections->setObjectName(QStringLiteral("fileSections"));
    m_sections->addTab(scrolling(m_pathway), tr("Pathway"));
    m_sections->addTab(scrolling(m_steps), tr("Steps"));
    m_sections->addTab(scrolling(m_barriers), tr("Barriers"));
    m_sections->addTab(scrolling(m_contacts), tr("Contacts"));
    m_sections->addTab(m_history, tr("History"));
    m_sections->setCurrentIndex(m_sections->count() - 2); // the journal: what a référent.e opens a file for most
    for (FilePanel* panel : {static_cast<FilePanel*>(m_pathway), static_cast<FilePanel*>(m_steps),
                             static_cast<FilePanel*>(m_barriers), static_cast<FilePanel*>(m_contacts)}) {
        connect(panel, &FilePanel::attentionWanted, this, [this, panel] { showSection(panel); });
    }

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->setObjectName(QStringLiteral("fileColumns"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(identityScroll);
    columns->addWidget(m_sections);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 5);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_title);
    m_readFailure = new QLabel;
    m_readFailure->setObjectName(QStringLiteral("readFailure"));
    m_readFailure->setWordWrap(true);
    m_readFailure->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_readFailure->hide();
    layout->addWidget(m_readFailure);
    layout->addWidget(columns, 1);
    setCentralWidget(central);

    createActions();
    recordConsultation();
    reloadAll();
    restoreWindowGeometry();
    setTabOrder(m_identity, m_sections);
}

// The size and place of the last file closed, kept inside the screen's room (a 1366x768
// laptop is common, a second screen may be gone); the first time, as large as the room allows.
void ParticipantFileWindow::restoreWindowGeometry()
{
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    // The title bar is not known before the window is shown: room for a usual one.
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this) + 8;
    resize(QSize(1400, 850).boundedTo(room.size() - QSize(0, titleBar)));
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    QRect inner = geometry();
    inner.setSize(inner.size().boundedTo(room.size() - QSize(0, titleBar)));
    inner.moveLeft(std::clamp(inner.left(), room.left(), room.right() - inner.width() + 1));
    inner.moveTop(std::clamp(inner.top(), room.top() + titleBar, room.bottom() - inner.height() + 1));
    setGeometry(inner);
}

// Once shown, the real frame: moved or shrunk to lie wholly on the screen.
void ParticipantFileWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        const QRect room = screen() ? screen()->availableGeometry() : QRect();
        const QRect frame = frameGeometry();
        if (room.isEmpty() || room.contains(frame))
            return;
        const QSize margins = frame.size() - size();
        const QSize inner = size().boundedTo(room.size() - margins);
        resize(inner);
        const QSize outer = inner + margins;
        move(std::clamp(frame.left(), room.left(), room.right() - outer.width() + 1),
             std::clamp(frame.top(), room.top(), room.bottom() - outer.height() + 1));
    });
}

void ParticipantFileWindow::showAgendaItem(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::SansEntretien: showSection(m_contacts); break;
    case AgendaKind::FinEtape: showSection(m_steps); break;
    default: showSection(m_pathway); break;
    }
}

void ParticipantFileWindow::showSection(QWidget* panel)
{
    for (int i = 0; i < m_sections->count(); ++i) {
        auto* scroll = qobject_cast<QScrollArea*>(m_sections->widget(i));
        if (m_sections->widget(i) == panel || (scroll && scroll->widget() == panel))
            m_sections->setCurrentIndex(i);
    }
}

ParticipantFileWindow::~ParticipantFileWindow() = default;

void ParticipantFileWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* save = file->addAction(tr("&Save"), this, [this] { saveEdits(); });
    save->setShortcut(QKeySequence::Save);
    QAction* log = file->addAction(tr("&Log a contact"), this, [this] { logContact(); });
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    file->addAction(tr("Fiche parcours as &PDF…"), this, [this] { saveFichePdf(); })
        ->setObjectName(QStringLiteral("fichePdf"));
    QAction* print = file->addAction(tr("&Print the fiche…"), this, [this] { printFiche(); });
    print->setObjectName(QStringLiteral("printFiche"));
    print->setShortcut(QKeySequence::Print);
    file->addAction(tr("Copy for the person…"), this, [this] { copyForPerson(); })
        ->setObjectName(QStringLiteral("copyForPerson"));
    file->addSeparator();
    // No shortcut: a deletion is never one key press away.
    file->addAction(tr("&Delete the file…"), this, [this] { deleteFile(); });
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    // F1: the guide, in one window for the whole application (the main window's).
    auto* guide = new QShortcut(QKeySequence::HelpContents, this);
    connect(guide, &QShortcut::activated, this, [this] { HelpWindow::show(parentWidget() ? parentWidget() : this); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"), tr("&Undo “%1”"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"), tr("&Redo “%1”"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newStep = edit->addAction(tr("New &step"), this, [this] { m_steps->startNew(); });
    newStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* newBarrier = edit->addAction(tr("New &barrier"), this, [this] { m_barriers->startNew(); });
    newBarrier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));

    // Esc forgets the edits of the form it is pressed in.
    for (FilePanel* panel : panels()) {
        auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), panel);
        escape->setContext(Qt::WidgetWithChildrenShortcut);
        connect(escape, &QShortcut::activated, panel, [panel] { panel->cancelEdit(); });
    }
}

std::vector<FilePanel*> ParticipantFileWindow::panels() const
{
    return {m_identity, m_pathway, m_steps, m_barriers, m_contacts};
}

// A store that cannot be read (file removed, damaged, locked) leaves the panels as they were, and says so.
void ParticipantFileWindow::reloadAll()
{
    const QString failure = ui::readFailure([this] {
        for (FilePanel* panel : panels())
            panel->reload();
    });
    m_readFailure->setText(failure.isEmpty()
                               ? QString()
                               : tr("The file could not be read: %1 What it shows may be out of date.").arg(failure));
    m_readFailure->setVisible(!failure.isEmpty());
    m_history->reload();
    if (const auto& p = m_identity->participant()) {
        const QString name = toQString(p->lastName).toUpper() + QLatin1Char(' ') + toQString(p->firstName);
        // The pathway's state at the top, whatever section is shown.
        m_title->setText(name + QStringLiteral(" — ") + m_pathway->stateText());
        setWindowTitle(tr("%1 – Participant file").arg(name));
    }
}

QString ParticipantFileWindow::readFailureMessage() const
{
    return m_readFailure->text();
}

bool ParticipantFileWindow::hasUnsavedEdits() const
{
    for (FilePanel* panel : panels()) {
        if (panel->hasUnsavedEdits())
            return true;
    }
    return false;
}

bool ParticipantFileWindow::saveEdits()
{
    bool saved = true;
    for (FilePanel* panel : panels()) {
        if (panel->hasUnsavedEdits() && !panel->saveEdits())
            saved = false;
    }
    statusBar()->showMessage(saved ? tr("Saved.") : tr("Not saved: see the messages under the fields."), 5000);
    return saved;
}

void ParticipantFileWindow::logContact()
{
    showSection(m_contacts);
    m_contacts->startQuickLog();
}

bool ParticipantFileWindow::deleteFile()
{
    const std::optional<Participant>& person = m_identity->participant();
    if (!person)
        return false;
    const QString name = toQString(person->lastName).toUpper() + QLatin1Char(' ') + toQString(person->firstName);
    const QString title = tr("Delete the file");
    const auto answer =
        MessageBox::warning(this, title,
                            tr("Delete the file of %1, with their pathways, steps, barriers and contacts?\n\n"
                               "The main window can still undo it (Edit › Undo).")
                                .arg(name),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    Change change;
    try {
        const WaitCursor wait;
        change = parcours::deleteParticipant(m_undo->database(), m_undo->clock(), m_participantId);
    } catch (const std::exception& error) { // a busy, read-only or broken base: nothing deleted
        MessageBox::warning(this, title, toQString(std::string(error.what())));
        DamageNotice::reportIfDamaged(error);
        return false;
    }
    m_deleted = true;
    emit fileDeleted(change, name);
    close();
    return true;
}

bool ParticipantFileWindow::saveFichePdf()
{
    const QString title = tr("Fiche parcours as PDF");
    QString path;
    const QString failure = ui::readFailure([&] {
        const QString name = FicheDocument::suggestedFileName(m_undo->database(), m_undo->clock(), m_participantId);
        path = FileDialogs::saveFile(this, title, QDir::home().filePath(name), tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
        const WaitCursor wait;
        const QString error = writeFichePdf(m_undo->database(), m_undo->clock(), m_participantId, path);
        if (!error.isEmpty()) {
            MessageBox::warning(this, title, error);
            path.clear();
        }
    });
    if (!failure.isEmpty()) {
        MessageBox::warning(this, title, tr("The fiche could not be written: %1").arg(failure));
        return false;
    }
    if (path.isEmpty())
        return false;
    m_history->reload(); // its « impression » trace
    statusBar()->showMessage(tr("Fiche written to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool ParticipantFileWindow::printFiche()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // the fiche keeps 2 cm of its own
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the fiche"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printFicheOn(printer);
}

bool ParticipantFileWindow::printFicheOn(QPrinter& printer)
{
    bool printed = false;
    const QString failure = ui::readFailure([&] {
        const WaitCursor wait;
        printed = FicheOutput::print(m_undo->database(), m_undo->clock(), m_participantId, printer);
    });
    if (!failure.isEmpty())
        MessageBox::warning(this, tr("Print the fiche"), tr("The fiche could not be printed: %1").arg(failure));
    if (printed)
        m_history->reload(); // its « impression » trace
    return printed;
}

// Opening a file is a read of the person's data: traced (who, when), seen by a coordinator in the
// file's history. A base that refuses the write (busy, read-only) does not keep the file shut.
void ParticipantFileWindow::recordConsultation()
{
    const QString failure = ui::readFailure([this] {
        readtraces::recordForIds(m_undo->database(), m_undo->clock(), {m_participantId}, ReadAction::Consultation);
    });
    if (!failure.isEmpty())
        statusBar()->showMessage(tr("The consultation could not be traced: %1").arg(failure), 15000);
}

bool ParticipantFileWindow::copyForPerson()
{
    const QString title = tr("Copy for the person");
    const QString parentFolder = FileDialogs::existingFolder(this, title, QDir::homePath());
    if (parentFolder.isEmpty())
        return false;
    return copyForPersonInto(parentFolder);
}

bool ParticipantFileWindow::copyForPersonInto(const QString& parentFolder)
{
    const QString title = tr("Copy for the person");
    const std::optional<Participant>& person = m_identity->participant();
    if (!person)
        return false;
    const QString name = toQString(person->lastName).toUpper() + QLatin1Char(' ') + toQString(person->firstName);
    const QString folder = QDir(parentFolder)
                               .filePath(tr("Copy for %1 %2", "folder name: the person, the day")
                                             .arg(name, toQString(toIsoDate(m_undo->clock().today()))));
    QString error;
    const QString failure = ui::readFailure([&] {
        const WaitCursor wait;
        try {
            writeAccessCopy(m_undo->database(), m_undo->clock(), m_participantId, toPath(folder));
        } catch (const FolderWriteError& written) {
            error = QString::fromUtf8(written.what());
            return;
        }
        error = writeFichePdf(m_undo->database(), m_undo->clock(), m_participantId,
                              QDir(folder).filePath(QString::fromUtf8(kAccessFicheFile)), FicheOutput::Trace::None);
    });
    if (!failure.isEmpty() || !error.isEmpty()) {
        MessageBox::warning(this, title,
                            tr("The copy could not be written: %1").arg(failure.isEmpty() ? error : failure));
        return false;
    }
    m_history->reload(); // its « acces » trace
    statusBar()->showMessage(tr("Copy for the person written to %1.").arg(QDir::toNativeSeparators(folder)), 15000);
    return true;
}

void ParticipantFileWindow::closeEvent(QCloseEvent* event)
{
    if (m_deleted || !hasUnsavedEdits()) {
        event->accept();
    } else {
        const auto answer = MessageBox::askToSaveChanges(this, tr("Unsaved changes"), tr("Save the changes?"));
        if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && saveEdits()))
            event->accept();
        else
            event->ignore(); // Cancel, or a refused edit: nothing is lost
    }
    if (event->isAccepted())
        QSettings().setValue(kGeometryKey, saveGeometry());
}

} // namespace parcours::ui
