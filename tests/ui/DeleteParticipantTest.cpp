// Deleting a participant.e's file created by mistake: asked by name, every row deleted, brought back by the main
// window's undo, and its history by the référent.e chosen.
#include "TestDatabase.h"
#include "store/EntityTables.h"
#include "store/OperationLog.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/common/UndoController.h"
#include "ui/main/MainWindow.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/IdentityPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "ui/referent/RememberedReferent.h"
#include "usecases/PathwayItemCases.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <chrono>
#include <map>
#include <set>

using namespace parcours;
using namespace std::chrono_literals;
using parcours::ui::MainWindow;
using parcours::ui::ParticipantFileWindow;

namespace {

// The small caseload, Sophie Martin with a step and a barrier besides her three contacts, shown
// by a main window whose référent.e is Claire Dubois.
struct Home {
    test::TestDatabase data;
    std::unique_ptr<MainWindow> window;

    Home()
    {
        data.fillSmallCaseload();
        const RowId pathway = PathwayRepository(data.db(), data.clock()).forParticipant(martin()).back().record.id;
        Step step;
        step.pathwayId = pathway;
        step.type = StepType::Iae;
        step.subtype = StepSubtype::Aci;
        step.operatorName = "Régie Est";
        step.start = Date(2026, 4, 1);
        addStep(data.db(), data.clock(), step);
        Barrier barrier;
        barrier.pathwayId = pathway;
        barrier.category = BarrierCategory::Mobilite;
        barrier.identifiedDate = Date(2026, 3, 10);
        addBarrier(data.db(), data.clock(), barrier);
        ui::rememberReferent(data.path(), QStringLiteral("Claire Dubois"));
        window = std::make_unique<MainWindow>(data.connect(), data.clock());
    }

    RowId martin()
    {
        for (const Participant& p : ParticipantRepository(data.db(), data.clock()).all()) {
            if (p.lastName == "Martin")
                return p.record.id;
        }
        return 0;
    }
    // The rows of every table of the store, by table.
    std::map<std::string, int> rowCounts()
    {
        std::map<std::string, int> counts;
        for (const EntityTable& table : entityTables())
            counts[table.table] =
                data.db().sql().execAndGet(std::string("SELECT count(*) FROM ") + table.table).getInt();
        return counts;
    }
    std::int64_t lastSeq()
    {
        std::int64_t last = 0;
        forEachOperation(data.db(), 0, [&](const Operation& o) { last = o.seq; });
        return last;
    }
    std::vector<Operation> operationsAfter(std::int64_t seq)
    {
        std::vector<Operation> operations;
        forEachOperation(data.db(), seq, [&](const Operation& o) { operations.push_back(o); });
        return operations;
    }
    // The main window's own actions (a file's are its file window's).
    QAction* action(const QKeySequence& shortcut) const
    {
        for (QAction* a : window->findChildren<QAction*>(Qt::FindDirectChildrenOnly)) {
            if (a->shortcuts().contains(shortcut))
                return a;
        }
        return nullptr;
    }
    QAction* undoAction() const { return action(QKeySequence(Qt::CTRL | Qt::Key_Z)); }
    QAction* redoAction() const { return action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)); }
};

QAction* deleteAction(ParticipantFileWindow& file)
{
    for (QAction* a : file.findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Supprimer la fiche…"))
            return a;
    }
    return nullptr;
}

} // namespace

class DeleteParticipantTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void deletionAsksByNameAndHasNoShortcut();
    void deletedFileComesBackWithEveryRowAndItsHistory();
    void redoingTheDeletionClosesTheFileOpenAgain();
    void undoOfTheDeletionWaitsForABusyBase();
    void operationsAreByTheChosenReferent();
};

void DeleteParticipantTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void DeleteParticipantTest::init()
{
    test::isolateSettings();
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void DeleteParticipantTest::deletionAsksByNameAndHasNoShortcut()
{
    Home home;
    const auto before = home.rowCounts();
    ParticipantFileWindow* file = home.window->openParticipant(home.martin());
    QAction* remove = deleteAction(*file);
    QVERIFY(remove);
    QVERIFY(remove->shortcuts().isEmpty());

    ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
    remove->trigger();
    QCOMPARE(ui::MessageBox::lastTitle(), QStringLiteral("Supprimer la fiche"));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("MARTIN Sophie")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(home.rowCounts() == before);
    QVERIFY(file->isVisible());
    QVERIFY(!home.undoAction()->isEnabled());
}

void DeleteParticipantTest::deletedFileComesBackWithEveryRowAndItsHistory()
{
    Home home;
    const auto before = home.rowCounts();
    QCOMPARE(before.at("contacts"), 3);
    QCOMPARE(before.at("steps"), 1);
    QCOMPARE(before.at("barriers"), 1);
    QCOMPARE(home.window->caseloadModel().rowCount(), 5);
    const std::int64_t seqBefore = home.lastSeq();

    QPointer<ParticipantFileWindow> file = home.window->openParticipant(home.martin());
    QSignalSpy deleted(file.data(), &ParticipantFileWindow::fileDeleted);
    ui::MessageBox::answerAutomatically(QMessageBox::Yes);
    QVERIFY(file->deleteFile());
    QCOMPARE(deleted.count(), 1);
    QTRY_VERIFY(file.isNull()); // closed, and gone

    auto after = home.rowCounts();
    QCOMPARE(after.at("participants"), before.at("participants") - 1);
    QCOMPARE(after.at("pathways"), before.at("pathways") - 1);
    QCOMPARE(after.at("contacts"), 0);
    QCOMPARE(after.at("steps"), 0);
    QCOMPARE(after.at("barriers"), 0);
    QCOMPARE(home.window->caseloadModel().rowCount(), 4);

    // The history holds the deletion: one delete per row, by the référent.e.
    const std::vector<Operation> deletion = home.operationsAfter(seqBefore);
    std::multiset<std::string> deletedEntities;
    for (const Operation& o : deletion) {
        QCOMPARE(o.kind, OperationKind::Delete);
        QCOMPARE(o.author, std::string("Claire Dubois"));
        deletedEntities.insert(o.entity);
    }
    QCOMPARE(deletedEntities.count("participant"), std::size_t(1));
    QCOMPARE(deletedEntities.count("pathway"), std::size_t(1));
    QCOMPARE(deletedEntities.count("contact"), std::size_t(3));
    QCOMPARE(deletedEntities.count("step"), std::size_t(1));
    QCOMPARE(deletedEntities.count("barrier"), std::size_t(1));

    // Edit › Annuler la suppression de « MARTIN Sophie » brings every row back.
    QAction* undo = home.undoAction();
    QVERIFY(undo && undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Annuler la suppression de « MARTIN Sophie »"));
    undo->trigger();
    QVERIFY(home.rowCounts() == before);
    QCOMPARE(home.window->caseloadModel().rowCount(), 5);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(home.redoAction()->text(), QStringLiteral("&Rétablir la suppression de « MARTIN Sophie »"));

    // ...as puts of the same rows, recorded after the deletes.
    const std::int64_t seqDeleted = deletion.back().seq;
    const std::vector<Operation> restore = home.operationsAfter(seqDeleted);
    QCOMPARE(restore.size(), deletion.size());
    std::set<std::string> deletedIds;
    for (const Operation& o : deletion)
        deletedIds.insert(o.id);
    for (const Operation& o : restore) {
        QCOMPARE(o.kind, OperationKind::Put);
        QCOMPARE(o.author, std::string("Claire Dubois"));
        QVERIFY(deletedIds.count(o.id) == 1);
    }
    const auto sophie = ParticipantRepository(home.data.db(), home.data.clock()).find(home.martin());
    QVERIFY(sophie);
    QCOMPARE(sophie->firstName, std::string("Sophie"));
}

void DeleteParticipantTest::redoingTheDeletionClosesTheFileOpenAgain()
{
    Home home;
    const auto before = home.rowCounts();
    ui::MessageBox::answerAutomatically(QMessageBox::Yes);
    QVERIFY(home.window->openParticipant(home.martin())->deleteFile());
    const auto deleted = home.rowCounts();
    QVERIFY(home.window->undoController().undo());
    QVERIFY(home.rowCounts() == before);

    // Her file, open again with an edit not saved: redoing the deletion asks first.
    QPointer<ParticipantFileWindow> file = home.window->openParticipant(home.martin());
    file->identityPanel()->phoneField()->setText(QStringLiteral("0611"));
    emit file->identityPanel()->phoneField()->textEdited(QStringLiteral("0611"));
    QVERIFY(file->hasUnsavedEdits());
    ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
    home.redoAction()->trigger();
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("Enregistrer les modifications ?"));
    QVERIFY(file && file->isVisible());
    QVERIFY(home.rowCounts() == before);
    QCOMPARE(home.window->undoController().stack().index(), 0);

    ui::MessageBox::answerAutomatically(QMessageBox::Discard);
    home.redoAction()->trigger();
    QTRY_VERIFY(file.isNull());
    QVERIFY(home.rowCounts() == deleted);
    QCOMPARE(home.window->undoController().stack().index(), 1);
    QCOMPARE(home.window->caseloadModel().rowCount(), 4);
}

void DeleteParticipantTest::undoOfTheDeletionWaitsForABusyBase()
{
    Home home;
    QVERIFY(home.window->database().busyTimeout() == 1500ms); // not the 5 s of a command line
    home.window->database().setBusyTimeout(100ms);
    const auto before = home.rowCounts();
    ui::MessageBox::answerAutomatically(QMessageBox::Yes);
    QVERIFY(home.window->openParticipant(home.martin())->deleteFile());
    const auto deleted = home.rowCounts();

    home.data.db().sql().exec("BEGIN IMMEDIATE"); // another program writes
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
    home.undoAction()->trigger();
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("occupée par un autre programme")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(home.window->undoController().stack().index(), 1);
    QVERIFY(home.undoAction()->isEnabled());
    home.data.db().sql().exec("ROLLBACK");
    QVERIFY(home.rowCounts() == deleted);

    home.undoAction()->trigger();
    QCOMPARE(home.window->undoController().stack().index(), 0);
    QVERIFY(home.rowCounts() == before);
}

void DeleteParticipantTest::operationsAreByTheChosenReferent()
{
    Home home;
    QCOMPARE(home.window->referent(), QStringLiteral("Claire Dubois"));
    QCOMPARE(home.window->database().journal().author(), std::string("Claire Dubois"));
    const std::int64_t seqBefore = home.lastSeq();
    ParticipantFileWindow* file = home.window->openParticipant(home.martin());
    ui::ContactsPanel* contacts = file->contactsPanel();
    contacts->startQuickLog();
    contacts->noteEdit()->setPlainText(QStringLiteral("Appel"));
    QVERIFY(contacts->saveEdits());
    QVERIFY(file->undoController()->undo());
    const std::vector<Operation> operations = home.operationsAfter(seqBefore);
    QCOMPARE(operations.size(), std::size_t(2)); // the contact logged, then deleted by the undo
    for (const Operation& o : operations)
        QCOMPARE(o.author, std::string("Claire Dubois"));
}

QTEST_MAIN(DeleteParticipantTest)
#include "DeleteParticipantTest.moc"
