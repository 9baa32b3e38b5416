// What a long operation is doing: its stage and a progress bar.
#include "ui/common/ProgressPanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace parcours::ui {

ProgressPanel::ProgressPanel(QWidget* parent)
    : QWidget(parent), m_stage(new QLabel(tr("Starting…"), this)), m_bar(new QProgressBar(this))
{
    m_stage->setObjectName(QStringLiteral("progressStage"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%p%"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addStretch();
}

void ProgressPanel::showProgress(const QString& stage, int percent)
{
    m_stage->setText(stage);
    if (percent < 0) {
        m_bar->setRange(0, 0); // moves back and forth
        return;
    }
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
}

QString ProgressPanel::stage() const
{
    return m_stage->text();
}

int ProgressPanel::percent() const
{
    return m_bar->maximum() == 0 ? -1 : m_bar->value();
}

} // namespace parcours::ui
