// The participant file writes an undo or redo first, and moves its stack only then: refused while another program
// holds the base, or when the row changed meanwhile.
#include "TestDatabase.h"
#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/common/UndoController.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "ui/participant/RecordListModel.h"
#include "usecases/PathwayItemCases.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <chrono>

using namespace parcours;
using namespace std::chrono_literals;
using parcours::ui::ParticipantFileWindow;

namespace {

// Sophie Martin's file (three contacts), over a connection that waits 100 ms for a lock.
struct File {
    test::TestDatabase data;
    RowId participantId = 0;
    RowId pathwayId = 0;
    std::unique_ptr<ParticipantFileWindow> window;

    File()
    {
        data.fillSmallCaseload();
        for (const Participant& p : ParticipantRepository(data.db(), data.clock()).all()) {
            if (p.lastName == "Martin")
                participantId = p.record.id;
        }
        pathwayId = PathwayRepository(data.db(), data.clock()).forParticipant(participantId).back().record.id;
        data.db().setBusyTimeout(100ms);
        window = std::make_unique<ParticipantFileWindow>(data.db(), data.clock(), participantId);
    }
    std::vector<Contact> contacts() { return ContactRepository(data.db(), data.clock()).forPathway(pathwayId); }
    QUndoStack& stack() { return *window->undoStack(); }
    QAction* action(const QKeySequence& shortcut) const
    {
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->shortcuts().contains(shortcut))
                return a;
        }
        return nullptr;
    }
    QAction* undoAction() const { return action(QKeySequence(Qt::CTRL | Qt::Key_Z)); }
    QAction* redoAction() const { return action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)); }

    // The newest contact's note edited in the journal and saved.
    void editNewestNote(const QString& note)
    {
        ui::ContactsPanel* panel = window->contactsPanel();
        panel->view()->setCurrentIndex(panel->model()->index(0, 0));
        emit panel->view()->activated(panel->view()->currentIndex());
        panel->noteEdit()->setPlainText(note);
        QVERIFY(panel->saveEdits());
    }
    // A label of the window that shows `text`.
    bool shows(const QString& text) const
    {
        for (const QLabel* label : window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(text))
                return true;
        }
        return false;
    }
};

} // namespace

class FileUndoTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { ui::MessageBox::answerAutomatically(QMessageBox::Ok); }
    void actionsFollowTheStack();
    void undoRefusedWhileAnotherProgramHoldsTheBase();
    void undoRefusedWhenTheRowChangedMeanwhile();
    void writeOfABusyBaseSaysSoUnderTheForm();
    void unchangedIdentityWritesNothingAndLeavesNoUndo();
};

void FileUndoTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void FileUndoTest::actionsFollowTheStack()
{
    File file;
    QAction* undo = file.undoAction();
    QAction* redo = file.redoAction();
    QVERIFY(undo);
    QVERIFY(redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Annuler"));

    file.editNewestNote(QStringLiteral("Relance CV"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Annuler « Modifier l'entretien »"));
    QVERIFY(!redo->isEnabled());

    undo->trigger();
    QCOMPARE(file.contacts().front().note, std::string());
    QCOMPARE(file.stack().index(), 0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Rétablir « Modifier l'entretien »"));

    redo->trigger();
    QCOMPARE(file.contacts().front().note, std::string("Relance CV"));
    QCOMPARE(file.stack().index(), 1);
}

void FileUndoTest::undoRefusedWhileAnotherProgramHoldsTheBase()
{
    File file;
    ui::ContactsPanel* panel = file.window->contactsPanel();
    panel->startQuickLog();
    panel->noteEdit()->setPlainText(QStringLiteral("Appel du lundi"));
    QVERIFY(panel->saveEdits());
    QCOMPARE(file.contacts().size(), std::size_t(4));
    QCOMPARE(file.stack().index(), 1);

    // Another program (here a second connection) holds the write lock.
    std::unique_ptr<Database> other = file.data.connect();
    other->sql().exec("BEGIN IMMEDIATE");
    file.undoAction()->trigger();
    // Neither the stack nor the database has moved.
    QCOMPARE(file.stack().index(), 1);
    QCOMPARE(file.contacts().size(), std::size_t(4));
    QCOMPARE(ui::MessageBox::lastTitle(), QStringLiteral("Impossible d'annuler"));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("occupée par un autre programme")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(file.undoAction()->isEnabled());
    QCOMPARE(file.undoAction()->text(), QStringLiteral("&Annuler « Noter un entretien »"));
    QVERIFY(!file.redoAction()->isEnabled());

    // Once it lets go, the same undo goes through, and so does its redo.
    other->sql().exec("ROLLBACK");
    QVERIFY(file.window->undoController()->undo());
    QCOMPARE(file.stack().index(), 0);
    QCOMPARE(file.contacts().size(), std::size_t(3));
    QCOMPARE(panel->model()->rowCount(), 3);

    other->sql().exec("BEGIN IMMEDIATE");
    QVERIFY(!file.window->undoController()->redo());
    QCOMPARE(ui::MessageBox::lastTitle(), QStringLiteral("Impossible de rétablir"));
    QCOMPARE(file.stack().index(), 0);
    QCOMPARE(file.contacts().size(), std::size_t(3));
    other->sql().exec("ROLLBACK");

    QVERIFY(file.window->undoController()->redo());
    QCOMPARE(file.stack().index(), 1);
    const auto contacts = file.contacts();
    QCOMPARE(contacts.size(), std::size_t(4));
    QCOMPARE(contacts.front().note, std::string("Appel du lundi"));
    QCOMPARE(panel->model()->rowCount(), 4);
}

void FileUndoTest::undoRefusedWhenTheRowChangedMeanwhile()
{
    File file;
    file.window->show();
    QApplication::setActiveWindow(file.window.get());
    QVERIFY(QTest::qWaitForWindowActive(file.window.get()));
    file.editNewestNote(QStringLiteral("Relance CV"));
    QCOMPARE(file.stack().index(), 1);

    // Someone else edits the same contact, through the same use case, on their own connection.
    std::unique_ptr<Database> other = file.data.connect();
    Contact contact = ContactRepository(*other, file.data.clock()).forPathway(file.pathwayId).front();
    contact.note = "Rappeler lundi";
    editContact(*other, file.data.clock(), contact);

    QTest::keyClick(file.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(file.stack().index(), 1);
    QCOMPARE(file.contacts().front().note, std::string("Rappeler lundi")); // their edit stands
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("modifiée depuis")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(!file.window->undoController()->lastRefusal().isEmpty());
    // The journal shows the contact as it now is.
    ui::ContactsPanel* panel = file.window->contactsPanel();
    QCOMPARE(panel->model()->index(0, 2).data().toString(), QStringLiteral("Rappeler lundi"));
}

void FileUndoTest::writeOfABusyBaseSaysSoUnderTheForm()
{
    File file;
    file.window->show();
    std::unique_ptr<Database> other = file.data.connect();
    other->sql().exec("BEGIN IMMEDIATE");
    ui::ContactsPanel* panel = file.window->contactsPanel();
    panel->startQuickLog();
    QTest::keyClicks(panel->noteEdit(), QStringLiteral("Appel"));
    QVERIFY(!panel->saveEdits());
    QVERIFY(file.shows(QStringLiteral("occupée par un autre programme")));
    QVERIFY(file.window->hasUnsavedEdits()); // the note is kept, to save again
    QCOMPARE(file.stack().count(), 0);
    other->sql().exec("ROLLBACK");
    QVERIFY(panel->saveEdits());
    QCOMPARE(file.contacts().size(), std::size_t(4));
}


void FileUndoTest::unchangedIdentityWritesNothingAndLeavesNoUndo()
{
    File file;
    const auto operations = [&] {
        return file.data.db().sql().execAndGet("SELECT count(*) FROM operations").getInt64();
    };
    const auto before = operations();
    ui::IdentityPanel* identity = file.window->identityPanel();

    // Saved as it was, even after typing the same phone number again: nothing written, nothing to undo.
    QTest::keyClick(identity->phoneField(), Qt::Key_End);
    QTest::keyClicks(identity->phoneField(), QStringLiteral("7"));
    QTest::keyClick(identity->phoneField(), Qt::Key_Backspace);
    QVERIFY(identity->hasUnsavedEdits());
    QVERIFY(file.window->saveEdits());
    QCOMPARE(operations(), before);
    QCOMPARE(file.stack().count(), 0);
    QVERIFY(!file.undoAction()->isEnabled());
    QCOMPARE(file.undoAction()->text(), QStringLiteral("&Annuler"));
    QVERIFY(!identity->hasUnsavedEdits());

    // A real change is one step, named in quotes.
    identity->phoneField()->setText(QStringLiteral("06 11 22 33 44"));
    QTest::keyClicks(identity->phoneField(), QStringLiteral("5"));
    QVERIFY(file.window->saveEdits());
    QCOMPARE(file.stack().count(), 1);
    QCOMPARE(file.undoAction()->text(), QStringLiteral("&Annuler « Modifier l'identité »"));
}

QTEST_MAIN(FileUndoTest)
#include "FileUndoTest.moc"
