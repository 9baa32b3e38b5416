// Which years a PLIE's data covers, and the consolidation of each, from the consolidation's core.
#include "ui/reports/YearReports.h"

#include "consolidation/Consolidation.h"
#include "store/Database.h"
#include "store/InterchangeStore.h"
#include "store/PlieSettingsRepository.h"

#include <algorithm>

namespace parcours::ui {

YearRange coveredYears(const InterchangeData& data, const Date& today)
{
    YearRange range;
    bool any = false;
    const auto include = [&](int year) {
        range.first = any ? std::min(range.first, year) : year;
        range.last = any ? std::max(range.last, year) : year;
        any = true;
    };
    bool open = false;
    for (const PathwayEntry& entry : data.pathways) {
        include(entry.pathway.entryDate.year());
        if (entry.pathway.exit)
            include(entry.pathway.exit->date.year());
        else
            open = true;
    }
    if (!any)
        return {};
    if (open)
        range.last = std::max(range.last, static_cast<int>(today.year()));
    return range;
}

int defaultReportYear(const YearRange& years, const Date& today)
{
    const int lastComplete = today.year() - 1;
    if (years.isEmpty())
        return today.year();
    if (years.contains(lastComplete))
        return lastComplete;
    return years.last;
}

YearReports YearReports::load(const std::filesystem::path& databasePath, const DatabaseKey& key, const Date& today,
                              const Stages& stages, const Progress& progress)
{
    InterchangeData data;
    PlieSettings plie;
    {
        if (progress)
            progress(stages.reading, 0, 1);
        // A connection of its own: this runs on a thread of its own, and never writes.
        Database db(databasePath, OpenMode::ReadOnly, key);
        data = loadInterchangeData(db);
        plie = PlieSettingsRepository(db).get();
    }
    return compute(data, plie, today, stages.computing, progress);
}

YearReports YearReports::compute(const InterchangeData& data, const PlieSettings& plie, const Date& today,
                                 const std::string& computingStage, const Progress& progress)
{
    YearReports result;
    result.m_years = coveredYears(data, today);
    if (result.m_years.isEmpty()) // no pathway yet: today's year, all zero, still has its report
        result.m_years = {static_cast<int>(today.year()), static_cast<int>(today.year())};
    result.m_plie = plie;
    const auto count = static_cast<std::size_t>(result.m_years.last - result.m_years.first + 1);
    for (int year = result.m_years.first; year <= result.m_years.last; ++year) {
        if (progress)
            progress(computingStage, result.m_reports.size(), count);
        ConsolidationReport report = computeConsolidation(data, year);
        report.plie = plie;
        result.m_reports.push_back(std::move(report));
    }
    if (progress)
        progress(computingStage, count, count);
    return result;
}

const ConsolidationReport* YearReports::report(int year) const
{
    if (!m_years.contains(year))
        return nullptr;
    return &m_reports[static_cast<std::size_t>(year - m_years.first)];
}

void YearReports::setPlie(const PlieSettings& plie)
{
    m_plie = plie;
    for (ConsolidationReport& report : m_reports)
        report.plie = plie;
}

} // namespace parcours::ui
