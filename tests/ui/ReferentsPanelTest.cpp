// « Référent.e.s », the coordinator's tab: each référent.e's numbers, the 60–100 norm marked by
// more than a colour, sortable, and a row that opens that référent.e's caseload.
#include "ui/coordination/ReferentsPanel.h"
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "store/ReferentRepository.h"
#include "store/Transaction.h"
#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/MessageBox.h"
#include "ui/coordination/ReferentsModel.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace parcours;
using parcours::ui::MainWindow;
using parcours::ui::ReferentsModel;

class ReferentsPanelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachReferentHasTheirNumbers();
    void aCaseloadOutsideTheNormSaysSoInWordsAndIcon();
    void theTableSortsByANumber();
    void enterOnAReferentShowsTheirCaseload();
};

namespace {

int cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(ReferentsModel::SortRole).toInt();
}

// 59 more people in a pathway with Marc Petit, who then follows 60: the norm's lowest.
void giveMarcSixty(test::TestDatabase& data)
{
    const RowId marc = ReferentRepository(data.db(), data.clock()).findOrCreate("Marc Petit").record.id;
    ParticipantRepository participants(data.db(), data.clock());
    PathwayRepository pathways(data.db(), data.clock());
    Transaction transaction(data.db());
    for (int i = 0; i < 59; ++i) {
        Participant person;
        person.lastName = "Suivi" + std::to_string(i);
        person.firstName = "Test";
        person.birthDate = Date(1980, 1, 1);
        person.sex = Sex::M;
        participants.add(person);
        Pathway pathway;
        pathway.participantId = person.record.id;
        pathway.referentId = marc;
        pathway.entryDate = Date(2026, 11, 2);
        pathways.add(pathway);
    }
    transaction.commit();
}

} // namespace

void ReferentsPanelTest::initTestCase()
{
    test::isolateSettings();
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

// The small caseload on 27 November 2026 (30 days without contact):
// Claire Dubois follows Karim Benali (on hold: no « Sans entretien ») and Sophie Martin (seen on
// 20 November, entered this year); Marc Petit follows Lucie Durand (no contact since 2024: one
// overdue item) and followed Jean Petit (exited in 2025).
void ReferentsPanelTest::eachReferentHasTheirNumbers()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentsModel model(data.db(), data.clock());
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ReferentsModel::Name).data().toString(), QStringLiteral("Claire Dubois"));
    QCOMPARE(cell(model, 0, ReferentsModel::OpenPathways), 2);
    QCOMPARE(cell(model, 0, ReferentsModel::WithoutContact), 0);
    QCOMPARE(cell(model, 0, ReferentsModel::Overdue), 0);
    QCOMPARE(cell(model, 0, ReferentsModel::Entries), 1);
    QCOMPARE(cell(model, 0, ReferentsModel::Exits), 0);
    QCOMPARE(model.index(1, ReferentsModel::Name).data().toString(), QStringLiteral("Marc Petit"));
    QCOMPARE(cell(model, 1, ReferentsModel::OpenPathways), 1);
    QCOMPARE(cell(model, 1, ReferentsModel::WithoutContact), 1);
    QCOMPARE(cell(model, 1, ReferentsModel::Overdue), 1);
    QCOMPARE(cell(model, 1, ReferentsModel::Entries), 0);
    QCOMPARE(cell(model, 1, ReferentsModel::Exits), 0);
    QVERIFY(model.headerData(ReferentsModel::WithoutContact, Qt::Horizontal).toString().contains(QStringLiteral("30")));
    QVERIFY(model.headerData(ReferentsModel::Entries, Qt::Horizontal).toString().contains(QStringLiteral("2026")));
}

void ReferentsPanelTest::aCaseloadOutsideTheNormSaysSoInWordsAndIcon()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    giveMarcSixty(data);
    ReferentsModel model(data.db(), data.clock());
    model.reload();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex claire = model.index(0, ReferentsModel::OpenPathways);
    const QModelIndex marc = model.index(1, ReferentsModel::OpenPathways);
    QCOMPARE(marc.data(ReferentsModel::SortRole).toInt(), 60);

    QVERIFY(claire.data(ReferentsModel::OutsideNormRole).toBool());
    QCOMPARE(claire.data().toString(), QStringLiteral("2 — below the norm")); // a word, not a colour alone
    QVERIFY(!claire.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(claire.data(Qt::ForegroundRole).isValid());
    QVERIFY(claire.data(Qt::ToolTipRole).toString().contains(QStringLiteral("60")));
    QVERIFY(claire.data(Qt::ToolTipRole).toString().contains(QStringLiteral("100")));

    QVERIFY(!marc.data(ReferentsModel::OutsideNormRole).toBool());
    QCOMPARE(marc.data().toInt(), 60);
    QVERIFY(marc.data(Qt::DecorationRole).isNull());
    QVERIFY(!marc.data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.outsideNormCount(), 1);
}

void ReferentsPanelTest::theTableSortsByANumber()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    giveMarcSixty(data);
    ReferentsModel model(data.db(), data.clock());
    model.reload();
    ui::ReferentsPanel panel(model);
    QTableView& table = panel.table();
    QCOMPARE(table.model()->index(0, 0).data().toString(), QStringLiteral("Claire Dubois"));
    table.sortByColumn(ReferentsModel::OpenPathways, Qt::DescendingOrder);
    QCOMPARE(table.model()->index(0, 0).data().toString(), QStringLiteral("Marc Petit"));
    table.sortByColumn(ReferentsModel::Entries, Qt::AscendingOrder); // Claire 1, Marc 59
    QCOMPARE(table.model()->index(0, 0).data().toString(), QStringLiteral("Claire Dubois"));
    table.sortByColumn(ReferentsModel::Name, Qt::DescendingOrder);
    QCOMPARE(table.model()->index(0, 0).data().toString(), QStringLiteral("Marc Petit"));
}

void ReferentsPanelTest::enterOnAReferentShowsTheirCaseload()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    ReferentRepository(data.db(), data.clock()).findOrCreate("Zoé Vasseur"); // follows no one
    MainWindow window(data.connect(), data.clock());
    window.show();
    QTabWidget& tabs = window.homeTabs();
    tabs.setCurrentWidget(&window.referentsPanel());
    QTableView& table = window.referentsPanel().table();
    table.setFocus();
    table.setCurrentIndex(table.model()->index(1, 0)); // Marc Petit
    QTest::keyClick(&table, Qt::Key_Return);

    QCOMPARE(tabs.currentWidget(), static_cast<QWidget*>(&window.caseloadView()));
    QCOMPARE(window.caseloadView().filteredReferent(), QStringLiteral("Marc Petit"));
    QCOMPARE(window.caseloadView().filters().status, QStringLiteral("open"));
    QCOMPARE(window.caseloadView().shownCount(), 1); // Lucie Durand; Jean Petit has left
    const QAbstractItemModel& shown = window.caseloadView().filterModel();
    QCOMPARE(shown.index(0, ui::CaseloadModel::LastName).data().toString(), QStringLiteral("Durand"));

    // Someone who follows no one: their caseload cannot be narrowed to, the tab stays.
    tabs.setCurrentWidget(&window.referentsPanel());
    table.setFocus();
    table.setCurrentIndex(table.model()->index(2, 0));
    QCOMPARE(table.currentIndex().data().toString(), QStringLiteral("Zoé Vasseur"));
    QTest::keyClick(&table, Qt::Key_Return);
    QCOMPARE(tabs.currentWidget(), static_cast<QWidget*>(&window.referentsPanel()));
    QCOMPARE(window.caseloadView().filteredReferent(), QStringLiteral("Marc Petit"));
}

QTEST_MAIN(ReferentsPanelTest)
#include "ReferentsPanelTest.moc"
