// Réaffecter à… from the caseload: two rows selected, the référent.e chosen in the dialog, the
// move confirmed, the caseload showing the new référent.e, and Ctrl+Z bringing them back.
#include "TestDatabase.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/coordination/ReassignDialog.h"
#include "ui/coordination/ReferentsModel.h"
#include "ui/coordination/ReferentsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/participant/ParticipantFileWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace parcours;
using parcours::ui::CaseloadModel;
using parcours::ui::MainWindow;

class ReassignTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoRowsGoToTheChosenReferentAndCtrlZBringsThemBack();
    void nobodyAlreadyWithTheReferentMoves();
    void theDialogOffersOkOnlyOnceAReferentIsChosen();
};

namespace {

// The référent.e the caseload shows for `lastName`.
QString referentShownFor(MainWindow& window, const QString& lastName)
{
    const CaseloadModel& model = window.caseloadModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CaseloadModel::LastName).data().toString() == lastName)
            return model.index(row, CaseloadModel::Referent).data().toString();
    }
    return QStringLiteral("(not listed)");
}

// Selects the rows of these people in the caseload as Ctrl and a click would.
void select(MainWindow& window, const QStringList& lastNames)
{
    QTableView& table = window.caseloadView().table();
    const QAbstractItemModel& shown = *table.model();
    table.clearSelection();
    for (int row = 0; row < shown.rowCount(); ++row) {
        if (lastNames.contains(shown.index(row, CaseloadModel::LastName).data().toString()))
            table.selectionModel()->select(shown.index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// Answers the next ReassignDialog by choosing `name` and pressing OK.
void chooseInNextDialog(const QString& name, bool* answered)
{
    QTimer::singleShot(0, [name, answered] {
        auto* dialog = qobject_cast<ui::ReassignDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("reassignReferents"));
        QVERIFY(list);
        const QList<QListWidgetItem*> found = list->findItems(name, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        list->setCurrentItem(found.first());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        *answered = true;
    });
}

QAction* menuAction(MainWindow& window, const QString& menuText, const QString& actionText)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != menuText || !menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text() == actionText)
                return action;
    }
    return nullptr;
}

} // namespace

void ReassignTest::initTestCase()
{
    test::isolateSettings();
}

// Claire Dubois follows Karim Benali and Sophie Martin; Marc Petit follows Lucie Durand.
void ReassignTest::twoRowsGoToTheChosenReferentAndCtrlZBringsThemBack()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.caseloadView().setFilters({QString(), QStringLiteral("all"), QStringLiteral("all")});
    window.show();
    select(window, {QStringLiteral("Benali"), QStringLiteral("Martin")});
    QCOMPARE(window.caseloadView().selectedParticipantIds().size(), 2);

    bool answered = false;
    chooseInNextDialog(QStringLiteral("Marc Petit"), &answered);
    ui::MessageBox::answerAutomatically(QMessageBox::Yes); // the confirmation
    QAction* reassign = menuAction(window, QStringLiteral("&Parcours"), QStringLiteral("&Reassign to…"));
    QVERIFY(reassign);
    reassign->trigger();
    QVERIFY(answered);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("2"))); // « Move 2 participants to Marc Petit? »
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Marc Petit")));

    QCOMPARE(referentShownFor(window, QStringLiteral("Benali")), QStringLiteral("Marc Petit"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Martin")), QStringLiteral("Marc Petit"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Durand")), QStringLiteral("Marc Petit"));
    QCOMPARE(window.undoController().stack().count(), 1);
    // « Référent.e.s » counts them where they now are, and again after the undo.
    window.homeTabs().setCurrentWidget(&window.referentsPanel());
    const auto openPathwaysOfMarc = [&window] {
        return window.referentsModel()
            .index(1, ui::ReferentsModel::OpenPathways)
            .data(ui::ReferentsModel::SortRole)
            .toInt();
    };
    QCOMPARE(openPathwaysOfMarc(), 3);

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(referentShownFor(window, QStringLiteral("Benali")), QStringLiteral("Claire Dubois"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Martin")), QStringLiteral("Claire Dubois"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Durand")), QStringLiteral("Marc Petit"));
    QCOMPARE(openPathwaysOfMarc(), 1);
    // In the database itself, not only on screen: her one pathway is Claire's again.
    const RowId martin = window.caseloadModel().index(3, 0).data(CaseloadModel::ParticipantIdRole).toLongLong();
    QCOMPARE(window.caseloadModel().index(3, CaseloadModel::LastName).data().toString(), QStringLiteral("Martin"));
    const std::vector<Pathway> pathways = PathwayRepository(data.db(), data.clock()).forParticipant(martin);
    QCOMPARE(pathways.size(), std::size_t{1});
    QCOMPARE(pathways.front().referentId,
             ReferentRepository(data.db(), data.clock()).findByName("Claire Dubois")->record.id);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // and again
    QCOMPARE(referentShownFor(window, QStringLiteral("Martin")), QStringLiteral("Marc Petit"));
}

void ReassignTest::nobodyAlreadyWithTheReferentMoves()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.caseloadView().setFilters({QString(), QStringLiteral("all"), QStringLiteral("all")});
    window.show();
    select(window, {QStringLiteral("Durand"), QStringLiteral("Martin"), QStringLiteral("Leroy")});
    bool answered = false;
    chooseInNextDialog(QStringLiteral("Marc Petit"), &answered);
    ui::MessageBox::answerAutomatically(QMessageBox::Yes);
    window.reassignSelected();
    QVERIFY(answered);
    // Lucie Durand is Marc's already, Anne Leroy has no pathway: only Sophie Martin moves.
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("1")));
    QCOMPARE(referentShownFor(window, QStringLiteral("Martin")), QStringLiteral("Marc Petit"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Benali")), QStringLiteral("Claire Dubois"));
    QCOMPARE(referentShownFor(window, QStringLiteral("Leroy")), QString());
    QCOMPARE(window.undoController().stack().count(), 1);

    // Cancelled at the confirmation: nothing written.
    select(window, {QStringLiteral("Benali")});
    chooseInNextDialog(QStringLiteral("Marc Petit"), &answered);
    ui::MessageBox::answerAutomatically(QMessageBox::Cancel);
    window.reassignSelected();
    QCOMPARE(referentShownFor(window, QStringLiteral("Benali")), QStringLiteral("Claire Dubois"));
    QCOMPARE(window.undoController().stack().count(), 1);
}

void ReassignTest::theDialogOffersOkOnlyOnceAReferentIsChosen()
{
    ui::ReassignDialog dialog({QStringLiteral("Claire Dubois"), QStringLiteral("Marc Petit")}, 3);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.chosenName(), QString());
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("reassignReferents"));
    list->setCurrentRow(1);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.chosenName(), QStringLiteral("Marc Petit"));
}

QTEST_MAIN(ReassignTest)
#include "ReassignTest.moc"
