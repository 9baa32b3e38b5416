// A chart of the dashboard in a frame of its own, with its save button and context menu.
#include "ui/reports/ChartCard.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"
#include "ui/reports/ReportFiles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>

namespace parcours::ui {

namespace {

// Two colours that stay apart in print and for most colour-blind readers.
const QColor kFirstColor(0x2b, 0x6c, 0xb0);
const QColor kSecondColor(0xe0, 0x8a, 0x1e);

// The widest a chart is laid out for paper, in pixels: wider, its text would print too small.
constexpr qreal kPaperWidth = 600;

// Room above (or right of) the longest bar for its value.
constexpr qreal kHeadroom = 1.18;

} // namespace

ChartCard::ChartCard(const QString& name, QWidget* parent)
    : QFrame(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_saveButton(new QToolButton(this))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the card's menu
    m_view->setMinimumHeight(300);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 4, 6, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_saveButton->setObjectName(QStringLiteral("saveChart"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Save this chart as a PNG image or a PDF document"));
    m_saveButton->setAutoRaise(true);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartCard::save);

    // The button over the chart's top right corner: the chart keeps the whole card.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 0, 0);
    layout->addWidget(m_saveButton, 0, 0, Qt::AlignTop | Qt::AlignRight);
}

QString ChartCard::title() const
{
    return m_chart->title();
}

void ChartCard::resetChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartCard::showBars(const QString& title, const QStringList& categories, const QList<Bars>& sets,
                         Qt::Orientation orientation, Values values)
{
    resetChart();
    m_chart->setTitle(title);
    const bool horizontal = orientation == Qt::Horizontal;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    qreal highest = 0;
    int index = 0;
    for (const Bars& bars : sets) {
        auto* set = new QBarSet(bars.name);
        set->setColor(index++ == 0 ? kFirstColor : kSecondColor);
        set->setBorderColor(set->color());
        set->setLabelColor(QColor(0x20, 0x20, 0x20));
        QList<qreal> shown = bars.values;
        if (horizontal) // Qt draws the first category at the bottom: read from the top instead
            std::reverse(shown.begin(), shown.end());
        set->append(shown);
        for (const qreal value : shown)
            highest = std::max(highest, value);
        // Several sets read in the legend's order from the top too.
        if (horizontal)
            series->insert(0, set);
        else
            series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    if (values == Values::Percents) {
        series->setLabelsFormat(tr("@value %", "a percent on a bar"));
        series->setLabelsPrecision(3);
    } else {
        series->setLabelsPrecision(15);
    }
    series->setBarWidth(sets.size() > 1 ? 0.8 : 0.6);
    m_chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    QStringList shownCategories = categories;
    if (horizontal)
        std::reverse(shownCategories.begin(), shownCategories.end());
    categoryAxis->append(shownCategories);
    categoryAxis->setGridLineVisible(false);
    auto* valueAxis = new QValueAxis;
    const qreal top = values == Values::Percents ? 100 : std::max<qreal>(highest, 1);
    valueAxis->setRange(0, top * kHeadroom);
    // The values are on the bars: the value axis would only add noise.
    valueAxis->setVisible(false);
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    m_chart->legend()->setVisible(sets.size() > 1);
    m_chart->legend()->setReverseMarkers(horizontal); // the sets in the legend in the order of the bars
}

void ChartCard::showYearLine(const QString& title, const QString& name, const QList<QPointF>& points, int first,
                             int last)
{
    resetChart();
    m_chart->setTitle(title);
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(points);
    series->setColor(kFirstColor);
    QPen pen = series->pen();
    pen.setWidthF(2.5);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(tr("@yPoint %", "a percent on a point"));
    series->setPointLabelsClipping(false);
    m_chart->addSeries(series);

    // Years as text: a number axis would write 2 024 in French.
    auto* yearAxis = new QCategoryAxis;
    yearAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = (last - first) / 12 + 1;
    for (int year = first; year <= last; year += step)
        yearAxis->append(QString::number(year), year);
    // Half a year either side, so that the first and last points and their labels stay inside.
    yearAxis->setRange(first - 0.5, last + 0.5);
    yearAxis->setStartValue(first - 0.5);
    yearAxis->setGridLineVisible(false);
    auto* rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setTickCount(6);
    rateAxis->setLabelFormat(QStringLiteral("%.0f %"));
    m_chart->addAxis(yearAxis, Qt::AlignBottom);
    m_chart->addAxis(rateAxis, Qt::AlignLeft);
    series->attachAxis(yearAxis);
    series->attachAxis(rateAxis);
    m_chart->legend()->setVisible(false);
}

void ChartCard::paint(QPainter& painter, const QRectF& target) const
{
    // Laid out again for the target's proportions (a page's cell is not the card's shape), no wider
    // than a card on a small screen so that its text stays readable on paper; then back as it was.
    const QSizeF shown = m_chart->size();
    const qreal width = std::min<qreal>(shown.width(), kPaperWidth);
    m_chart->resize(QSizeF(width, width * target.height() / target.width()));
    // The chart lays its title and axes out when its posted layout request is handled: now.
    QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
    m_chart->scene()->render(&painter, target, m_chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    m_chart->resize(shown);
    QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
}

bool ChartCard::saveTo(const QString& path) const
{
    QSaveFile file(path); // written whole or not at all: a temporary renamed by commit()
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QSizeF size = m_chart->size();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(&file);
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("Parcours"));
        // A page of the chart's own proportions, its size on screen at 96 dpi, in points.
        pdf.setPageSize(QPageSize(size * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        paint(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        if (!painter.end())
            return false;
    } else {
        constexpr qreal scale = 2; // sharp enough for a slide or a printed page
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, QRectF(QPointF(0, 0), size * scale));
        }
        if (!image.save(&file, "PNG"))
            return false;
    }
    return file.commit();
}

void ChartCard::save()
{
    const QString path =
        askForReportFile(this, tr("Save the chart"), title(),
                         {{tr("PNG image"), QStringLiteral("png")}, {tr("PDF document"), QStringLiteral("pdf")}});
    if (path.isEmpty())
        return;
    if (!saveTo(path))
        MessageBox::warning(this, tr("Save the chart"), tr("The chart could not be written to « %1 ».").arg(path));
}

void ChartCard::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save the chart…"), this, &ChartCard::save);
    menu.exec(event->globalPos());
}

} // namespace parcours::ui
