// « À faire »: a line that sums it up, then the table of items.
#include "ui/agenda/AgendaPanel.h"

#include "ui/agenda/AgendaModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

AgendaPanel::AgendaPanel(AgendaModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setModel(&model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::What, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::Due, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::Person, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::Referent, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("To do"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            emit itemActivated(index.data(AgendaModel::ParticipantIdRole).toLongLong(),
                               index.data(AgendaModel::KindRole).toInt());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(&model, &QAbstractItemModel::modelReset, this, &AgendaPanel::updateSummary);
    updateSummary();
}

QString AgendaPanel::summary() const
{
    const int total = m_model.rowCount();
    const int overdue = m_model.overdueCount();
    if (total == 0)
        return tr("Nothing due this week.");
    if (overdue == 0)
        return tr("%n item(s) due by a week from today.", nullptr, total);
    return tr("%n item(s) due by a week from today, ", nullptr, total) + tr("%n overdue.", nullptr, overdue);
}

void AgendaPanel::updateSummary()
{
    m_summary->setText(summary());
}

} // namespace parcours::ui
