// The window over a database another program writes to (finding 10c): what was committed through
// another connection shows once the window has looked (every 2 s, and on activation), with the
// caseload's filters and current participant.e kept; never while a dialog of its own is modal.
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/CaseloadView.h"
#include "ui/common/MessageBox.h"
#include "ui/main/MainWindow.h"

#include <QDialog>
#include <QLabel>
#include <QTableView>
#include <QTest>

using parcours::ui::MainWindow;

class OutsideChangesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherConnectionsImportShowsAfterTheLook();
    void filtersAndTheCurrentParticipantAreKept();
    void notWhileADialogIsModal();
};

namespace {

QString labelText(const QWidget& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

void addPerson(parcours::test::TestDatabase& data, const char* lastName)
{
    parcours::Participant person;
    person.lastName = lastName;
    person.firstName = "Nina";
    person.birthDate = parcours::Date(1992, 4, 3);
    parcours::ParticipantRepository(data.db(), data.clock()).add(person);
}

} // namespace

void OutsideChangesTest::initTestCase()
{
    parcours::test::isolateSettings();
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void OutsideChangesTest::anotherConnectionsImportShowsAfterTheLook()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.caseloadView().showsEmptyState());
    QVERIFY2(!window.reloadIfChangedOutside(), "nothing changed yet");

    data.fillSmallCaseload(); // another connection, as `parcours-cli import` would be

    QVERIFY(window.reloadIfChangedOutside());
    QVERIFY(!window.caseloadView().showsEmptyState());
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("caseloadTable"))->model()->rowCount(), 4);
    QVERIFY2(labelText(window, "caseloadSize").startsWith(QStringLiteral("5 ")),
             qPrintable(labelText(window, "caseloadSize")));
    QVERIFY2(!window.reloadIfChangedOutside(), "read once per change");
}

void OutsideChangesTest::filtersAndTheCurrentParticipantAreKept()
{
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    parcours::ui::CaseloadView::Filters filters;
    filters.search = QStringLiteral("Mart");
    filters.referent = QString();
    window.caseloadView().setFilters(filters);
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));

    addPerson(data, "Martel");
    QVERIFY(window.reloadIfChangedOutside());

    QCOMPARE(window.caseloadView().filters().search, QStringLiteral("Mart"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().data(parcours::ui::CaseloadModel::ParticipantIdRole).toLongLong(),
             table->model()->index(1, 0).data(parcours::ui::CaseloadModel::ParticipantIdRole).toLongLong());
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("Martin"));
}

void OutsideChangesTest::notWhileADialogIsModal()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDialog dialog(&window);
    dialog.setModal(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    addPerson(data, "Nouvelle");
    QVERIFY(!window.reloadIfChangedOutside());
    QVERIFY(window.caseloadView().showsEmptyState());

    dialog.close();
    QVERIFY(window.reloadIfChangedOutside());
    QVERIFY(!window.caseloadView().showsEmptyState());
}

QTEST_MAIN(OutsideChangesTest)
#include "OutsideChangesTest.moc"
