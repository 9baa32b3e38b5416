// Importing a folder from the window: a valid folder ends with its summary and new rows; a refused one lists
// every error, leaves the database as it was, and copies the errors.
#include "ui/import/ImportDialog.h"
#include "TestDatabase.h"
#include "store/ParticipantRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Translations.h"
#include "ui/import/ImportErrorModel.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using parcours::ui::FileDialogs;
using parcours::ui::ImportDialog;
using parcours::ui::ImportErrorModel;
using parcours::ui::MainWindow;

class ImportDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validFolderEndsWithItsSummary();
    void emptyStateOffersTheImport();
    void refusedFolderListsEveryErrorAndChangesNothing();
    void thousandsOfErrorsAreCountedAndTheFirstThousandListed();
    void cannotBeClosedWhileItRuns();
    void cancelledChooserImportsNothing();
    void errorModelIsAWellBehavedModel();

private:
    QTemporaryDir m_folders;
};

namespace {

void writeFile(const QString& folder, const char* name, const char* text)
{
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QString::fromLatin1(name)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Two participants of a PLIE and a planned action, per spec/interchange-csv.md.
QString writeValidFolder(const QString& folder)
{
    writeFile(folder, "participants.csv",
              "participant_id,last_name,first_name,birth_date,sex,postcode,city\n"
              "P-001,Lefebvre,Nadia,1988-04-12,F,69100,Villeurbanne\n"
              "P-002,Moreau,Yanis,1996-09-30,M,69100,Villeurbanne\n");
    writeFile(folder, "parcours.csv",
              "parcours_id,participant_id,referent,entry_date,rsa\n"
              "C-001,P-001,Claire Dubois,2025-03-03,1\n"
              "C-002,P-002,Claire Dubois,2026-01-15,0\n");
    writeFile(folder, "actions.csv",
              "parcours_id,date,kind,note\n"
              "C-002,2026-12-02,rendez_vous,Point sur la formation\n");
    writeFile(folder, "plie.csv", "name,code\nPLIE de Villeurbanne,PLIE-069-V\n");
    return folder;
}

// A birth date that is no date (line 2) and a pathway of nobody (line 3).
QString writeRefusedFolder(const QString& folder)
{
    writeFile(folder, "participants.csv",
              "participant_id,last_name,first_name,birth_date,sex\n"
              "P-001,Lefebvre,Nadia,1988-02-30,F\n"
              "P-002,Moreau,Yanis,1996-09-30,M\n");
    writeFile(folder, "parcours.csv",
              "parcours_id,participant_id,referent,entry_date\n"
              "C-001,P-002,Claire Dubois,2025-03-03\n"
              "C-002,P-404,Claire Dubois,2026-01-15\n");
    return folder;
}

QAction* findAction(const QWidget& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == shortcut)
            return action;
    return nullptr;
}

int participantCount(parcours::test::TestDatabase& data)
{
    return parcours::ParticipantRepository(data.db(), data.clock()).count();
}

} // namespace

void ImportDialogTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(m_folders.isValid());
    QVERIFY(parcours::ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    parcours::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
}

void ImportDialogTest::validFolderEndsWithItsSummary()
{
    const QString folder = writeValidFolder(QDir(m_folders.path()).filePath(QStringLiteral("valid")));
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QCOMPARE(window.caseloadModel().rowCount(), 5);

    FileDialogs::answerAutomatically(folder);
    QAction* import = findAction(window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(import);
    QCOMPARE(import->text(), QStringLiteral("&Importer un dossier…"));
    import->trigger();
    QCOMPARE(FileDialogs::lastTitle(), QStringLiteral("Importer un dossier de fichiers CSV"));

    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QVERIFY(dialog->succeeded());

    const auto* outcome = dialog->findChild<QLabel*>(QStringLiteral("importOutcome"));
    QVERIFY(outcome && outcome->isVisible());
    for (const QString& expected :
         {QStringLiteral("Le dossier a été importé."), QStringLiteral("2 participant.e.s"),
          QStringLiteral("2 parcours"), QStringLiteral("0 étape"), QStringLiteral("1 action prévue"),
          QStringLiteral("0 période de veille"), QStringLiteral("0 embauche rompue")})
        QVERIFY2(outcome->text().contains(expected), qPrintable(expected + QStringLiteral(" in ") + outcome->text()));
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->isEnabled());

    // The window shows the new rows and the PLIE named by plie.csv.
    QCOMPARE(window.caseloadModel().rowCount(), 7);
    QCOMPARE(participantCount(data), 7);
    QCOMPARE(window.windowTitle(), QStringLiteral("PLIE de Villeurbanne \u2014 Parcours"));
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void ImportDialogTest::emptyStateOffersTheImport()
{
    const QString folder = writeValidFolder(QDir(m_folders.path()).filePath(QStringLiteral("valid-2")));
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = window.findChild<QPushButton*>(QStringLiteral("emptyImport"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Importer un dossier…"));

    FileDialogs::answerAutomatically(folder);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QVERIFY(dialog->succeeded());
    QCOMPARE(window.caseloadModel().rowCount(), 2);
    QVERIFY(!button->isVisible()); // the table took the empty state's place
}

void ImportDialogTest::refusedFolderListsEveryErrorAndChangesNothing()
{
    const QString folder = writeRefusedFolder(QDir(m_folders.path()).filePath(QStringLiteral("refused")));
    parcours::test::TestDatabase data;
    data.fillSmallCaseload();
    MainWindow window(data.connect(), data.clock());
    window.show();
    QCOMPARE(participantCount(data), 5);

    FileDialogs::answerAutomatically(folder);
    findAction(window, QKeySequence(Qt::CTRL | Qt::Key_I))->trigger();
    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QVERIFY(!dialog->succeeded());

    const auto* count = dialog->findChild<QLabel*>(QStringLiteral("importErrorCount"));
    QVERIFY(count && count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("2 erreurs\u00a0: rien n’a été importé, la base est inchangée."));

    // Every error, in a table of file, line, column and message.
    const auto* table = dialog->findChild<QTableView*>(QStringLiteral("importErrors"));
    QVERIFY(table && table->isVisible());
    const QAbstractItemModel& errors = *table->model();
    QCOMPARE(errors.rowCount(), 2);
    QCOMPARE(errors.headerData(ImportErrorModel::Field, Qt::Horizontal).toString(), QStringLiteral("Colonne"));
    QCOMPARE(errors.index(0, ImportErrorModel::File).data().toString(), QStringLiteral("participants.csv"));
    QCOMPARE(errors.index(0, ImportErrorModel::Line).data().toInt(), 2);
    QCOMPARE(errors.index(0, ImportErrorModel::Field).data().toString(), QStringLiteral("birth_date"));
    const QString message = errors.index(0, ImportErrorModel::Message).data().toString();
    QVERIFY2(message.contains(QStringLiteral("1988-02-30")), qPrintable(message));
    QCOMPARE(errors.index(1, ImportErrorModel::File).data().toString(), QStringLiteral("parcours.csv"));
    QCOMPARE(errors.index(1, ImportErrorModel::Line).data().toInt(), 3);
    QCOMPARE(errors.index(1, ImportErrorModel::Field).data().toString(), QStringLiteral("participant_id"));

    // Copied as parcours-cli prints them: file:line: column: message, one a line.
    QApplication::clipboard()->clear();
    auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyErrors"));
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("participants.csv:2: birth_date: ") + message);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("parcours.csv:3: participant_id: ")), qPrintable(lines.at(1)));

    QCOMPARE(participantCount(data), 5);
    QCOMPARE(window.caseloadModel().rowCount(), 5);
    QCOMPARE(window.windowTitle(), QStringLiteral("Parcours"));
}

void ImportDialogTest::thousandsOfErrorsAreCountedAndTheFirstThousandListed()
{
    const QString folder = QDir(m_folders.path()).filePath(QStringLiteral("1500-errors"));
    writeFile(folder, "participants.csv",
              "participant_id,last_name,first_name,birth_date,sex\nP-001,Lefebvre,Nadia,1988-04-12,F\n");
    QByteArray pathways = "parcours_id,participant_id,referent,entry_date\n";
    for (int i = 0; i < 1500; ++i)
        pathways += "C-" + QByteArray::number(i) + ",P-404,Claire Dubois,2025-03-03\n";
    writeFile(folder, "parcours.csv", pathways.constData());
    parcours::test::TestDatabase data;
    ImportDialog dialog(data.db().path(), data.clock(), folder);
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QVERIFY(!dialog.succeeded());

    const auto* count = dialog.findChild<QLabel*>(QStringLiteral("importErrorCount"));
    QVERIFY(count);
    const QString expected = QStringLiteral("%1 erreurs\u00a0: rien n’a été importé, la base est inchangée. "
                                            "Seules les %2 premières sont listées.")
                                 .arg(QLocale().toString(1500), QLocale().toString(1000));
    QCOMPARE(count->text(), expected);
    QCOMPARE(dialog.errorModel().rowCount(), 1000);
    const QStringList lines = dialog.errorModel().text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1001);
    QCOMPARE(lines.last(), QStringLiteral("… et 500 autres erreurs, non listées."));
}

void ImportDialogTest::cannotBeClosedWhileItRuns()
{
    const QString folder = writeValidFolder(QDir(m_folders.path()).filePath(QStringLiteral("valid-3")));
    parcours::test::TestDatabase data;
    ImportDialog dialog(data.db().path(), data.clock(), folder);
    dialog.show();
    dialog.start();
    // Its end is delivered through this thread's event loop: until then it runs, whatever the thread did.
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.close());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QVERIFY(dialog.succeeded());
    QVERIFY(dialog.close());
}

void ImportDialogTest::cancelledChooserImportsNothing()
{
    parcours::test::TestDatabase data;
    MainWindow window(data.connect(), data.clock());
    FileDialogs::answerAutomatically(QString());
    findAction(window, QKeySequence(Qt::CTRL | Qt::Key_I))->trigger();
    QVERIFY(!window.findChild<ImportDialog*>());
}

void ImportDialogTest::errorModelIsAWellBehavedModel()
{
    ImportErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setErrors({{"participants.csv", 2, "birth_date", "Date invalide."}, {"steps.csv", 0, "", "Fichier vide."}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QVERIFY(!model.index(1, ImportErrorModel::Line).data().isValid()); // about the whole file: no line
    QCOMPARE(model.text(),
             QStringLiteral("participants.csv:2: birth_date: Date invalide.\nsteps.csv: Fichier vide.\n"));
    model.setErrors({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"
