// The yearly consolidation from the application: the files it saves are the core's report for the
// chosen year and profile (JSON, CSV, XLSX), the preview shows the workbook's sheets (hidden values with
// their note), a threshold under 5 is refused.
#include "ui/reports/ConsolidationDialog.h"
#include "TestDatabase.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "consolidation/ReportXlsx.h"
#include "sheets/SheetFiles.h"
#include "store/PlieSettingsRepository.h"
#include "transfer/DemoDatabase.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/PlieIdentityDialog.h"
#include "usecases/PlieCases.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <set>

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
    void aPlieWithoutIdentityIsAskedForItFirst();
    void xlsxHoldsTheWorkbookOfTheReport();
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

// The preview's cell of column `header` on the row of `key` (column « Clé »), in any of its tables.
std::optional<QString> previewCell(QTabWidget* tabs, const QString& key, const QString& header)
{
    for (int t = 0; t < tabs->count(); ++t) {
        auto* table = qobject_cast<QTableWidget*>(tabs->widget(t));
        int keyColumn = -1;
        int wanted = -1;
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Clé"))
                keyColumn = c;
            if (table->horizontalHeaderItem(c)->text() == header)
                wanted = c;
        }
        if (keyColumn < 0 || wanted < 0)
            continue;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, keyColumn)->text() == key)
                return table->item(r, wanted)->text();
        }
    }
    return std::nullopt;
}

QString numberText(std::int64_t count)
{
    return QString::fromStdString(cellText(Number{static_cast<double>(count)}));
}

// Every sheet of an XLSX file read back by openpyxl, as another program would: {title: [[cell…]…]}.
nlohmann::json readWorkbook(const QString& path)
{
    const QString script = QStringLiteral("import json, sys, openpyxl\n"
                                          "book = openpyxl.load_workbook(sys.argv[1])\n"
                                          "print(json.dumps({s.title: [[c.value for c in row] for row "
                                          "in s.iter_rows()] for s in book.worksheets}))\n");
    // Debian's python3 has python3-openpyxl; another one first on the PATH may not.
    for (const QString& program : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess python;
        python.start(program, {QStringLiteral("-c"), script, path});
        if (python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0)
            return nlohmann::json::parse(python.readAllStandardOutput().toStdString());
    }
    return {};
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
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("consolidationPreview"));
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2025);
    const std::vector<Sheet> sheets = reportSheets(report, ReportProfile::warehouse());
    QCOMPARE(tabs->count(), static_cast<int>(sheets.size()));
    QCOMPARE(tabs->tabText(1), QString::fromStdString(sheets[1].title));
    const QString value = QStringLiteral("Valeur");
    QCOMPARE(previewCell(tabs, QStringLiteral("stock.entries"), value),
             numberText(report.counts.count("stock.entries")));
    QCOMPARE(previewCell(tabs, QStringLiteral("freins.lifted.mobilite"), value),
             numberText(report.counts.count("freins.lifted.mobilite")));

    dialog->setYear(2022);
    const ConsolidationReport earlier = computeConsolidation(m_demo.db(), 2022);
    QVERIFY(earlier.counts.count("stock.entries") != report.counts.count("stock.entries"));
    QCOMPARE(previewCell(tabs, QStringLiteral("stock.entries"), value),
             numberText(earlier.counts.count("stock.entries")));

    dialog->findChild<QRadioButton*>(QStringLiteral("publicProfile"))->setChecked(true);
    const std::vector<std::string> hidden = publicSuppressions(earlier.counts, 11);
    QVERIFY(!hidden.empty());
    std::set<HiddenBecause> reasons;
    for (const PublicSuppression& suppression : publicProfile(earlier.counts, 11)) {
        const QString key = QString::fromStdString(suppression.path);
        QCOMPARE(previewCell(tabs, key, value), QString());
        const std::optional<QString> note = previewCell(tabs, key, QStringLiteral("Remarque"));
        QVERIFY2(note, suppression.path.c_str());
        // Each hidden cell says why, in the words of the rule.
        const QString expected = suppression.because == HiddenBecause::UnderThreshold
                                     ? QStringLiteral("masqué : moins de 11")
                                 : suppression.because == HiddenBecause::Deducible
                                     ? QStringLiteral("masqué : se déduirait d'autres chiffres")
                                     : QStringLiteral("masqué : calculé à partir d'un effectif masqué");
        QCOMPARE(*note, expected);
        reasons.insert(suppression.because);
    }
    QCOMPARE(reasons.size(), 3u); // the demo year shows each reason
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("hiddenCount"))->text().startsWith(QString::number(hidden.size())));
}

namespace {

// Answers the PLIE identity dialog that the next save opens: types `name` and `code` and accepts,
// or cancels when `name` is empty. Returns whether the dialog was seen.
std::shared_ptr<bool> answerIdentity(const QString& name, const QString& code)
{
    auto seen = std::make_shared<bool>(false);
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<ui::PlieIdentityDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        if (name.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("plieName")), name);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("plieCode")), code);
        dialog->accept();
    });
    return seen;
}

} // namespace

void ConsolidationDialogTest::aPlieWithoutIdentityIsAskedForItFirst()
{
    setPlieIdentity(m_demo.db(), m_demo.clock(), PlieSettings{}); // a base whose PLIE has no name nor code
    auto dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_files.filePath(QStringLiteral("identity.json"));

    // Cancelled: nothing saved, nothing kept.
    std::shared_ptr<bool> seen = answerIdentity(QString(), QString());
    FileDialogs::answerAutomatically(path);
    dialog->findChild<QPushButton*>(QStringLiteral("saveJson"))->click();
    QVERIFY(*seen);
    QVERIFY(!QFile::exists(path));
    QVERIFY(PlieSettingsRepository(m_demo.db()).get().name.empty());

    seen = answerIdentity(QStringLiteral("PLIE du Pays de Test"), QStringLiteral("99-TEST"));
    dialog->findChild<QPushButton*>(QStringLiteral("saveJson"))->click();
    FileDialogs::showToUser();
    QVERIFY(*seen);
    const PlieSettings kept = PlieSettingsRepository(m_demo.db()).get();
    QCOMPARE(kept.name, std::string("PLIE du Pays de Test"));
    QCOMPARE(kept.code, std::string("99-TEST"));
    QVERIFY(fileText(path).find("\"code\": \"99-TEST\"") != std::string::npos);

    // Set once, not asked again.
    seen = answerIdentity(QStringLiteral("Autre"), QStringLiteral("00"));
    FileDialogs::answerAutomatically(path);
    dialog->findChild<QPushButton*>(QStringLiteral("saveCsv"))->click();
    FileDialogs::showToUser();
    QVERIFY(!*seen);
}

void ConsolidationDialogTest::xlsxHoldsTheWorkbookOfTheReport()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    dialog->setYear(2024);
    dialog->findChild<QRadioButton*>(QStringLiteral("publicProfile"))->setChecked(true);
    const QString path = m_files.filePath(QStringLiteral("public-2024.xlsx"));
    FileDialogs::answerAutomatically(path);
    dialog->findChild<QPushButton*>(QStringLiteral("saveXlsx"))->click();
    FileDialogs::showToUser();
    QVERIFY(QFile::exists(path));
    const nlohmann::json book = readWorkbook(path);
    QVERIFY2(!book.empty(), "openpyxl could not read the workbook");
    const std::vector<Sheet> sheets =
        reportSheets(computeConsolidation(m_demo.db(), 2024), ReportProfile::forPublic(kDefaultPublicThreshold));
    QCOMPARE(book.size(), sheets.size());
    for (const Sheet& sheet : sheets) {
        const nlohmann::json& rows = book.at(sheet.title);
        QCOMPARE(rows.size(), sheet.rows.size() + 1); // the header first
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const Cell& expected = sheet.rows[r][c];
                const nlohmann::json& read = rows[r + 1][c];
                if (const auto* number = std::get_if<Number>(&expected))
                    QCOMPARE(read.get<double>(), number->value);
                else if (std::holds_alternative<std::monostate>(expected))
                    QVERIFY(read.is_null());
            }
        }
    }
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
