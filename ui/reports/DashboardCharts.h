// The charts of the year's dashboard, each filled from the consolidation's report and nothing else.
#pragma once

#include "consolidation/ConsolidationReport.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

class QGridLayout;
class QWidget;

namespace parcours::ui {

class ChartCard;

// The cards in their order on screen and on paper: two a row, the last row taller.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    explicit DashboardCharts(QWidget* parent);

    // Every chart of one year from its report.
    void showYear(const ConsolidationReport& report);
    // The positive-exit rate year by year, from each year's report (first to last, consecutive).
    void showYears(const std::vector<ConsolidationReport>& reports);

    const QList<ChartCard*>& cards() const { return m_cards; }
    // Laid out in `grid`'s two columns.
    void addTo(QGridLayout* grid) const;

private:
    ChartCard* add(const char* name);

    QWidget* m_parent;
    QList<ChartCard*> m_cards;
};

// A rate as the yearly line shows it: a percent to a tenth (its point's label has no precision of its own).
double yearLinePercent(double rate);

} // namespace parcours::ui
