// Laying the dashboard's charts out on pages, two by two, under a heading on every page.
#include "ui/reports/DashboardPages.h"

#include "ui/reports/ChartCard.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace parcours::ui {

namespace {

constexpr int kColumns = 2;
constexpr int kRows = 2;

} // namespace

bool paintDashboard(QPagedPaintDevice& device, const QString& heading, const QString& summary,
                    const QList<ChartCard*>& cards)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRectF page(0, 0, device.width(), device.height());
    QFont headingFont = painter.font();
    headingFont.setPointSizeF(13);
    headingFont.setBold(true);
    QFont summaryFont = painter.font();
    summaryFont.setPointSizeF(9.5);
    const qreal gap = page.width() / 60;
    const qreal headingHeight = QFontMetricsF(headingFont, &device).height() * 1.3;
    const qreal summaryHeight = QFontMetricsF(summaryFont, &device).height() * 2.6;

    const int perPage = kColumns * kRows;
    for (qsizetype first = 0; first < cards.size(); first += perPage) {
        if (first > 0)
            device.newPage();
        painter.setFont(headingFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(page.left(), page.top(), page.width(), headingHeight), Qt::AlignLeft | Qt::AlignTop,
                         heading);
        qreal top = page.top() + headingHeight;
        if (first == 0) {
            painter.setFont(summaryFont);
            painter.drawText(QRectF(page.left(), top, page.width(), summaryHeight),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summary);
            top += summaryHeight;
        }
        const qreal cellWidth = (page.width() - gap * (kColumns - 1)) / kColumns;
        const qreal cellHeight = (page.bottom() - top - gap * (kRows - 1)) / kRows;
        for (int i = 0; i < perPage && first + i < cards.size(); ++i) {
            const QRectF cell(page.left() + (i % kColumns) * (cellWidth + gap),
                              top + (i / kColumns) * (cellHeight + gap), cellWidth, cellHeight);
            cards[first + i]->paint(painter, cell);
        }
    }
    return painter.end();
}

} // namespace parcours::ui
