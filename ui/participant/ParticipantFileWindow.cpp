// The participant file: assembles the panels, the undo stack, the keyboard and the question on closing.
#include "ui/participant/ParticipantFileWindow.h"

#include "store/ParticipantRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/MessageBox.h"
#include "ui/common/StoreReads.h"
#include "ui/common/UndoController.h"
#include "ui/common/WaitCursor.h"
#include "ui/participant/BarriersPanel.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/HistoryPanel.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/StepsPanel.h"
#include "usecases/ParticipantCases.h"

#include <QAction>
#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QGroupBox* framed(const QString& title, QWidget* panel)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(panel);
    return box;
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
    m_history = new HistoryPanel(db, clock, participantId);

    auto* identityScroll = new QScrollArea;
    identityScroll->setWidget(m_identity);
    identityScroll->setWidgetResizable(true);
    identityScroll->setFrameShape(QFrame::NoFrame);
    // The identity form is never cut: the column is as wide as the form wants.
    identityScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    identityScroll->setMinimumWidth(m_identity->sizeHint().width()
                                    + identityScroll->verticalScrollBar()->sizeHint().width());

    auto* middle = new QSplitter(Qt::Vertical);
    middle->addWidget(framed(tr("Steps"), m_steps));
    middle->addWidget(framed(tr("Barriers"), m_barriers));
    middle->addWidget(framed(tr("History"), m_history));

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(identityScroll);
    columns->addWidget(middle);
    columns->addWidget(framed(tr("Contacts (Ctrl+L to log one)"), m_contacts));
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 4);
    columns->setStretchFactor(2, 3);

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
    reloadAll();
    // Its natural size, within the screen's room (a 1366x768 laptop is common).
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1400, 850);
    resize(QSize(1400, 850).boundedTo(room));
    setTabOrder(m_identity, m_steps);
    setTabOrder(m_steps, m_barriers);
    setTabOrder(m_barriers, m_contacts);
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
    // No shortcut: a deletion is never one key press away.
    file->addAction(tr("&Delete the file…"), this, [this] { deleteFile(); });
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
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
    return {m_identity, m_steps, m_barriers, m_contacts};
}

// A store that cannot be read (file removed, damaged, locked) leaves the panels as they were, and says so.
void ParticipantFileWindow::reloadAll()
{
    const QString failure = ui::readFailure([this] {
        for (FilePanel* panel : panels())
            panel->reload();
    });
    m_readFailure->setText(failure.isEmpty() ? QString()
                                             : tr("The file could not be read: %1 What it shows may be out of date.")
                                                   .arg(failure));
    m_readFailure->setVisible(!failure.isEmpty());
    m_history->reload();
    if (const auto& p = m_identity->participant()) {
        const QString name = toQString(p->lastName).toUpper() + QLatin1Char(' ') + toQString(p->firstName);
        m_title->setText(name);
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
        return false;
    }
    m_deleted = true;
    emit fileDeleted(change, name);
    close();
    return true;
}

void ParticipantFileWindow::closeEvent(QCloseEvent* event)
{
    if (m_deleted || !hasUnsavedEdits()) {
        event->accept();
        return;
    }
    const auto answer = MessageBox::askToSaveChanges(this, tr("Unsaved changes"), tr("Save the changes?"));
    if (answer == QMessageBox::Discard) {
        event->accept();
    } else if (answer == QMessageBox::Save && saveEdits()) {
        event->accept();
    } else {
        event->ignore(); // Cancel, or a refused edit: nothing is lost
    }
}

} // namespace parcours::ui
