// The yearly consolidation from the application: the files it saves are the core's report for the
// chosen year and profile, the preview shows its values (hidden ones as such), a threshold under 5 is refused.
#include "ui/reports/ConsolidationDialog.h"
#include "TestDatabase.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "transfer/DemoDatabase.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/ReportLabels.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace parcours;
using parcours::test::TestDatabase;
using parcours::ui::ConsolidationDialog;
using parcours::ui::FileDialogs;
using parcours::ui::MessageBox;

class ConsolidationDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void warehouseJsonIsTheCoreReport();
    void publicCsvWithItsThreshold();
    void previewShowsTheValuesAndHidesWhatThePublicProfileHides();
    void thresholdUnderFiveIsRefused();

private:
    std::unique_ptr<ConsolidationDialog> openDialog();

    TestDatabase m_demo;
    QTemporaryDir m_files;
};

namespace {

std::string fileText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

QTreeWidgetItem* itemOf(QTreeWidget* tree, const QString& path)
{
    const QList<QTreeWidgetItem*> found = tree->findItems(path, Qt::MatchExactly | Qt::MatchRecursive, 1);
    return found.value(0);
}

} // namespace

void ConsolidationDialogTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(m_files.isValid());
    DemoOptions options;
    options.participants = 150;
    options.seed = 4;
    options.today = parcours::test::pinnedToday();
    createDemoDatabase(ui::toPath(m_demo.path()), m_demo.clock(), options);
}

std::unique_ptr<ConsolidationDialog> ConsolidationDialogTest::openDialog()
{
    auto dialog = std::make_unique<ConsolidationDialog>(m_demo.db(), m_demo.clock());
    QSignalSpy loaded(dialog.get(), &ConsolidationDialog::loaded);
    dialog->show();
    if (!dialog->isLoading() || loaded.wait(30000))
        return dialog;
    return nullptr;
}

void ConsolidationDialogTest::warehouseJsonIsTheCoreReport()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->year(), 2025);
    dialog->setYear(2023);
    const QString path = m_files.filePath(QStringLiteral("entrepot-2023.json"));
    FileDialogs::answerAutomatically(path);
    dialog->findChild<QPushButton*>(QStringLiteral("saveJson"))->click();
    FileDialogs::showToUser();
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2023);
    QVERIFY(report.counts.count("stock.present") > 0);
    QCOMPARE(fileText(path), reportJsonText(report, ReportProfile::warehouse(), m_demo.clock().nowUtc()));
}

void ConsolidationDialogTest::publicCsvWithItsThreshold()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("publicProfile"))->setChecked(true);
    auto* threshold = dialog->findChild<QSpinBox*>(QStringLiteral("publicThreshold"));
    QVERIFY(threshold->isEnabled());
    QCOMPARE(threshold->value(), 11);
    threshold->setValue(7);
    // Without a suffix, the file gets the format's.
    FileDialogs::answerAutomatically(m_files.filePath(QStringLiteral("public-2025")));
    dialog->findChild<QPushButton*>(QStringLiteral("saveCsv"))->click();
    FileDialogs::showToUser();
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2025);
    const std::string expected = reportCsvText(report, ReportProfile::forPublic(7));
    QCOMPARE(fileText(m_files.filePath(QStringLiteral("public-2025.csv"))), expected);
    QVERIFY(expected != reportCsvText(report, ReportProfile::warehouse())); // something is hidden at 7
}

void ConsolidationDialogTest::previewShowsTheValuesAndHidesWhatThePublicProfileHides()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("consolidationPreview"));
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2025);
    QTreeWidgetItem* entries = itemOf(tree, QStringLiteral("stock.entries"));
    QVERIFY(entries);
    QCOMPARE(entries->text(2), ui::countText(report.counts.count("stock.entries")));
    QCOMPARE(entries->text(0), ui::indicatorLabel("stock.entries"));

    dialog->setYear(2022);
    const ConsolidationReport earlier = computeConsolidation(m_demo.db(), 2022);
    QVERIFY(earlier.counts.count("stock.entries") != report.counts.count("stock.entries"));
    QCOMPARE(itemOf(tree, QStringLiteral("stock.entries"))->text(2),
             ui::countText(earlier.counts.count("stock.entries")));

    dialog->findChild<QRadioButton*>(QStringLiteral("publicProfile"))->setChecked(true);
    const nlohmann::ordered_json document = reportJson(earlier, ReportProfile::forPublic(11), m_demo.clock().nowUtc());
    const auto hidden = document["suppressed"].get<std::vector<std::string>>();
    QVERIFY(!hidden.empty());
    for (const std::string& path : hidden) {
        QTreeWidgetItem* item = itemOf(tree, QString::fromStdString(path));
        QVERIFY2(item, path.c_str());
        QCOMPARE(item->text(2), QStringLiteral("hidden"));
    }
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("hiddenCount"))->text().startsWith(QString::number(hidden.size())));
}

void ConsolidationDialogTest::thresholdUnderFiveIsRefused()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("thresholdError"));
    auto* saveJson = dialog->findChild<QPushButton*>(QStringLiteral("saveJson"));
    auto* saveCsv = dialog->findChild<QPushButton*>(QStringLiteral("saveCsv"));
    dialog->findChild<QRadioButton*>(QStringLiteral("publicProfile"))->setChecked(true);
    auto* threshold = dialog->findChild<QSpinBox*>(QStringLiteral("publicThreshold"));
    threshold->setValue(4);
    QVERIFY(error->isVisible());
    QVERIFY(!saveJson->isEnabled());
    QVERIFY(!saveCsv->isEnabled());
    QVERIFY(!dialog->profile());
    MessageBox::answerAutomatically(QMessageBox::Ok);
    const QString path = m_files.filePath(QStringLiteral("refused.json"));
    QVERIFY(!dialog->saveTo(path, ConsolidationDialog::Format::Json));
    MessageBox::showToUser();
    QVERIFY(!QFile::exists(path));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("5")));

    threshold->setValue(5); // the minimum itself is accepted
    QVERIFY(!error->isVisible());
    QVERIFY(saveJson->isEnabled());
    QVERIFY(dialog->saveTo(path, ConsolidationDialog::Format::Json));
    QCOMPARE(fileText(path), reportJsonText(computeConsolidation(m_demo.db(), 2025), ReportProfile::forPublic(5),
                                            m_demo.clock().nowUtc()));
}

QTEST_MAIN(ConsolidationDialogTest)
#include "ConsolidationDialogTest.moc"
