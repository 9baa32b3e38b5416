// The fiche parcours from the participant's file window: « Fiche parcours en PDF… » writes a PDF whose
// text holds the person's data (read back with pdftotext), and « Imprimer la fiche… » prints the same.
#include "TestDatabase.h"
#include "store/BarrierRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/participant/ParticipantFileWindow.h"
#include "usecases/PathwayItemCases.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parcours;
using parcours::ui::FileDialogs;
using parcours::ui::ParticipantFileWindow;

namespace {

// The small caseload with, for Sophie Martin, a step at an opérateur and a frein lifted.
struct Caseload {
    test::TestDatabase data;

    Caseload()
    {
        data.fillSmallCaseload();
        data.setPlieName("PLIE des Trois Rivières");
        const RowId pathway =
            PathwayRepository(data.db(), data.clock()).forParticipant(named("Martin")).back().record.id;
        Step step;
        step.pathwayId = pathway;
        step.type = StepType::Iae;
        step.subtype = StepSubtype::Aci;
        step.operatorName = "Régie Est";
        step.label = "Chantier espaces verts";
        step.start = Date(2026, 4, 1);
        addStep(data.db(), data.clock(), step);
        Barrier barrier;
        barrier.pathwayId = pathway;
        barrier.category = BarrierCategory::Mobilite;
        barrier.identifiedDate = Date(2026, 3, 10);
        barrier.status = BarrierStatus::Leve;
        barrier.liftedDate = Date(2026, 6, 18);
        addBarrier(data.db(), data.clock(), barrier);
    }

    RowId named(const std::string& lastName)
    {
        for (const Participant& p : ParticipantRepository(data.db(), data.clock()).all()) {
            if (p.lastName == lastName)
                return p.record.id;
        }
        return 0;
    }
};

// The PDF's text, blanks made single spaces; empty when pdftotext fails.
QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

QAction* action(ParticipantFileWindow& window, const QString& objectName)
{
    return window.findChild<QAction*>(objectName);
}

} // namespace

class FicheTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theActionWritesTheFicheAsAPdfWithTheFilesText();
    void cancellingWritesNothingAndAPdfSuffixIsAdded();
    void anUnwritableFolderIsToldAndLeavesNoFile();
    void printingPutsTheSameFicheOnThePrinter();
};

void FicheTest::initTestCase()
{
    QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
}

void FicheTest::init()
{
    test::isolateSettings();
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void FicheTest::cleanup()
{
    FileDialogs::showToUser();
}

void FicheTest::theActionWritesTheFicheAsAPdfWithTheFilesText()
{
    Caseload caseload;
    ParticipantFileWindow window(caseload.data.db(), caseload.data.clock(), caseload.named("Martin"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fiche.pdf"));
    FileDialogs::answerAutomatically(path);

    QAction* pdf = action(window, QStringLiteral("fichePdf"));
    QVERIFY(pdf);
    pdf->trigger();

    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("MARTIN Sophie")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("PLIE des Trois Rivières")));
    QVERIFY(text.contains(QStringLiteral("27/11/2026")));             // printed today
    QVERIFY(text.contains(QStringLiteral("12/03/1985")));             // born on
    QVERIFY(text.contains(QStringLiteral("02/02/2026")));             // entered on
    QVERIFY(text.contains(QStringLiteral("Claire Dubois")));          // the référent.e
    QVERIFY(text.contains(QStringLiteral("Chantier espaces verts"))); // the step…
    QVERIFY(text.contains(QStringLiteral("Régie Est")));              // …at its opérateur
    QVERIFY(text.contains(QStringLiteral("18/06/2026")));             // the frein lifted on
    for (const char* contact : {"15/10/2026", "20/11/2026", "02/03/2026"})
        QVERIFY2(text.contains(QLatin1String(contact)), contact);
    QVERIFY(!text.contains(QStringLiteral("Durand")));
    // The contacts newest first, as in the journal.
    QVERIFY(text.indexOf(QStringLiteral("20/11/2026")) < text.indexOf(QStringLiteral("15/10/2026")));
    // A file with no other temporary file left beside it.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("fiche.pdf")});
}

void FicheTest::cancellingWritesNothingAndAPdfSuffixIsAdded()
{
    Caseload caseload;
    ParticipantFileWindow window(caseload.data.db(), caseload.data.clock(), caseload.named("Durand"));
    QTemporaryDir folder;

    FileDialogs::answerAutomatically(QString());
    QVERIFY(!window.saveFichePdf());
    QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());

    FileDialogs::answerAutomatically(folder.filePath(QStringLiteral("durand")));
    QVERIFY(window.saveFichePdf());
    const QString text = pdfText(folder.filePath(QStringLiteral("durand.pdf")));
    QVERIFY2(text.contains(QStringLiteral("DURAND Lucie")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("01/09/2026"))); // hired on
    QVERIFY(text.contains(QStringLiteral("01/03/2027"))); // the six-month follow-up runs until
    QVERIFY(text.contains(QStringLiteral("Marc Petit")));
}

void FicheTest::anUnwritableFolderIsToldAndLeavesNoFile()
{
    Caseload caseload;
    ParticipantFileWindow window(caseload.data.db(), caseload.data.clock(), caseload.named("Martin"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("absent/fiche.pdf"));
    FileDialogs::answerAutomatically(path);
    ui::MessageBox::answerAutomatically(QMessageBox::Ok);

    QVERIFY(!window.saveFichePdf());
    QVERIFY(!QFile::exists(path));
    QVERIFY2(ui::MessageBox::lastText().contains(QDir::toNativeSeparators(path)),
             qPrintable(ui::MessageBox::lastText()));
}

void FicheTest::printingPutsTheSameFicheOnThePrinter()
{
    Caseload caseload;
    ParticipantFileWindow window(caseload.data.db(), caseload.data.clock(), caseload.named("Petit"));
    QAction* print = action(window, QStringLiteral("printFiche"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));

    QTemporaryDir folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.filePath(QStringLiteral("imprimee.pdf")));
    QVERIFY(window.printFicheOn(printer));

    const QString text = pdfText(printer.outputFileName());
    QVERIFY2(text.contains(QStringLiteral("PETIT Jean")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("30/04/1962"))); // born on
    QVERIFY(text.contains(QStringLiteral("30/06/2025"))); // exited on
}

QTEST_MAIN(FicheTest)
#include "FicheTest.moc"
