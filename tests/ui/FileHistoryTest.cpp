// The history panel of the participant file: the actions made through the core's use cases, in words, newest first, by
// their author.
#include "TestDatabase.h"
#include "store/ContactRepository.h"
#include "ui/common/Translations.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/HistoryModel.h"
#include "ui/participant/HistoryPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <time.h>

using namespace parcours;
using parcours::ui::ParticipantFileWindow;

namespace {

QString nbsp(const char* text)
{
    return QString::fromUtf8(text).replace(QStringLiteral("~"), QStringLiteral("\u00a0"));
}

// Sophie Martin's file, made by Alice N'Diaye through the use cases, one action a day:
// created on 2 February, a barrier on 10 March, a contact logged on 11 March, the barrier
// lifted on 12 March, her phone on 13 March.
struct AliceFile {
    test::TestDatabase data;
    Participant participant;
    Pathway pathway;

    AliceFile()
    {
        data.db().journal().setAuthor("Alice N'Diaye");
        on(Date(2026, 2, 2));
        participant.lastName = "Martin";
        participant.firstName = "Sophie";
        participant.birthDate = Date(1985, 3, 12);
        participant.postcode = "69008";
        participant.city = "Lyon";
        pathway.entryDate = Date(2026, 2, 2);
        createParticipant(data.db(), data.clock(), participant, pathway, "Alice N'Diaye");

        on(Date(2026, 3, 10));
        Barrier barrier;
        barrier.pathwayId = pathway.record.id;
        barrier.category = BarrierCategory::Mobilite;
        barrier.identifiedDate = Date(2026, 3, 10);
        addBarrier(data.db(), data.clock(), barrier);

        on(Date(2026, 3, 11));
        Contact contact;
        contact.pathwayId = pathway.record.id;
        contact.date = Date(2026, 3, 11);
        contact.mode = ContactMode::Telephone;
        contact.note = "Point sur le permis";
        logContact(data.db(), data.clock(), contact);

        on(Date(2026, 3, 12));
        barrier.status = BarrierStatus::Leve;
        barrier.liftedDate = Date(2026, 3, 12);
        editBarrier(data.db(), data.clock(), barrier);

        on(Date(2026, 3, 13));
        participant.phone = "06 12 34 56 78";
        editIdentity(data.db(), data.clock(), participant);
    }

    void on(const Date& day) { data.clock().setToday(day); } // "now" is 09:00 UTC that day: 10:00 in Paris
};

const QStringList& aliceHistory()
{
    static const QStringList sentences{
        nbsp("13/03/2026 10:00 — Alice N'Diaye a modifié l'identité~: téléphone"),
        QStringLiteral("12/03/2026 10:00 — Alice N'Diaye a levé le frein Mobilité"),
        QStringLiteral("11/03/2026 10:00 — Alice N'Diaye a noté un entretien du 11/03/2026 (téléphone)"),
        QStringLiteral("10/03/2026 10:00 — Alice N'Diaye a identifié le frein Mobilité"),
        QStringLiteral("02/02/2026 10:00 — Alice N'Diaye a créé la fiche"),
    };
    return sentences;
}

} // namespace

class FileHistoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheActionsOfTheUseCasesNewestFirst();
    void followsTheEditsMadeInTheWindow();
    void keepsWhatItShowedWhenTheHistoryCannotBeRead();
};

void FileHistoryTest::initTestCase()
{
    qputenv("TZ", "Europe/Paris");
    tzset();
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void FileHistoryTest::showsTheActionsOfTheUseCasesNewestFirst()
{
    AliceFile file;
    ParticipantFileWindow window(file.data.db(), file.data.clock(), file.participant.record.id);
    ui::HistoryModel* model = window.historyPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->sentences(), aliceHistory());
    QVERIFY(window.historyPanel()->failure().isEmpty());
}

void FileHistoryTest::followsTheEditsMadeInTheWindow()
{
    AliceFile file;
    file.on(Date(2026, 3, 20));
    ParticipantFileWindow window(file.data.db(), file.data.clock(), file.participant.record.id);
    ui::HistoryModel* model = window.historyPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&window, &ParticipantFileWindow::changed);

    window.logContact();
    window.contactsPanel()->noteEdit()->setPlainText(QStringLiteral("Appel de suivi"));
    QVERIFY(window.contactsPanel()->saveEdits());
    QCOMPARE(changed.count(), 1);

    QStringList expected = aliceHistory();
    expected.prepend(QStringLiteral("20/03/2026 10:00 — Alice N'Diaye a noté un entretien du 20/03/2026 (téléphone)"));
    QCOMPARE(model->sentences(), expected);
}

void FileHistoryTest::keepsWhatItShowedWhenTheHistoryCannotBeRead()
{
    AliceFile file;
    ParticipantFileWindow window(file.data.db(), file.data.clock(), file.participant.record.id);
    ui::HistoryModel* model = window.historyPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Another program takes the history away from under the open file.
    std::unique_ptr<Database> other = file.data.connect();
    other->sql().exec("DROP TABLE operations");

    window.historyPanel()->reload();
    QVERIFY2(window.historyPanel()->failure().startsWith(QStringLiteral("L'historique n'a pas pu être lu")),
             qPrintable(window.historyPanel()->failure()));
    QCOMPARE(model->sentences(), aliceHistory());
}

QTEST_MAIN(FileHistoryTest)
#include "FileHistoryTest.moc"
