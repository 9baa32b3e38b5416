// Saving the caseload on screen: the rows shown, in their order, written as CSV or XLSX through
// the core; a cancel writes nothing; a failure is said and leaves no file.
#include "ui/caseload/CaseloadExport.h"
#include "TestDatabase.h"
#include "sheets/CaseloadSheet.h"
#include "sheets/SheetFiles.h"
#include "store/ReadTraces.h"
#include "store/RowStore.h"
#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using parcours::ui::CaseloadFilterModel;
using parcours::ui::CaseloadModel;
using parcours::ui::FileDialogs;
using parcours::ui::MessageBox;

class CaseloadExportTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void theRowsShownInTheirOrder();
    void csvHoldsWhatTheTableShows();
    void aNameWithoutSuffixIsAWorkbook();
    void cancelWritesNothing();
    void aFailureIsSaidAndLeavesNoFile();
};

namespace {

struct Fixture {
    Fixture()
    {
        data.fillSmallCaseload();
        model = std::make_unique<CaseloadModel>(data.db(), data.clock());
        filter.setSourceModel(model.get());
    }
    parcours::test::TestDatabase data;
    std::unique_ptr<CaseloadModel> model;
    CaseloadFilterModel filter;
    QTemporaryDir folder;
};

QStringList lastNames(const std::vector<parcours::CaseloadRow>& rows)
{
    QStringList names;
    for (const parcours::CaseloadRow& row : rows)
        names << QString::fromStdString(row.lastName);
    return names;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void CaseloadExportTest::cleanup()
{
    FileDialogs::showToUser();
    MessageBox::showToUser();
}

void CaseloadExportTest::theRowsShownInTheirOrder()
{
    Fixture f;
    QCOMPARE(lastNames(parcours::ui::shownCaseloadRows(f.filter)),
             QStringList({QStringLiteral("Benali"), QStringLiteral("Durand"), QStringLiteral("Leroy"),
                          QStringLiteral("Martin")})); // « en cours »: Jean Petit has exited
    f.filter.setStatusFilter(CaseloadFilterModel::StatusFilter::All);
    f.filter.sort(CaseloadModel::LastName, Qt::DescendingOrder);
    QCOMPARE(lastNames(parcours::ui::shownCaseloadRows(f.filter)),
             QStringList({QStringLiteral("Petit"), QStringLiteral("Martin"), QStringLiteral("Leroy"),
                          QStringLiteral("Durand"), QStringLiteral("Benali")}));
    f.filter.setReferentFilter(QStringLiteral("Marc Petit"));
    QCOMPARE(lastNames(parcours::ui::shownCaseloadRows(f.filter)),
             QStringList({QStringLiteral("Petit"), QStringLiteral("Durand")}));
}

void CaseloadExportTest::csvHoldsWhatTheTableShows()
{
    Fixture f;
    f.filter.setReferentFilter(QStringLiteral("Claire Dubois"));
    const std::vector<parcours::CaseloadRow> rows = parcours::ui::shownCaseloadRows(f.filter);
    const QString path = f.folder.filePath(QStringLiteral("liste.csv"));
    FileDialogs::answerAutomatically(path);
    f.data.db().journal().setAuthor("Claire Dubois");

    QCOMPARE(parcours::ui::exportCaseload(nullptr, f.data.db(), f.data.clock(), rows), path);

    const QByteArray written = contentOf(path);
    QCOMPARE(written, QByteArray::fromStdString(parcours::csvText(parcours::caseloadSheet(rows))));
    QVERIFY(written.startsWith("\xEF\xBB\xBFNom;Pr\xC3\xA9nom;"));
    const QList<QByteArray> lines = written.split('\n');
    QCOMPARE(lines.size(), 4); // header, Benali, Martin, and the end of the last line
    QVERIFY(lines[1].startsWith("Benali;Karim;28/11/1999;"));
    QVERIFY(lines[1].contains(";Claire Dubois;"));
    QVERIFY(lines[1].contains(";en veille;"));
    QVERIFY(lines[2].startsWith("Martin;Sophie;"));

    // Each person of the list, and only they, got an « export » trace naming the file.
    for (const parcours::CaseloadRow& row : rows) {
        const auto traces = parcours::readtraces::ofParticipant(
            f.data.db(), parcours::rowstore::uuidOf(f.data.db(), "participants", row.participantId));
        QCOMPARE(traces.size(), std::size_t(1));
        QVERIFY(traces[0].action == parcours::ReadAction::Export);
        QCOMPARE(traces[0].detail, std::string("liste.csv"));
        QCOMPARE(traces[0].author, std::string("Claire Dubois"));
        QCOMPARE(traces[0].at, f.data.clock().nowUtc());
    }
    QCOMPARE(f.data.db().sql().execAndGet("SELECT count(*) FROM read_traces").getInt(), 2);
}

void CaseloadExportTest::aNameWithoutSuffixIsAWorkbook()
{
    Fixture f;
    FileDialogs::answerAutomatically(f.folder.filePath(QStringLiteral("liste")));

    const QString written =
        parcours::ui::exportCaseload(nullptr, f.data.db(), f.data.clock(), parcours::ui::shownCaseloadRows(f.filter));

    QCOMPARE(written, f.folder.filePath(QStringLiteral("liste.xlsx")));
    QVERIFY(contentOf(written).startsWith("PK")); // a zip archive, as every XLSX file
    QCOMPARE(QDir(f.folder.path()).entryList(QDir::Files), QStringList({QStringLiteral("liste.xlsx")}));
}

void CaseloadExportTest::cancelWritesNothing()
{
    Fixture f;
    FileDialogs::answerAutomatically(QString());
    QVERIFY(
        parcours::ui::exportCaseload(nullptr, f.data.db(), f.data.clock(), parcours::ui::shownCaseloadRows(f.filter))
            .isEmpty());
    QCOMPARE(FileDialogs::lastTitle(), QStringLiteral("Save the list of participants"));
    QVERIFY(QDir(f.folder.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(f.data.db().sql().execAndGet("SELECT count(*) FROM read_traces").getInt(), 0);
}

void CaseloadExportTest::aFailureIsSaidAndLeavesNoFile()
{
    Fixture f;
    const QString path = f.folder.filePath(QStringLiteral("absent/liste.xlsx"));
    FileDialogs::answerAutomatically(path);
    MessageBox::answerAutomatically(QMessageBox::Ok);

    QVERIFY(
        parcours::ui::exportCaseload(nullptr, f.data.db(), f.data.clock(), parcours::ui::shownCaseloadRows(f.filter))
            .isEmpty());

    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("List not saved"));
    QVERIFY(MessageBox::lastText().contains(path));
    QVERIFY(QDir(f.folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_MAIN(CaseloadExportTest)
#include "CaseloadExportTest.moc"
