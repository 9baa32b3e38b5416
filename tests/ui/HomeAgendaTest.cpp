// « À faire » beside the caseload in the main window: its tab counts the items, an item opens
// the person's file at the section it is about.
#include "ui/main/MainWindow.h"
#include "TestDatabase.h"
#include "ui/agenda/AgendaModel.h"
#include "ui/agenda/AgendaPanel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "ui/participant/PathwayPanel.h"

#include <QApplication>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using parcours::ui::MainWindow;

class HomeAgendaTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theTabCountsWhatIsDueAndAnItemOpensItsSection();
};

namespace {

QWidget* shownSection(parcours::ui::ParticipantFileWindow& file)
{
    QWidget* current = file.sections()->currentWidget();
    if (auto* scroll = qobject_cast<QScrollArea*>(current))
        return scroll->widget();
    return current;
}

} // namespace

void HomeAgendaTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

// On the pinned day, Lucie Durand has had no contact since her entry and her three-month
// check-in comes on 1 December: two items, everyone's (no référent.e chosen yet).
void HomeAgendaTest::theTabCountsWhatIsDueAndAnItemOpensItsSection()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QCOMPARE(window.homeTabs().tabText(1), QStringLiteral("À faire (2)"));

    window.homeTabs().setCurrentIndex(1);
    QTableView& table = window.agendaPanel().table();
    table.setFocus();
    table.setCurrentIndex(table.model()->index(1, 0)); // the check-in
    QTest::keyClick(&table, Qt::Key_Return);
    QList<parcours::ui::ParticipantFileWindow*> files = window.participantFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(shownSection(*files.front()), static_cast<QWidget*>(files.front()->pathwayPanel()));

    table.setCurrentIndex(table.model()->index(0, 0)); // no contact since the entry
    QTest::keyClick(&table, Qt::Key_Return);
    QCOMPARE(shownSection(*files.front()), static_cast<QWidget*>(files.front()->contactsPanel()));
}

QTEST_MAIN(HomeAgendaTest)
#include "HomeAgendaTest.moc"
