// The caseload panel: the sortable table of participants, or the ways to start when there are none.
#include "ui/CaseloadView.h"

#include "ui/CaseloadModel.h"
#include "ui/EmptyCaseloadPanel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

CaseloadView::CaseloadView(CaseloadModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new QSortFilterProxyModel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(m_stack)),
      m_emptyState(new EmptyCaseloadPanel(m_stack))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the core's order (last name, first name) until asked
    m_table->verticalHeader()->hide();
    // One line per participant, compact: a référent.e scans 60 to 100 of them.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_emptyState, &EmptyCaseloadPanel::importRequested, this, &CaseloadView::importRequested);
    connect(m_emptyState, &EmptyCaseloadPanel::demoRequested, this, &CaseloadView::demoRequested);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_model, &QAbstractItemModel::modelReset, this, &CaseloadView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &CaseloadView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &CaseloadView::updateEmptyState);
    updateEmptyState();
}

bool CaseloadView::showsEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void CaseloadView::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_table);
    if (!empty)
        fitColumns();
}

// To the contents, with some air: the contents alone make a cramped grid.
void CaseloadView::fitColumns()
{
    m_table->resizeColumnsToContents();
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, header->sectionSize(column) + 24);
}

} // namespace parcours::ui
