// What each chart of the dashboard shows: the counts and rates of the consolidation, labelled.
#include "ui/reports/DashboardCharts.h"

#include "consolidation/IndicatorKeys.h"
#include "ui/reports/ChartCard.h"
#include "ui/reports/ReportLabels.h"

#include <QGridLayout>

#include <cmath>
#include <initializer_list>

namespace parcours::ui {

namespace {

QString label(CountKey key)
{
    return reportLabel(key.path());
}

struct Counts {
    QStringList categories;
    QList<qreal> values;
};

Counts counts(const ConsolidationReport& report, std::initializer_list<CountKey> keys)
{
    Counts result;
    for (const CountKey key : keys) {
        result.categories << label(key);
        result.values << static_cast<qreal>(report.counts.count(key));
    }
    return result;
}

Counts counts(const ConsolidationReport& report, KeyGroup group)
{
    Counts result;
    for (const CountKey key : group.keys()) {
        result.categories << label(key);
        result.values << static_cast<qreal>(report.counts.count(key));
    }
    return result;
}

const RateKey& rateKey(std::string_view path)
{
    for (const RateKey& rate : kRates) {
        if (rate.path == path)
            return rate;
    }
    throw std::logic_error("not a rate of kRates");
}

// A rate as a percent bar: 0 with « (no exit) » after its label when it has no value.
void addRate(Counts& into, const ConsolidationReport& report, std::string_view path, const QString& category)
{
    const std::optional<double> rate = rateValue(rateKey(path), report.counts);
    into.categories << (rate ? category : DashboardCharts::tr("%1 (none)", "a rate without a value").arg(category));
    into.values << (rate ? *rate * 100 : 0.0);
}

void show(ChartCard* card, const QString& title, const Counts& counts, Qt::Orientation orientation,
          ChartCard::Values values = ChartCard::Values::Counts)
{
    card->showBars(title, counts.categories, {{QString(), counts.values}}, orientation, values);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent) : m_parent(parent)
{
    for (const char* name :
         {"stock", "positiveRates", "entriesBySex", "entriesByAge", "entriesByEducation", "entriesByPublic",
          "exitsByType", "exitsByReason", "ratesByGroup", "stepsByType", "barriers", "yearlyRate"})
        add(name);
}

ChartCard* DashboardCharts::add(const char* name)
{
    auto* card = new ChartCard(QString::fromLatin1(name), m_parent);
    m_cards << card;
    return card;
}

void DashboardCharts::addTo(QGridLayout* grid) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        grid->addWidget(m_cards[i], static_cast<int>(i / 2), static_cast<int>(i % 2));
    // The barriers' 24 bars and the years need more height than the others.
    const qsizetype last = m_cards.size() - 1;
    m_cards[last]->setMinimumHeight(440);
    m_cards[last - 1]->setMinimumHeight(440);
}

void DashboardCharts::showYear(const ConsolidationReport& report)
{
    const QString year = QString::number(report.year);
    auto card = [this](int index) { return m_cards[index]; };

    show(card(0), tr("People in a pathway, %1").arg(year),
         counts(report, {"stock.in_parcours_start", "stock.entries", "stock.exits", "stock.in_parcours_end"}),
         Qt::Horizontal);

    Counts rates;
    addRate(rates, report, "rates.positive_over_exits", tr("Of exits"));
    addRate(rates, report, "rates.positive_over_exits_excluding_neutral",
            tr("Of exits, moves,<br>deaths, retirements aside"));
    addRate(rates, report, "rates.positive_over_entries", tr("Of entries"));
    show(card(1), tr("Positive exits, %1").arg(year), rates, Qt::Horizontal, ChartCard::Values::Percents);

    show(card(2), tr("Entries by sex, %1").arg(year), counts(report, "entries.sex"), Qt::Vertical);
    show(card(3), tr("Entries by age, %1").arg(year), counts(report, "entries.age"), Qt::Vertical);
    show(card(4), tr("Entries by education, %1").arg(year), counts(report, "entries.education"), Qt::Horizontal);
    show(card(5), tr("Entries by public, %1 (one person may count in several)").arg(year),
         counts(report, {"entries.public.rsa", "entries.public.deld", "entries.public.rqth",
                         "entries.public.other_difficulty", "entries.qpv"}),
         Qt::Horizontal);

    show(card(6), tr("Exits by type, %1").arg(year), counts(report, {"exits.positive.total", "exits.sans_suite.total"}),
         Qt::Vertical);
    show(card(7), tr("Exits by reason, %1").arg(year),
         counts(report, {"exits.positive.emploi_durable", "exits.positive.formation_qualifiante",
                         "exits.positive.autre_positive", "exits.sans_suite.abandon",
                         "exits.sans_suite.demenagement_deces_retraite", "exits.sans_suite.autre"}),
         Qt::Horizontal);

    Counts groups;
    for (const char* group : {"F", "M", "deld", "rsa", "sans_qualification"}) {
        const std::string path = std::string("rates.positive_over_exits_by_group.") + group;
        addRate(groups, report, path, reportLabel(path));
    }
    show(card(8), tr("Positive exits / exits by group, %1").arg(year), groups, Qt::Horizontal,
         ChartCard::Values::Percents);

    show(card(9), tr("Steps by type, %1").arg(year), counts(report, "steps.type"), Qt::Horizontal);

    const Counts identified = counts(report, "freins.identified");
    const Counts lifted = counts(report, "freins.lifted");
    card(10)->showBars(tr("Barriers identified and lifted, %1").arg(year), identified.categories,
                       {{tr("Identified"), identified.values}, {tr("Lifted"), lifted.values}}, Qt::Horizontal,
                       ChartCard::Values::Counts);
}

void DashboardCharts::showYears(const std::vector<ConsolidationReport>& reports)
{
    if (reports.empty())
        return;
    const RateKey& rate = rateKey("rates.positive_over_exits");
    QList<QPointF> points;
    for (const ConsolidationReport& report : reports) {
        if (const std::optional<double> value = rateValue(rate, report.counts))
            points << QPointF(report.year, yearLinePercent(*value));
    }
    m_cards.last()->showYearLine(tr("Positive exits / exits, year by year"), reportLabel(rate.path), points,
                                 reports.front().year, reports.back().year);
}

double yearLinePercent(double rate)
{
    return std::round(rate * 1000) / 10;
}

} // namespace parcours::ui
