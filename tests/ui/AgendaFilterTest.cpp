// « À faire » across the PLIE: the référent.e filter of the tab, the user's own by default,
// « Tous les référent.e.s » and each name, with the tab's count following it.
#include "TestDatabase.h"
#include "ui/agenda/AgendaModel.h"
#include "ui/agenda/AgendaPanel.h"
#include "ui/common/MessageBox.h"
#include "ui/main/MainWindow.h"
#include "ui/referent/ReferentDialog.h"
#include "ui/referent/RememberedReferent.h"

#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace parcours;
using parcours::ui::MainWindow;

class AgendaFilterTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theFilterStartsOnTheUserAndShowsAnyoneElsesItems();
};

void AgendaFilterTest::initTestCase()
{
    test::isolateSettings();
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

// On the pinned day, Claire Dubois has nothing due (Karim Benali is on hold, Sophie Martin seen
// a week ago); Marc Petit has Lucie Durand's two items (no contact, the three-month check-in).
void AgendaFilterTest::theFilterStartsOnTheUserAndShowsAnyoneElsesItems()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    ui::rememberReferent(data.path(), QStringLiteral("Claire Dubois"));
    MainWindow window(data.connect(), data.clock());
    window.show();
    QComboBox& filter = window.agendaPanel().referentFilter();
    const QAbstractItemModel& items = *window.agendaPanel().table().model();
    const auto tabText = [&window] { return window.homeTabs().tabText(1); };

    QCOMPARE(filter.currentText(), QStringLiteral("Claire Dubois"));
    QCOMPARE(items.rowCount(), 0);
    QVERIFY(!tabText().contains(QLatin1Char('(')));

    filter.setCurrentIndex(0); // everyone's
    QCOMPARE(filter.currentData().toString(), QString());
    QCOMPARE(items.rowCount(), 2);
    QVERIFY(tabText().endsWith(QStringLiteral("(2)")));
    for (int row = 0; row < 2; ++row)
        QCOMPARE(items.index(row, ui::AgendaModel::Referent).data().toString(), QStringLiteral("Marc Petit"));

    filter.setCurrentIndex(filter.findText(QStringLiteral("Marc Petit")));
    QCOMPARE(items.rowCount(), 2);
    filter.setCurrentIndex(filter.findText(QStringLiteral("Claire Dubois")));
    QCOMPARE(items.rowCount(), 0);
    QVERIFY(!tabText().contains(QLatin1Char('(')));
}

QTEST_MAIN(AgendaFilterTest)
#include "AgendaFilterTest.moc"
