// Reads that fail never end the application: a database taken away or damaged by another program while Parcours shows
// it.
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/participant/ParticipantFileWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace parcours;
using parcours::ui::CaseloadModel;
using parcours::ui::MainWindow;
using parcours::ui::MessageBox;

namespace {

// What another program may do to the file while Parcours has it open.
void dropTheTables(const test::TestDatabase& data)
{
    std::unique_ptr<Database> other = data.connect();
    other->sql().exec("PRAGMA foreign_keys = OFF");
    for (const char* table :
         {"contacts", "barriers", "steps", "holds", "hires", "pathways", "participants", "referents", "plie_settings"})
        other->sql().exec(std::string("DROP TABLE ") + table);
}

// The schema itself made unreadable: every statement of any connection then fails.
void damageTheSchema(const test::TestDatabase& data)
{
    std::unique_ptr<Database> other = data.connect();
    const int version = other->sql().execAndGet("PRAGMA schema_version").getInt();
    other->sql().exec("PRAGMA writable_schema = ON");
    other->sql().exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE pathways (' WHERE name = 'pathways'");
    other->sql().exec("PRAGMA schema_version = " + std::to_string(version + 1));
}

RowId sophieMartin(test::TestDatabase& data)
{
    for (const Participant& p : ParticipantRepository(data.db(), data.clock()).all()) {
        if (p.lastName == "Martin")
            return p.record.id;
    }
    return 0;
}

// Forgets the last message asked, so that a test sees whether a new one comes.
void forgetLastMessage()
{
    MessageBox::information(nullptr, QString(), QString());
}

} // namespace

class ReadFailureTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void caseloadKeepsItsRowsWhenTheTablesAreDropped();
    void caseloadKeepsItsRowsWhenTheSchemaIsDamaged();
    void mainWindowSaysSoAndKeepsRunning();
    void participantFileOpensAndSaysWhatItCouldNotRead();
};

void ReadFailureTest::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    MessageBox::answerAutomatically(QMessageBox::Ok);
}

void ReadFailureTest::caseloadKeepsItsRowsWhenTheTablesAreDropped()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &CaseloadModel::readFailed);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.readFailure().isEmpty());

    dropTheTables(data);
    model.reload();

    QCOMPARE(failed.count(), 1);
    const QString message = failed.front().front().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Erreur de la base « ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("test.sqlite »")), qPrintable(message));
    QCOMPARE(model.readFailure(), message);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, CaseloadModel::LastName).data().toString().isEmpty(), false);
}

void ReadFailureTest::caseloadKeepsItsRowsWhenTheSchemaIsDamaged()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    CaseloadModel model(data.db(), data.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &CaseloadModel::readFailed);

    damageTheSchema(data);
    model.reload();

    QCOMPARE(failed.count(), 1);
    QVERIFY2(!model.readFailure().isEmpty(), "the failure is told");
    QCOMPARE(model.rowCount(), 5);
}

void ReadFailureTest::mainWindowSaysSoAndKeepsRunning()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    dropTheTables(data);

    // What a saved edit in a participant's file does: read the caseload again.
    forgetLastMessage();
    window.caseloadModel().reload();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Base non lue"));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Erreur de la base « ")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().endsWith(
                 QStringLiteral("Parcours affiche ce qu'il a lu en dernier, qui peut être dépassé.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    // The menus that read the database say so too.
    forgetLastMessage();
    window.changeReferent();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Base non lue"));
    forgetLastMessage();
    window.createParticipant();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Base non lue"));

    QVERIFY(window.isVisible());
    QCOMPARE(window.caseloadModel().rowCount(), 5);
}

void ReadFailureTest::participantFileOpensAndSaysWhatItCouldNotRead()
{
    test::TestDatabase data;
    data.fillSmallCaseload();
    const RowId sophie = sophieMartin(data);
    MainWindow window(data.connect(), data.clock());

    dropTheTables(data);

    ui::ParticipantFileWindow* file = window.openParticipant(sophie);
    QVERIFY(file);
    QVERIFY2(file->readFailureMessage().startsWith(QStringLiteral("La fiche n'a pas pu être lue")),
             qPrintable(file->readFailureMessage()));
    QVERIFY(file->isVisible());
}

QTEST_MAIN(ReadFailureTest)
#include "ReadFailureTest.moc"
