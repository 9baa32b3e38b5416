// The dashboard on paper: a heading, then its charts four to a landscape page.
#pragma once

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace parcours::ui {

class ChartCard;

// Paints `heading`, `summary` and `cards` on `device` (a printer or a PDF writer), whose pages
// should be landscape; charts stay vectors and text. False when the device cannot be painted on.
bool paintDashboard(QPagedPaintDevice& device, const QString& heading, const QString& summary,
                    const QList<ChartCard*>& cards);

} // namespace parcours::ui
