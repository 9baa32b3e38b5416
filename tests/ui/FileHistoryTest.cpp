// The history panel of the participant file: the actions made through the core's use cases, in words, newest first, by
// their author.
#include "TestDatabase.h"
#include "store/ContactRepository.h"
#include "store/ReadTraces.h"
#include "ui/common/Translations.h"
#include "ui/participant/ContactsPanel.h"
#include "ui/participant/HistoryModel.h"
#include "ui/participant/HistoryPanel.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "usecases/ParticipantCases.h"
#include "usecases/PathwayItemCases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// The line of the consultation the window records when it opens, on `day` at 10:00 in Paris.
QString consultation(const char* day)
{
    return QCoreApplication::translate("parcours::ui::HistoryModel", "%1 — %2: %3", "instant, who, a read of the file")
        .arg(QString::fromUtf8(day) + QStringLiteral(" 10:00"), QStringLiteral("Alice N'Diaye"),
             ui::HistoryModel::readActionText(ReadAction::Consultation));
}

} // namespace

class FileHistoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheActionsOfTheUseCasesNewestFirst();
    void followsTheEditsMadeInTheWindow();
    void keepsWhatItShowedWhenTheHistoryCannotBeRead();
    void thePrintedFicheAndTheCopyForThePersonAreTraced();
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
    // Opening the file is traced, and shown first, marked as a read.
    QCOMPARE(model->sentences(), QStringList{consultation("13/03/2026")} + aliceHistory());
    QCOMPARE(model->index(0).data(ui::HistoryModel::ReadRole).toBool(), true);
    QCOMPARE(model->index(1).data(ui::HistoryModel::ReadRole).toBool(), false);
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
    expected.prepend(consultation("20/03/2026")); // the same instant on the pinned clock: the read shown last
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
    QCOMPARE(model->sentences(), QStringList{consultation("13/03/2026")} + aliceHistory());
}

void FileHistoryTest::thePrintedFicheAndTheCopyForThePersonAreTraced()
{
    AliceFile file;
    ParticipantFileWindow window(file.data.db(), file.data.clock(), file.participant.record.id);
    ui::HistoryModel* model = window.historyPanel()->model();
    QTemporaryDir folder;

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(QStringLiteral("fiche-imprimee.pdf")));
    QVERIFY(window.printFicheOn(printer));
    QCOMPARE(model->index(0).data(ui::HistoryModel::ActionRole).toString(),
             QCoreApplication::translate("parcours::ui::HistoryModel", "%1 (%2)",
                                         "a read of the file and what was printed or exported")
                 .arg(ui::HistoryModel::readActionText(ReadAction::Impression), QStringLiteral("fiche-imprimee.pdf")));

    QVERIFY(window.copyForPersonInto(folder.path()));
    const QStringList copies = QDir(folder.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(copies.size(), 1);
    const QDir copy(folder.filePath(copies.front()));
    QVERIFY(copy.exists(QStringLiteral("participants.csv")));
    QVERIFY(copy.exists(QStringLiteral("historique-du-dossier.csv")));
    QVERIFY(copy.exists(QStringLiteral("fiche-parcours.pdf")));
    QVERIFY(model->index(0)
                .data(ui::HistoryModel::ActionRole)
                .toString()
                .startsWith(ui::HistoryModel::readActionText(ReadAction::Access)));
    QCOMPARE(model->index(0).data(ui::HistoryModel::ReadRole).toBool(), true);
    // The consultation, the printing and the copy: three reads, each by Alice N'Diaye.
    const auto traces = readtraces::ofParticipant(file.data.db(), file.participant.record.uuid);
    QCOMPARE(traces.size(), std::size_t(3));
    for (const ReadTrace& trace : traces)
        QCOMPARE(trace.author, std::string("Alice N'Diaye"));
}

QTEST_MAIN(FileHistoryTest)
#include "FileHistoryTest.moc"
