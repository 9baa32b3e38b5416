// The catalogue of opérateurs: the dialog's counts and actions, rename and merge undone from
// the stack, and a step's form completing the opérateur and filling an action.
#include "TestDatabase.h"
#include "store/CaseloadQuery.h"
#include "store/PathwayRepository.h"
#include "ui/catalog/OperatorsDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/participant/StepsPanel.h"
#include "usecases/PathwayItemCases.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace parcours;

namespace {

RowId pathwayOf(test::TestDatabase& data, const std::string& lastName)
{
    for (const CaseloadRow& row : loadCaseload(data.db(), data.clock().today())) {
        if (row.lastName == lastName)
            return row.pathwayId;
    }
    return 0;
}

RowId participantOf(test::TestDatabase& data, const std::string& lastName)
{
    for (const CaseloadRow& row : loadCaseload(data.db(), data.clock().today())) {
        if (row.lastName == lastName)
            return row.participantId;
    }
    return 0;
}

void addStepBy(test::TestDatabase& data, RowId pathway, const char* operatorName, const char* label, StepType type,
               StepSubtype subtype)
{
    Step step;
    step.pathwayId = pathway;
    step.type = type;
    step.subtype = subtype;
    step.start = Date(2026, 10, 1);
    step.operatorName = operatorName;
    step.label = label;
    addStep(data.db(), data.clock(), step);
}

// Martin: two steps at the Mission locale, one at « mission locale »; Durand: one at the AFPA.
void fillSteps(test::TestDatabase& data)
{
    data.fillSmallCaseload();
    const RowId martin = pathwayOf(data, "Martin");
    addStepBy(data, martin, "Mission locale", "Atelier CV", StepType::Mobilisation, StepSubtype::None);
    addStepBy(data, martin, "Mission locale", "Permis B", StepType::Formation, StepSubtype::Permis);
    addStepBy(data, martin, "mission locale", "Atelier entretien", StepType::Mobilisation, StepSubtype::None);
    addStepBy(data, pathwayOf(data, "Durand"), "AFPA", "CAP cuisine", StepType::Formation, StepSubtype::Qualifiante);
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, column)->text();
    return texts;
}

int stepsRunBy(test::TestDatabase& data, const char* name)
{
    auto query = data.db().statement(
        "SELECT count(*) FROM steps s JOIN operators o ON o.id = s.operator_id WHERE o.name = ?1");
    query->bind(1, std::string(name));
    query->executeStep();
    return query->getColumn(0).getInt();
}

} // namespace

class OperatorCatalogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ui::MessageBox::answerAutomatically(QMessageBox::Ok); }

    void theDialogListsEachProviderWithItsStepsAndActions()
    {
        test::TestDatabase data;
        fillSteps(data);
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::OperatorsDialog dialog(undo);

        QCOMPARE(column(dialog.operatorsTable(), 0),
                 (QStringList{QStringLiteral("AFPA"), QStringLiteral("Mission locale"), QStringLiteral("mission locale")}));
        QCOMPARE(column(dialog.operatorsTable(), 1), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(!dialog.renameButton()->isEnabled());
        QVERIFY(dialog.selectOperator(QStringLiteral("Mission locale")));
        QVERIFY(dialog.renameButton()->isEnabled());
        QCOMPARE(column(dialog.actionsTable(), 0), (QStringList{QStringLiteral("Atelier CV"), QStringLiteral("Permis B")}));
    }

    void mergingMovesTheStepsAndIsUndone()
    {
        test::TestDatabase data;
        fillSteps(data);
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::OperatorsDialog dialog(undo);
        QVERIFY(dialog.selectOperator(QStringLiteral("mission locale")));
        const RowId into = dialog.operatorsTable()->item(1, 0)->data(Qt::UserRole).toLongLong();

        QVERIFY(dialog.mergeSelectedInto(into));
        QCOMPARE(column(dialog.operatorsTable(), 0), (QStringList{QStringLiteral("AFPA"), QStringLiteral("Mission locale")}));
        QCOMPARE(column(dialog.operatorsTable(), 1), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(stepsRunBy(data, "Mission locale"), 3);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(dialog.actionsTable()->rowCount(), 3);

        QVERIFY(undo.undo());
        QCOMPARE(dialog.operatorsTable()->rowCount(), 3);
        QCOMPARE(stepsRunBy(data, "Mission locale"), 2);
        QCOMPARE(stepsRunBy(data, "mission locale"), 1);
    }

    void renamingIsRefusedForAnotherProvidersNameAndUndone()
    {
        test::TestDatabase data;
        fillSteps(data);
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::OperatorsDialog dialog(undo);
        QVERIFY(dialog.selectOperator(QStringLiteral("AFPA")));

        QVERIFY(!dialog.renameSelected(QStringLiteral("MISSION LOCALE")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Mission locale")));
        QVERIFY(!dialog.renameSelected(QStringLiteral("  ")));
        QCOMPARE(stack.count(), 0);

        QVERIFY(dialog.renameSelected(QStringLiteral("AFPA Grand Est")));
        QCOMPARE(dialog.operatorsTable()->item(0, 0)->text(), QStringLiteral("AFPA Grand Est"));
        QCOMPARE(dialog.selectedOperator()->name, std::string("AFPA Grand Est"));
        QCOMPARE(stepsRunBy(data, "AFPA Grand Est"), 1);
        QVERIFY(undo.undo());
        QCOMPARE(dialog.operatorsTable()->item(0, 0)->text(), QStringLiteral("AFPA"));
    }

    void aStepsProviderIsCompletedAndItsActionFillsTheForm()
    {
        test::TestDatabase data;
        fillSteps(data);
        QUndoStack stack;
        ui::UndoController undo(data.db(), data.clock(), stack, nullptr);
        ui::StepsPanel panel({data.db(), data.clock(), undo}, participantOf(data, "Benali"));
        panel.reload();

        auto* names = qobject_cast<QStringListModel*>(panel.operatorCompleter()->model());
        QVERIFY(names);
        QCOMPARE(names->stringList(),
                 (QStringList{QStringLiteral("AFPA"), QStringLiteral("Mission locale"), QStringLiteral("mission locale")}));
        QVERIFY(!panel.actionField()->isEnabled());

        panel.startNew();
        panel.operatorField()->setText(QStringLiteral("Mission locale"));
        QVERIFY(panel.actionField()->isEnabled());
        QCOMPARE(panel.actionField()->count(), 3); // « choose » and its two actions
        panel.chooseAction(2);
        QCOMPARE(panel.labelField()->text(), QStringLiteral("Permis B"));
        QCOMPARE(panel.typeField()->currentData().toInt(), static_cast<int>(StepType::Formation));
        QCOMPARE(panel.subtypeField()->currentData().toInt(), static_cast<int>(StepSubtype::Permis));

        QVERIFY(panel.saveEdits());
        const std::vector<Step> steps =
            PathwayRepository(data.db(), data.clock()).steps(pathwayOf(data, "Benali"));
        QCOMPARE(steps.size(), std::size_t(1));
        QCOMPARE(steps.front().operatorName, std::string("Mission locale"));
        QCOMPARE(steps.front().label, std::string("Permis B"));
        QCOMPARE(steps.front().subtype, StepSubtype::Permis);
        QCOMPARE(stepsRunBy(data, "Mission locale"), 3);
    }
};

QTEST_MAIN(OperatorCatalogTest)
#include "OperatorCatalogTest.moc"
