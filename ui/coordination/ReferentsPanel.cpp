// « Référent.e.s »: a line that sums it up, then the sortable table.
#include "ui/coordination/ReferentsPanel.h"

#include "store/ReferentOverviewQuery.h"
#include "ui/coordination/ReferentsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

ReferentsPanel::ReferentsPanel(ReferentsModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_sort(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    m_sort->setSourceModel(&model);
    m_sort->setSortRole(ReferentsModel::SortRole);
    m_summary->setObjectName(QStringLiteral("referentsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("referentsTable"));
    m_table->setModel(m_sort);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReferentsModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // Each column to its contents, none stretched: the numbers stay close to the name they belong to.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setAccessibleName(tr("Case workers"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit caseloadRequested(index.data(ReferentsModel::ReferentNameRole).toString());
    });
    connect(&model, &QAbstractItemModel::modelReset, this, &ReferentsPanel::updateSummary);
    updateSummary();
}

QString ReferentsPanel::summary() const
{
    const int total = m_model.rowCount();
    if (total == 0)
        return tr("No case worker in this database yet.");
    const int outside = m_model.outsideNormCount();
    const QString all = tr("%n case worker(s)", nullptr, total);
    const QString norm = outside == 0 ? tr("%1, each within the norm of %2 to %3 open pathways.")
                                            .arg(all)
                                            .arg(kCaseloadNormLow)
                                            .arg(kCaseloadNormHigh)
                                      : tr("%1, %2 outside the norm of %3 to %4 open pathways.")
                                            .arg(all)
                                            .arg(outside)
                                            .arg(kCaseloadNormLow)
                                            .arg(kCaseloadNormHigh);
    return norm + QLatin1Char(' ') + tr("Enter or a double click shows a case worker's caseload.");
}

void ReferentsPanel::updateSummary()
{
    m_summary->setText(summary());
}

} // namespace parcours::ui
