// The conflicts `apply` kept, listed in the application and marked settled there.
#include "TestDatabase.h"
#include "changes/ApplyOperations.h"
#include "store/OperationLog.h"
#include "store/ParticipantRepository.h"
#include "ui/changes/ConflictsDialog.h"
#include "usecases/ParticipantCases.h"

#include <QTableWidget>
#include <QTest>

using namespace parcours;

namespace {

// A phone changed here, and differently in a copy whose patch comes back: one conflict.
void makeAConflict(test::TestDatabase& data)
{
    Database& here = data.db();
    here.journal().setAuthor("Claire Dubois");
    Participant person;
    person.lastName = "Martin";
    person.firstName = "Sophie";
    person.birthDate = Date(1985, 3, 12);
    person.phone = "0601020304";
    Pathway pathway;
    pathway.entryDate = Date(2026, 2, 2);
    createParticipant(here, data.clock(), person, pathway, "Claire Dubois");

    Database copy(":memory:", OpenMode::CreateIfMissing);
    std::vector<Operation> all;
    forEachOperation(here, 0, [&](const Operation& o) { all.push_back(o); });
    applyOperations(copy, all);
    Participant there = *ParticipantRepository(copy, data.clock()).find(1);
    there.phone = "0700000000";
    const Change patch = editIdentity(copy, data.clock(), there);

    person.phone = "0799999999";
    editIdentity(here, data.clock(), person);
    applyOperations(here, patch.operations);
}

} // namespace

class ConflictsDialogTest : public QObject {
    Q_OBJECT

private slots:
    void listsTheConflictWithBothValuesAndSettlesIt()
    {
        test::TestDatabase data;
        makeAConflict(data);
        QCOMPARE(ui::unsettledConflictCount(data.db()), 1);

        ui::ConflictsDialog dialog(data.db(), data.clock());
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MARTIN Sophie"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("phone"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0799999999"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("0700000000"));

        table->selectRow(0);
        dialog.settleSelected();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(ui::unsettledConflictCount(data.db()), 0);
        // Settled, not applied: the value here stays.
        QCOMPARE(QString::fromStdString(data.db().sql().execAndGet("SELECT phone FROM participants").getString()),
                 QStringLiteral("0799999999"));
    }
};

QTEST_MAIN(ConflictsDialogTest)
#include "ConflictsDialogTest.moc"
