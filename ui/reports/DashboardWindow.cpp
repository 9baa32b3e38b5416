// The dashboard window: the year chosen, the charts of its consolidation in a scrolling grid, printing.
#include "ui/reports/DashboardWindow.h"

#include "store/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProgressPanel.h"
#include "ui/reports/ChartCard.h"
#include "ui/reports/DashboardCharts.h"
#include "ui/reports/DashboardPages.h"
#include "ui/reports/ReportFiles.h"
#include "ui/reports/ReportLabels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace parcours::ui {

DashboardWindow::DashboardWindow(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_databasePath(db.path()),
      m_databaseKey(db.key()),
      m_clock(clock),
      m_years(new QComboBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_savePdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_progress(new ProgressPanel(this)),
      m_summary(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setWindowTitle(tr("Dashboard"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_years->setObjectName(QStringLiteral("dashboardYear"));
    m_years->setMinimumContentsLength(6);
    m_refresh->setToolTip(tr("Read the database again"));
    m_print->setToolTip(tr("Print the whole dashboard"));
    m_savePdf->setToolTip(tr("Save the whole dashboard as one PDF document"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_years);

    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_years);
    bar->addSpacing(12);
    bar->addWidget(m_progress, 1);
    bar->addStretch();
    bar->addWidget(m_refresh);
    bar->addWidget(m_print);
    bar->addWidget(m_savePdf);

    auto* grid = new QWidget(m_scroll);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(8);
    m_charts = std::make_unique<DashboardCharts>(grid);
    m_charts->addTo(gridLayout);
    m_scroll->setWidget(grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);

    connect(m_years, &QComboBox::currentIndexChanged, this, [this] { showYear(year()); });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::reload);
    connect(m_print, &QPushButton::clicked, this, &DashboardWindow::print);
    connect(m_savePdf, &QPushButton::clicked, this, &DashboardWindow::saveDashboard);

    resize(1320, 700); // inside a 1366×768 screen, with its title bar and the taskbar
    reload();
}

DashboardWindow::~DashboardWindow()
{
    if (m_task)
        m_task->wait(); // before m_loading goes: the task's thread writes it
}

bool DashboardWindow::isLoading() const
{
    return m_task && m_task->isRunning();
}

int DashboardWindow::year() const
{
    return m_years->currentData().toInt();
}

void DashboardWindow::setYear(int year)
{
    const int index = m_years->findData(year);
    if (index >= 0)
        m_years->setCurrentIndex(index);
}

const QList<ChartCard*>& DashboardWindow::cards() const
{
    return m_charts->cards();
}

ChartCard* DashboardWindow::card(const QString& name) const
{
    for (ChartCard* card : m_charts->cards()) {
        if (card->objectName() == name)
            return card;
    }
    return nullptr;
}

void DashboardWindow::reload()
{
    if (isLoading())
        return;
    if (m_task)
        m_task->deleteLater(); // a task starts once
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::progressed, m_progress, &ProgressPanel::showProgress);
    connect(m_task, &BackgroundTask::finished, this, &DashboardWindow::finishLoading);
    for (QWidget* widget : {static_cast<QWidget*>(m_years), static_cast<QWidget*>(m_refresh),
                            static_cast<QWidget*>(m_print), static_cast<QWidget*>(m_savePdf)})
        widget->setEnabled(false);
    m_progress->show();
    m_progress->showProgress(tr("Reading the database…"), -1);
    const YearReports::Stages stages{tr("Reading the database…").toStdString(),
                                     tr("Computing the indicators of each year…").toStdString()};
    m_task->start([this, path = m_databasePath, key = m_databaseKey, today = m_clock.today(), stages](const Progress& progress) {
        m_loading = YearReports::load(path, key, today, stages, progress);
    });
}

void DashboardWindow::finishLoading()
{
    m_progress->hide();
    m_refresh->setEnabled(true);
    if (!m_task->failure().isEmpty()) {
        m_summary->setText(tr("The dashboard could not be computed: %1").arg(m_task->failure()));
        emit loaded();
        return;
    }
    const int shown = m_reports.reports().empty() ? 0 : year();
    m_reports = std::move(m_loading);
    const QString plie = QString::fromStdString(m_reports.plie().name);
    setWindowTitle(plie.isEmpty() ? tr("Dashboard") : tr("Dashboard – %1").arg(plie));
    {
        const QSignalBlocker blocker(m_years);
        m_years->clear();
        for (int y = m_reports.years().last; y >= m_reports.years().first; --y)
            m_years->addItem(QString::number(y), y);
    }
    m_charts->showYears(m_reports.reports());
    const int wanted =
        m_reports.years().contains(shown) ? shown : defaultReportYear(m_reports.years(), m_clock.today());
    m_years->setCurrentIndex(std::max(0, m_years->findData(wanted)));
    showYear(year());
    for (QWidget* widget :
         {static_cast<QWidget*>(m_years), static_cast<QWidget*>(m_print), static_cast<QWidget*>(m_savePdf)})
        widget->setEnabled(true);
    emit loaded();
}

void DashboardWindow::showYear(int year)
{
    const ConsolidationReport* report = m_reports.report(year);
    if (!report)
        return;
    m_charts->showYear(*report);
    m_summary->setText(summary());
}

QString DashboardWindow::heading() const
{
    const QString plie = QString::fromStdString(m_reports.plie().name);
    if (plie.isEmpty())
        return tr("Dashboard %1").arg(year());
    return tr("Dashboard %1 – %2").arg(year()).arg(plie);
}

QString DashboardWindow::summary() const
{
    const ConsolidationReport* report = m_reports.report(year());
    if (!report)
        return {};
    const IndicatorTable& counts = report->counts;
    return tr("In %1: %2 people in a pathway during the year, %3 entries, %4 exits of which %5 positive "
              "(%6 of exits). %7 people were still in a pathway on 31 December.")
        .arg(report->year)
        .arg(countText(counts.count("stock.present")), countText(counts.count("stock.entries")),
             countText(counts.count("stock.exits")), countText(counts.count("exits.positive.total")),
             percentText(rateValue(kRates[0], counts)) /* positive_over_exits */,
             countText(counts.count("stock.in_parcours_end")));
}

bool DashboardWindow::saveDashboardTo(const QString& path) const
{
    QSaveFile file(path); // written whole or not at all: a temporary renamed by commit()
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(heading());
        pdf.setCreator(QStringLiteral("Parcours"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        if (!paintDashboard(pdf, heading(), summary(), m_charts->cards()))
            return false;
    } // the writer finishes the PDF when it goes
    return file.commit();
}

void DashboardWindow::saveDashboard()
{
    const QString path =
        askForReportFile(this, tr("Save the dashboard"), heading(), {{tr("PDF document"), QStringLiteral("pdf")}});
    if (path.isEmpty())
        return;
    if (!saveDashboardTo(path))
        MessageBox::warning(this, tr("Save the dashboard"),
                            tr("The dashboard could not be written to « %1 ».").arg(path));
}

void DashboardWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(heading());
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the dashboard"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!paintDashboard(printer, heading(), summary(), m_charts->cards()))
        MessageBox::warning(this, tr("Print the dashboard"), tr("The dashboard could not be printed."));
}

} // namespace parcours::ui
