// One chart of the dashboard: bars or a line, values written on it, saved alone as PNG or PDF.
#pragma once

#include <QFrame>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QPainter;
class QToolButton;

namespace parcours::ui {

class ChartCard : public QFrame {
    Q_OBJECT

public:
    enum class Values { Counts, Percents };
    struct Bars {
        QString name;        // shown in a legend when a chart has several sets
        QList<qreal> values; // one per category
    };

    ChartCard(const QString& name, QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    QString title() const;

    // Bars, one group per category, in the categories' order (top to bottom when horizontal).
    void showBars(const QString& title, const QStringList& categories, const QList<Bars>& sets,
                  Qt::Orientation orientation, Values values);
    // A line of percents over the years first..last, one point per pair (year, percent); each
    // percent is written on its point as given (round it first).
    void showYearLine(const QString& title, const QString& name, const QList<QPointF>& points, int first, int last);

    // Paints the chart into `target` (scaled, keeping its proportions), as vectors and text.
    void paint(QPainter& painter, const QRectF& target) const;
    // Writes the chart to `path`: a PDF when it ends in .pdf, else a PNG. False when it could not be written.
    bool saveTo(const QString& path) const;

public slots:
    // Asks for a file (PNG or PDF) and saves the chart there, saying so when it fails.
    void save();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void resetChart();

    QChart* m_chart;
    QChartView* m_view;
    QToolButton* m_saveButton;
};

} // namespace parcours::ui
