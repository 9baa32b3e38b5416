// The consolidation of every year a PLIE's data covers, computed once from one read of the database.
#pragma once

#include "consolidation/ConsolidationReport.h"
#include "domain/Date.h"
#include "interchange/InterchangeData.h"
#include "interchange/Progress.h"

#include "store/DatabaseKey.h"

#include <filesystem>
#include <string>
#include <vector>

namespace parcours::ui {

// The years the data covers: from the year of the first entry to the last year holding an entry
// or an exit, and up to today's year while a pathway is still open. Empty when there is no pathway.
struct YearRange {
    int first = 0;
    int last = -1;
    bool isEmpty() const { return last < first; }
    bool contains(int year) const { return first <= year && year <= last; }
};
YearRange coveredYears(const InterchangeData& data, const Date& today);

// The year a report opens on: the last complete year when the data covers it, else the last
// year covered, else today's year.
int defaultReportYear(const YearRange& years, const Date& today);

// computeConsolidation for each year of the range, in order (today's year alone when there is no pathway).
class YearReports {
public:
    YearReports() = default;
    // Stage names are given by the caller, in the interface's language.
    struct Stages {
        std::string reading;
        std::string computing;
    };
    // Reads `databasePath` once (a connection of its own, read only, with `key` when encrypted)
    // and computes every covered year.
    static YearReports load(const std::filesystem::path& databasePath, const DatabaseKey& key, const Date& today,
                            const Stages& stages, const Progress& progress = {});
    static YearReports compute(const InterchangeData& data, const PlieSettings& plie, const Date& today,
                               const std::string& computingStage = {}, const Progress& progress = {});

    const YearRange& years() const { return m_years; }
    // The report of `year`, or nullptr when the data does not cover it.
    const ConsolidationReport* report(int year) const;
    const std::vector<ConsolidationReport>& reports() const { return m_reports; }
    const PlieSettings& plie() const { return m_plie; }
    // The PLIE's identity just set (PlieIdentityDialog): every year's report names it.
    void setPlie(const PlieSettings& plie);

private:
    YearRange m_years;
    PlieSettings m_plie;
    std::vector<ConsolidationReport> m_reports; // m_years.first onwards
};

} // namespace parcours::ui
