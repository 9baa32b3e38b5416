// The yellow band over the demo PLIE: its data is fictitious, and the way back to the user's database.
#include "ui/demo/DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace parcours::ui {

DemoBanner::DemoBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    // Yellow with dark text whatever the theme: it must never pass for the user's own data.
    setStyleSheet(QStringLiteral("QFrame#demoBanner { background: #fff1b8; border-bottom: 1px solid #e3c24a; }"
                                 "QFrame#demoBanner QLabel { color: #3d3100; }"));

    auto* text = new QLabel(tr("<b>You are viewing a demo PLIE:</b> fictitious data."), this);
    text->setObjectName(QStringLiteral("demoBannerText"));
    auto* back = new QPushButton(tr("&Back to my database"), this);
    back->setObjectName(QStringLiteral("demoBannerBack"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(text, 1);
    layout->addWidget(back);

    connect(back, &QPushButton::clicked, this, &DemoBanner::backRequested);
}

} // namespace parcours::ui
