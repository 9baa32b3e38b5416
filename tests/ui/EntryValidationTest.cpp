// The validation of entries by the coordinator: the setting's action, the list of waiting
// entries validated and refused (each undone), and the file's « Parcours » section telling
// where its entry stands.
#include "TestDatabase.h"
#include "store/PathwayRepository.h"
#include "store/PlieSettingsRepository.h"
#include "ui/catalog/EntryValidationDialog.h"
#include "ui/catalog/EntryValidationSetting.h"
#include "ui/common/ChangeCommand.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/participant/OperationText.h"
#include "ui/participant/PathwayPanel.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PlieCases.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace parcours;

namespace {

struct Entered {
    RowId participant = 0;
    RowId pathway = 0;
};

Entered enter(test::TestDatabase& data, const char* lastName, const Date& entry, const char* referent)
{
    Participant person;
    person.lastName = lastName;
    person.firstName = "Léa";
    person.birthDate = Date(1990, 4, 2);
    Pathway pathway;
    pathway.entryDate = entry;
    createParticipant(data.db(), data.clock(), person, pathway, referent);
    return {person.record.id, pathway.record.id};
}

EntryValidation stateOf(test::TestDatabase& data, RowId pathway)
{
    return PathwayRepository(data.db(), data.clock()).find(pathway)->entryValidation;
}

QStringList row(QTableWidget* table, int r)
{
    QStringList texts;
    for (int c = 0; c < table->columnCount(); ++c)
        texts << table->item(r, c)->text();
    return texts;
}

} // namespace

class EntryValidationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ui::MessageBox::answerAutomatically(QMessageBox::Ok); }

    void theSettingsActionShowsWritesAndIsUndone()
    {
        test::TestDatabase data;
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        QWidget window;
        ui::EntryValidationSetting setting(undo, &window);
        QVERIFY(setting.action()->isCheckable());
        QVERIFY(!setting.action()->isChecked());

        setting.action()->trigger();
        QVERIFY(setting.action()->isChecked());
        QVERIFY(PlieSettingsRepository(data.db()).get().entriesNeedValidation);
        QCOMPARE(stack.count(), 1);

        QVERIFY(undo.undo());
        QVERIFY(!setting.action()->isChecked());
        QVERIFY(!PlieSettingsRepository(data.db()).get().entriesNeedValidation);
    }

    void theDialogListsTheWaitingEntriesAndValidatesOne()
    {
        test::TestDatabase data;
        enter(data, "Avant", Date(2026, 11, 2), "Claire Dubois"); // recorded before the setting: not waiting
        setEntriesNeedValidation(data.db(), data.clock(), true);
        const Entered martin = enter(data, "Martin", Date(2026, 11, 16), "Claire Dubois");
        const Entered durand = enter(data, "Durand", Date(2026, 11, 9), "Marc Petit");
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::EntryValidationDialog dialog(undo);

        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(row(table, 0).mid(0, 3),
                 (QStringList{QStringLiteral("DURAND Léa"), QStringLiteral("Marc Petit"), ui::dateText(Date(2026, 11, 9))}));
        QCOMPARE(row(table, 1).mid(0, 3), (QStringList{QStringLiteral("MARTIN Léa"), QStringLiteral("Claire Dubois"),
                                                       ui::dateText(Date(2026, 11, 16))}));
        QVERIFY(!dialog.validateButton()->isEnabled());

        table->selectRow(1);
        QVERIFY(dialog.validateButton()->isEnabled());
        QVERIFY(dialog.validateSelected());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("DURAND Léa"));
        QCOMPARE(stateOf(data, martin.pathway), EntryValidation::None);
        QCOMPARE(stateOf(data, durand.pathway), EntryValidation::Pending);

        QVERIFY(undo.undo());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(stateOf(data, martin.pathway), EntryValidation::Pending);
    }

    void aRefusalNeedsAReasonAndTheFileShowsIt()
    {
        test::TestDatabase data;
        setEntriesNeedValidation(data.db(), data.clock(), true);
        const Entered martin = enter(data, "Martin", Date(2026, 11, 16), "Claire Dubois");
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::PathwayPanel panel({data.db(), data.clock(), undo}, martin.participant);
        QObject::connect(&undo, &ui::UndoController::changed, &panel, &ui::PathwayPanel::reload);
        panel.reload();
        QCOMPARE(panel.entryValidationText(), QStringLiteral("Entry waiting for validation"));

        ui::EntryValidationDialog dialog(undo);
        dialog.table()->selectRow(0);
        QVERIFY(!dialog.refuseSelected(QStringLiteral("  ")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("motif")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stateOf(data, martin.pathway), EntryValidation::Pending);

        QVERIFY(dialog.refuseSelected(QStringLiteral("Hors du territoire du PLIE")));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(stateOf(data, martin.pathway), EntryValidation::Refused);
        QCOMPARE(panel.entryValidationText(), QStringLiteral("Entry refused: Hors du territoire du PLIE"));
        const Change& refusal = static_cast<const ui::ChangeCommand*>(stack.command(0))->change();
        QCOMPARE(ui::OperationText::actions(refusal, ui::FileRows{}),
                 QStringList{QStringLiteral("refused the entry: Hors du territoire du PLIE")});

        dialog.showRefusedBox()->setChecked(true);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("Refused: Hors du territoire du PLIE"));

        QVERIFY(undo.undo());
        QCOMPARE(stateOf(data, martin.pathway), EntryValidation::Pending);
        QCOMPARE(panel.entryValidationText(), QStringLiteral("Entry waiting for validation"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("Waiting"));

        dialog.table()->selectRow(0);
        QVERIFY(dialog.validateSelected());
        QVERIFY(panel.entryValidationText().isEmpty());
    }
};

QTEST_MAIN(EntryValidationTest)
#include "EntryValidationTest.moc"
