// « À faire » on the 5,000-participant demo PLIE (goal: under 50 ms, for every référent.e and for one),
// and the caseload's query it sits beside (goal: under 300 ms).
#include "BenchDemo.h"
#include "domain/Date.h"
#include "store/AgendaQuery.h"
#include "store/CaseloadQuery.h"

#include <benchmark/benchmark.h>

namespace {

using parcours::bench::demo;
using parcours::bench::DemoPlie;

// The référent.e with the most pathways open on the day: the largest list one person reads.
parcours::RowId busiestReferent(DemoPlie& plie)
{
    SQLite::Statement query(plie.db->sql(),
                            "SELECT referent_id FROM pathways WHERE entry_date <= ?1"
                            " AND (exit_date IS NULL OR exit_date > ?1) GROUP BY referent_id"
                            " ORDER BY count(*) DESC, referent_id LIMIT 1");
    query.bind(1, parcours::toIsoDate(plie.clock.today()));
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

// « À faire » of the whole PLIE: the six queries and the rules.
void agendaForEveryReferent(benchmark::State& state)
{
    DemoPlie& plie = demo();
    std::size_t items = 0;
    for (auto _ : state) {
        const auto agenda = parcours::loadAgenda(*plie.db, plie.clock.today());
        items = agenda.size();
        benchmark::DoNotOptimize(agenda.data());
    }
    state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(agendaForEveryReferent)->Unit(benchmark::kMillisecond);

// « À faire » of one référent.e, as the home screen shows it.
void agendaForOneReferent(benchmark::State& state)
{
    DemoPlie& plie = demo();
    const parcours::RowId referent = busiestReferent(plie);
    std::size_t items = 0;
    for (auto _ : state) {
        const auto agenda = parcours::loadAgenda(*plie.db, plie.clock.today(), referent);
        items = agenda.size();
        benchmark::DoNotOptimize(agenda.data());
    }
    state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(agendaForOneReferent)->Unit(benchmark::kMillisecond);

// The rules alone, over facts already read: what the queries leave to memory.
void agendaRulesOnly(benchmark::State& state)
{
    DemoPlie& plie = demo();
    const auto pathways = parcours::loadAgendaPathways(*plie.db, plie.clock.today(), std::nullopt);
    for (auto _ : state) {
        const auto agenda = parcours::agendaOn(pathways, plie.clock.today(), 30);
        benchmark::DoNotOptimize(agenda.data());
    }
    state.counters["pathways"] = static_cast<double>(pathways.size());
}
BENCHMARK(agendaRulesOnly)->Unit(benchmark::kMillisecond);

// The caseload's query alone, without the model and its sort.
void caseloadQuery(benchmark::State& state)
{
    DemoPlie& plie = demo();
    for (auto _ : state) {
        const auto rows = parcours::loadCaseload(*plie.db, plie.clock.today());
        benchmark::DoNotOptimize(rows.data());
    }
}
BENCHMARK(caseloadQuery)->Unit(benchmark::kMillisecond);

} // namespace
