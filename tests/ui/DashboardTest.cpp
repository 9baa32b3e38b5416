// The year's dashboard: every chart holds the consolidation's numbers of the chosen year, the yearly
// line one point per year the data covers, and the charts leave as PNG and as PDF with their text.
#include "TestDatabase.h"
#include "consolidation/Consolidation.h"
#include "store/InterchangeStore.h"
#include "transfer/DemoDatabase.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/reports/ChartCard.h"
#include "ui/reports/DashboardCharts.h"
#include "ui/reports/DashboardWindow.h"
#include "ui/reports/ReportLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace parcours;
using parcours::test::TestDatabase;
using parcours::ui::ChartCard;
using parcours::ui::DashboardWindow;
using parcours::ui::FileDialogs;

class DashboardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheLastCompleteYear();
    void everyChartHoldsTheConsolidationOfTheYear();
    void changingTheYearChangesTheCharts();
    void yearlyLineHasOnePointPerYearWithExits();
    void emptyDatabaseShowsTodaysYear();
    void chartSavedAsPngAndPdf();
    void wholeDashboardSavedAsOnePdfOfText();

private:
    std::unique_ptr<DashboardWindow> openDashboard(TestDatabase& database);

    TestDatabase m_demo;
    QTemporaryDir m_files;
};

namespace {

// A set's values in the order the chart lists its categories, from the top (or the left).
QList<qreal> shownValues(ChartCard* card, int set = 0)
{
    const QList<QAbstractSeries*> series = card->chart()->series();
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.value(0));
    if (!bars)
        return {};
    const bool horizontal = qobject_cast<QHorizontalBarSeries*>(bars) != nullptr;
    // Horizontal sets are listed bottom-up too: the first set of the chart is the last of the series.
    QBarSet* bar = bars->barSets().at(horizontal ? bars->count() - 1 - set : set);
    QList<qreal> values;
    for (int i = 0; i < bar->count(); ++i)
        values << bar->at(i);
    if (horizontal)
        std::reverse(values.begin(), values.end());
    return values;
}

QStringList shownCategories(ChartCard* card)
{
    for (QAbstractAxis* axis : card->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            QStringList list = categories->categories();
            if (qobject_cast<QHorizontalBarSeries*>(card->chart()->series().value(0)))
                std::reverse(list.begin(), list.end());
            return list;
        }
    }
    return {};
}

QList<qreal> countsOf(const ConsolidationReport& report, std::initializer_list<CountKey> keys)
{
    QList<qreal> values;
    for (const CountKey key : keys)
        values << static_cast<qreal>(report.counts.count(key));
    return values;
}

QList<qreal> countsOf(const ConsolidationReport& report, KeyGroup group)
{
    QList<qreal> values;
    for (const CountKey key : group.keys())
        values << static_cast<qreal>(report.counts.count(key));
    return values;
}

QStringList labelsOf(KeyGroup group)
{
    QStringList labels;
    for (const CountKey key : group.keys())
        labels << ui::reportLabel(key.path());
    return labels;
}

std::optional<double> rateOf(const ConsolidationReport& report, std::string_view path)
{
    for (const RateKey& rate : kRates) {
        if (rate.path == path)
            return rateValue(rate, report.counts);
    }
    throw std::logic_error("not a rate");
}

// A rate of the report in percent, 0 when it has no value (the bar is drawn empty).
qreal percentOf(const ConsolidationReport& report, std::string_view path)
{
    return rateOf(report, path).value_or(0) * 100;
}

void compareWithReport(DashboardWindow& window, const ConsolidationReport& report)
{
    QCOMPARE(shownValues(window.card(QStringLiteral("stock"))),
             countsOf(report, {"stock.in_parcours_start", "stock.entries", "stock.exits", "stock.in_parcours_end"}));
    QCOMPARE(shownValues(window.card(QStringLiteral("positiveRates"))),
             QList<qreal>({percentOf(report, "rates.positive_over_exits"),
                           percentOf(report, "rates.positive_over_exits_excluding_neutral"),
                           percentOf(report, "rates.positive_over_entries")}));
    QCOMPARE(shownValues(window.card(QStringLiteral("entriesBySex"))), countsOf(report, "entries.sex"));
    QCOMPARE(shownCategories(window.card(QStringLiteral("entriesBySex"))), labelsOf("entries.sex"));
    QCOMPARE(shownValues(window.card(QStringLiteral("entriesByAge"))), countsOf(report, "entries.age"));
    QCOMPARE(shownValues(window.card(QStringLiteral("entriesByEducation"))), countsOf(report, "entries.education"));
    QCOMPARE(shownCategories(window.card(QStringLiteral("entriesByEducation"))), labelsOf("entries.education"));
    QCOMPARE(shownValues(window.card(QStringLiteral("entriesByPublic"))),
             countsOf(report, {"entries.public.rsa", "entries.public.deld", "entries.public.rqth",
                               "entries.public.other_difficulty", "entries.qpv"}));
    QCOMPARE(shownValues(window.card(QStringLiteral("exitsByType"))),
             countsOf(report, {"exits.positive.total", "exits.sans_suite.total"}));
    QCOMPARE(shownValues(window.card(QStringLiteral("exitsByReason"))),
             countsOf(report, {"exits.positive.emploi_durable", "exits.positive.formation_qualifiante",
                               "exits.positive.autre_positive", "exits.sans_suite.abandon",
                               "exits.sans_suite.demenagement_deces_retraite", "exits.sans_suite.autre"}));
    QCOMPARE(shownValues(window.card(QStringLiteral("ratesByGroup"))),
             QList<qreal>({percentOf(report, "rates.positive_over_exits_by_group.F"),
                           percentOf(report, "rates.positive_over_exits_by_group.M"),
                           percentOf(report, "rates.positive_over_exits_by_group.deld"),
                           percentOf(report, "rates.positive_over_exits_by_group.rsa"),
                           percentOf(report, "rates.positive_over_exits_by_group.sans_qualification")}));
    QCOMPARE(shownValues(window.card(QStringLiteral("stepsByType"))), countsOf(report, "steps.type"));
    QCOMPARE(shownCategories(window.card(QStringLiteral("stepsByType"))), labelsOf("steps.type"));
    QCOMPARE(shownValues(window.card(QStringLiteral("barriers")), 0), countsOf(report, "freins.identified"));
    QCOMPARE(shownValues(window.card(QStringLiteral("barriers")), 1), countsOf(report, "freins.lifted"));
    QCOMPARE(shownCategories(window.card(QStringLiteral("barriers"))), labelsOf("freins.identified"));
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    // Qt writes « fi » as a ligature: searched as the two letters it stands for.
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

void DashboardTest::initTestCase()
{
    parcours::test::isolateSettings();
    QVERIFY(m_files.isValid());
    // Six years of a PLIE of 400 people, ending on the pinned day.
    DemoOptions options;
    options.participants = 400;
    options.seed = 20;
    options.today = parcours::test::pinnedToday();
    createDemoDatabase(ui::toPath(m_demo.path()), m_demo.clock(), options);
}

std::unique_ptr<DashboardWindow> DashboardTest::openDashboard(TestDatabase& database)
{
    auto window = std::make_unique<DashboardWindow>(database.db(), database.clock());
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy loaded(window.get(), &DashboardWindow::loaded);
    window->resize(1366, 768);
    window->show();
    if (!window->isLoading() || loaded.wait(30000))
        return window;
    return nullptr;
}

void DashboardTest::opensOnTheLastCompleteYear()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    QCOMPARE(window->year(), 2025); // the pinned day is in 2026
    auto* years = window->findChild<QComboBox*>(QStringLiteral("dashboardYear"));
    QVERIFY(years->isEnabled());
    QCOMPARE(years->itemData(0).toInt(), 2026); // the latest first: pathways are still open today
}

void DashboardTest::everyChartHoldsTheConsolidationOfTheYear()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    const ConsolidationReport expected = computeConsolidation(m_demo.db(), 2025);
    QVERIFY(expected.counts.count("stock.entries") > 0);
    QVERIFY(expected.counts.count("exits.total") > 0);
    compareWithReport(*window, expected);
}

void DashboardTest::changingTheYearChangesTheCharts()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    const ConsolidationReport before = computeConsolidation(m_demo.db(), 2025);
    const ConsolidationReport expected = computeConsolidation(m_demo.db(), 2022);
    QVERIFY(!(expected.counts == before.counts));
    window->setYear(2022);
    QCOMPARE(window->year(), 2022);
    compareWithReport(*window, expected);
    QVERIFY(window->card(QStringLiteral("stock"))->title().contains(QStringLiteral("2022")));
}

void DashboardTest::yearlyLineHasOnePointPerYearWithExits()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    const InterchangeData data = loadInterchangeData(m_demo.db());
    int first = 9999;
    for (const PathwayEntry& entry : data.pathways)
        first = std::min(first, static_cast<int>(entry.pathway.entryDate.year()));
    QList<QPointF> expected;
    for (int year = first; year <= 2026; ++year) {
        const ConsolidationReport report = computeConsolidation(m_demo.db(), year);
        if (report.counts.count("exits.total") > 0)
            expected << QPointF(year, ui::yearLinePercent(*rateOf(report, "rates.positive_over_exits")));
    }
    QVERIFY(expected.size() >= 5);
    auto* line = qobject_cast<QLineSeries*>(window->card(QStringLiteral("yearlyRate"))->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->points(), expected);
}

void DashboardTest::emptyDatabaseShowsTodaysYear()
{
    TestDatabase empty;
    auto window = openDashboard(empty);
    QVERIFY(window);
    QCOMPARE(window->year(), 2026);
    QCOMPARE(shownValues(window->card(QStringLiteral("stock"))), QList<qreal>({0, 0, 0, 0}));
    auto* line = qobject_cast<QLineSeries*>(window->card(QStringLiteral("yearlyRate"))->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 0); // no exit, no rate
}

void DashboardTest::chartSavedAsPngAndPdf()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    ChartCard* card = window->card(QStringLiteral("entriesBySex"));
    const QString png = m_files.filePath(QStringLiteral("sexe.png"));
    FileDialogs::answerAutomatically(png);
    card->save();
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (card->chart()->size() * 2).toSize());

    // Without a suffix, the first format offered: PNG.
    FileDialogs::answerAutomatically(m_files.filePath(QStringLiteral("sans-suffixe")));
    card->save();
    QVERIFY(QFile::exists(m_files.filePath(QStringLiteral("sans-suffixe.png"))));

    const QString pdf = m_files.filePath(QStringLiteral("sexe.pdf"));
    FileDialogs::answerAutomatically(pdf);
    card->save();
    FileDialogs::showToUser();
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Entries by sex, 2025")), qPrintable(text));
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2025);
    QVERIFY(text.contains(QString::number(report.counts.count("entries.sex.F"))));
}

void DashboardTest::wholeDashboardSavedAsOnePdfOfText()
{
    auto window = openDashboard(m_demo);
    QVERIFY(window);
    window->setYear(2024);
    const QString pdf = m_files.filePath(QStringLiteral("tableau.pdf"));
    const QSizeF onScreen = window->cards().first()->chart()->size();
    QVERIFY(window->saveDashboardTo(pdf));
    QCOMPARE(window->cards().first()->chart()->size(), onScreen); // laid out for paper, then back
    const QString text = pdfText(pdf);
    for (ChartCard* card : window->cards())
        QVERIFY2(text.contains(card->title()), qPrintable(card->title()));
    const ConsolidationReport report = computeConsolidation(m_demo.db(), 2024);
    QVERIFY(text.contains(QStringLiteral("%1 entries").arg(ui::countText(report.counts.count("stock.entries")))));
}

QTEST_MAIN(DashboardTest)
#include "DashboardTest.moc"
