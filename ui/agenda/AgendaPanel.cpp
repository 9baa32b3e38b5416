// « À faire »: a line that sums it up, then the table of items.
#include "ui/agenda/AgendaPanel.h"

#include "ui/agenda/AgendaModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

AgendaPanel::AgendaPanel(AgendaModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_summary(new QLabel(this)),
      m_referentFilter(new QComboBox(this)),
      m_table(new QTableView(this))
{
    m_referentFilter->setObjectName(QStringLiteral("agendaReferentFilter"));
    m_referentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* referentLabel = new QLabel(tr("&Case worker:"), this);
    referentLabel->setBuddy(m_referentFilter);
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

    // Whose items first, as in the caseload's bar, then what they come to.
    auto* bar = new QHBoxLayout;
    bar->addWidget(referentLabel);
    bar->addWidget(m_referentFilter);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setTabOrder(m_referentFilter, m_table);

    const auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            emit itemActivated(index.data(AgendaModel::ParticipantIdRole).toLongLong(),
                               index.data(AgendaModel::KindRole).toInt());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(&model, &QAbstractItemModel::modelReset, this, &AgendaPanel::updateSummary);
    connect(&model, &QAbstractItemModel::modelReset, this, &AgendaPanel::fillReferentChoices);
    connect(m_referentFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setReferent(m_referentFilter->currentData().toString()); });
    updateSummary();
    fillReferentChoices();
}

// Everyone, then each référent.e; the model's référent.e chosen (the user's own at first), listed
// even when nobody is followed under that name yet.
void AgendaPanel::fillReferentChoices()
{
    const QSignalBlocker blocker(m_referentFilter);
    m_referentFilter->clear();
    m_referentFilter->addItem(tr("All case workers"), QString());
    QStringList names = m_model.referentNames();
    if (!m_model.referent().isEmpty() && !names.contains(m_model.referent()))
        names << m_model.referent();
    if (!names.isEmpty())
        m_referentFilter->insertSeparator(m_referentFilter->count());
    for (const QString& name : names)
        m_referentFilter->addItem(name, name);
    const int current = m_model.referent().isEmpty() ? 0 : m_referentFilter->findData(m_model.referent());
    m_referentFilter->setCurrentIndex(std::max(current, 0));
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
