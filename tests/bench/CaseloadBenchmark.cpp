// The desktop's speed on a 5,000-participant demo PLIE: the window shown, the caseload's load, a search keystroke,
// a filter, a sort, a participant's file opened.
#include "BenchDemo.h"
#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/CoreConversions.h"
#include "ui/main/MainWindow.h"
#include "ui/participant/ParticipantFileWindow.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace {

using parcours::ui::CaseloadFilterModel;
using parcours::ui::CaseloadModel;

using parcours::bench::demo;
using parcours::bench::DemoPlie;
using parcours::bench::kParticipants;

// What opening the home screen costs: the query, the model's rows, the default filter and sort.
void caseloadShown(benchmark::State& state)
{
    DemoPlie& plie = demo();
    for (auto _ : state) {
        CaseloadModel model(*plie.db, plie.clock);
        CaseloadFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(CaseloadModel::LastName, Qt::AscendingOrder);
        benchmark::DoNotOptimize(filter.rowCount());
    }
    state.counters["rows"] = static_cast<double>(kParticipants);
}
BENCHMARK(caseloadShown)->Unit(benchmark::kMillisecond);

// Reading the caseload again (after an edit in a participant's file).
void caseloadReload(benchmark::State& state)
{
    DemoPlie& plie = demo();
    CaseloadModel model(*plie.db, plie.clock);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::LastName, Qt::AscendingOrder);
    for (auto _ : state) {
        model.reload();
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(caseloadReload)->Unit(benchmark::kMillisecond);

// One keystroke in the search field, the table sorted by name: « mar » then « mart », and back.
void searchKeystroke(benchmark::State& state)
{
    DemoPlie& plie = demo();
    CaseloadModel model(*plie.db, plie.clock);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::LastName, Qt::AscendingOrder);
    filter.setStatusFilter(CaseloadFilterModel::StatusFilter::All);
    bool longer = false;
    for (auto _ : state) {
        filter.setSearchText(longer ? QStringLiteral("mart") : QStringLiteral("mar"));
        longer = !longer;
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(searchKeystroke)->Unit(benchmark::kMillisecond);

// The first letter typed and cleared: the filter goes from every row to a few and back.
void searchFirstLetterAndClear(benchmark::State& state)
{
    DemoPlie& plie = demo();
    CaseloadModel model(*plie.db, plie.clock);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::LastName, Qt::AscendingOrder);
    bool typed = false;
    for (auto _ : state) {
        filter.setSearchText(typed ? QString() : QStringLiteral("e"));
        typed = !typed;
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(searchFirstLetterAndClear)->Unit(benchmark::kMillisecond);

// Changing the status filter: « en cours » to « tous les statuts » and back.
void statusFilterChange(benchmark::State& state)
{
    DemoPlie& plie = demo();
    CaseloadModel model(*plie.db, plie.clock);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CaseloadModel::LastName, Qt::AscendingOrder);
    bool all = false;
    for (auto _ : state) {
        filter.setStatusFilter(all ? CaseloadFilterModel::StatusFilter::Open : CaseloadFilterModel::StatusFilter::All);
        all = !all;
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(statusFilterChange)->Unit(benchmark::kMillisecond);

// A click on a column header: sorting every row by last contact.
void sortByLastContact(benchmark::State& state)
{
    DemoPlie& plie = demo();
    CaseloadModel model(*plie.db, plie.clock);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.setStatusFilter(CaseloadFilterModel::StatusFilter::All);
    bool descending = false;
    for (auto _ : state) {
        filter.sort(CaseloadModel::LastContact, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(sortByLastContact)->Unit(benchmark::kMillisecond);

// The whole home screen, as a référent.e opens it: the connection, the window, its first rendering.
void homeScreenShown(benchmark::State& state)
{
    DemoPlie& plie = demo();
    for (auto _ : state) {
        auto window = std::make_unique<parcours::ui::MainWindow>(
            std::make_unique<parcours::Database>(parcours::ui::toPath(plie.path), parcours::OpenMode::ExistingOnly),
            plie.clock);
        window->show();
        benchmark::DoNotOptimize(window->grab()); // paints the visible rows
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(homeScreenShown)->Unit(benchmark::kMillisecond);

// A participant's file opened from the caseload: its queries, its panels, its first rendering
// (goal: under 100 ms). Participants are taken in turn, so no file is served from a warm cache alone.
void participantFileOpened(benchmark::State& state)
{
    DemoPlie& plie = demo();
    parcours::RowId participant = 0;
    for (auto _ : state) {
        participant = participant % kParticipants + 1;
        auto window = std::make_unique<parcours::ui::ParticipantFileWindow>(*plie.db, plie.clock, participant);
        window->show();
        benchmark::DoNotOptimize(window->grab());
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(participantFileOpened)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed, and none disturbed
    QApplication app(argc, argv);
    // The window reads and writes its settings: in a folder of the run's own, never the user's.
    const QTemporaryDir settings;
    QCoreApplication::setOrganizationName(QStringLiteral("ParcoursBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ParcoursBench"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
