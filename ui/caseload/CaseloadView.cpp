// The caseload panel: search and filters over the sortable table of participants, or the ways to start.
#include "ui/caseload/CaseloadView.h"

#include "ui/caseload/CaseloadFilterModel.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/EmptyCaseloadPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

namespace {

using StatusFilter = CaseloadFilterModel::StatusFilter;

// How the filters are kept in the settings: words, not positions in a list that may change.
const QString kMe = QStringLiteral("me");
const QString kAll = QStringLiteral("all");

struct StatusChoice {
    StatusFilter filter;
    const char* key;
};
constexpr StatusChoice kStatusChoices[] = {
    {StatusFilter::Open, "open"},         {StatusFilter::Active, "active"}, {StatusFilter::OnHold, "on_hold"},
    {StatusFilter::InFollowUp, "in_follow_up"}, {StatusFilter::Exited, "exited"},   {StatusFilter::All, "all"},
};

QString statusChoiceText(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::Open: return CaseloadView::tr("Current pathways");
    case StatusFilter::Active: return CaseloadView::tr("In pathway");
    case StatusFilter::OnHold: return CaseloadView::tr("On hold");
    case StatusFilter::InFollowUp: return CaseloadView::tr("In work (follow-up)");
    case StatusFilter::Exited: return CaseloadView::tr("Exited");
    case StatusFilter::All: return CaseloadView::tr("All statuses");
    }
    return {};
}

} // namespace

CaseloadView::CaseloadView(CaseloadModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_filter(new CaseloadFilterModel(this)),
      m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)),
      m_referentFilter(new QComboBox(this)),
      m_noMatch(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(m_stack)),
      m_emptyState(new EmptyCaseloadPanel(m_stack))
{
    m_filter->setSourceModel(&m_model);

    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setPlaceholderText(tr("Search: name, city, France Travail id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->installEventFilter(this);

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    for (const StatusChoice& choice : kStatusChoices)
        m_statusFilter->addItem(statusChoiceText(choice.filter), QString::fromLatin1(choice.key));
    m_referentFilter->setObjectName(QStringLiteral("referentFilter"));
    m_referentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillReferentChoices();

    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto* referentLabel = new QLabel(tr("&Case worker:"), this);
    referentLabel->setBuddy(m_referentFilter);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 8);
    bar->setSpacing(8);
    bar->addWidget(m_search, 2);
    bar->addSpacing(16);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusFilter);
    bar->addSpacing(8);
    bar->addWidget(referentLabel);
    bar->addWidget(m_referentFilter);
    bar->addStretch(1);

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, to reassign them
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in a form
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
    connect(m_emptyState, &EmptyCaseloadPanel::newParticipantRequested, this, &CaseloadView::newParticipantRequested);
    connect(m_table, &QAbstractItemView::activated, this, &CaseloadView::openCurrentRow);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CaseloadView::showContextMenu);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    m_noMatch->setObjectName(QStringLiteral("caseloadNoMatch"));
    m_noMatch->setText(tr("No participant matches the search and the filters. Try « All case workers » or "
                          "« All statuses »."));
    m_noMatch->setWordWrap(true);
    m_noMatch->setContentsMargins(12, 4, 12, 8);
    m_noMatch->hide();
    layout->addWidget(m_noMatch);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_referentFilter);
    setTabOrder(m_referentFilter, m_table);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseloadFilterModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_referentFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedReferent = m_referentFilter->currentData().toString();
        applyFilters();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CaseloadView::shownCountChanged);
    connect(this, &CaseloadView::shownCountChanged, this, &CaseloadView::updateNoMatch);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CaseloadView::shownCountChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CaseloadView::shownCountChanged);

    // A reload (after an edit in a file) keeps the participant the référent.e was on.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentBeforeReset = m_table->currentIndex().data(CaseloadModel::ParticipantIdRole).toLongLong();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillReferentChoices();
        updateEmptyState();
        if (m_currentBeforeReset == 0)
            return;
        const QModelIndexList found = m_filter->match(m_filter->index(0, 0), CaseloadModel::ParticipantIdRole,
                                                      QVariant::fromValue<qlonglong>(m_currentBeforeReset), 1,
                                                      Qt::MatchExactly);
        if (!found.isEmpty()) {
            m_table->setCurrentIndex(found.first());
            m_table->scrollTo(found.first());
        }
        m_currentBeforeReset = 0;
    });
    applyFilters();
    updateEmptyState();
}

bool CaseloadView::showsEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

int CaseloadView::shownCount() const
{
    return m_filter->rowCount();
}

void CaseloadView::setMe(const QString& referentName)
{
    m_me = referentName;
    fillReferentChoices();
    applyFilters();
}

void CaseloadView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadView::setNewParticipantAvailable(bool available)
{
    m_emptyState->setNewParticipantAvailable(available);
}

// « Moi », everyone, then each référent.e of the caseload; the choice survives a reload.
void CaseloadView::fillReferentChoices()
{
    const QSignalBlocker blocker(m_referentFilter);
    m_referentFilter->clear();
    m_referentFilter->addItem(m_me.isEmpty() ? tr("Me") : tr("Me (%1)").arg(m_me), kMe);
    m_referentFilter->addItem(tr("All case workers"), kAll);
    const QStringList names = m_model.referentNames();
    if (!names.isEmpty())
        m_referentFilter->insertSeparator(m_referentFilter->count());
    for (const QString& name : names)
        m_referentFilter->addItem(name, name);
    const int wanted = m_referentFilter->findData(m_wantedReferent);
    m_referentFilter->setCurrentIndex(wanted >= 0 ? wanted : 0);
}

void CaseloadView::applyFilters()
{
    m_filter->setStatusFilter(m_statusFilter->currentIndex() >= 0
                                  ? kStatusChoices[m_statusFilter->currentIndex()].filter
                                  : StatusFilter::Open);
    const QString referent = m_referentFilter->currentData().toString();
    // Until the référent.e has said who they are, « Moi » cannot narrow anything.
    m_filter->setReferentFilter(referent == kMe ? m_me : referent == kAll ? QString() : referent);
    emit shownCountChanged();
}

void CaseloadView::updateNoMatch()
{
    m_noMatch->setVisible(m_model.rowCount() > 0 && m_filter->rowCount() == 0);
}

void CaseloadView::updateEmptyState()
{
    const bool empty = m_model.rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_table);
    m_search->setEnabled(!empty);
    m_statusFilter->setEnabled(!empty);
    m_referentFilter->setEnabled(!empty);
    if (!empty && !m_columnsSized)
        fitColumns();
    updateNoMatch();
}

// To the contents, with some air: the contents alone make a cramped grid.
void CaseloadView::fitColumns()
{
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, header->sectionSize(column) + 24);
}

void CaseloadView::openCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit participantActivated(current.data(CaseloadModel::ParticipantIdRole).toLongLong());
}

QList<RowId> CaseloadView::selectedParticipantIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<RowId> ids;
    for (const QModelIndex& row : rows)
        ids << row.data(CaseloadModel::ParticipantIdRole).toLongLong();
    return ids;
}

void CaseloadView::showContextMenu(const QPoint& position)
{
    if (m_table->selectionModel()->selectedRows().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open the file"), this, &CaseloadView::openCurrentRow);
    menu.addAction(tr("&Reassign to…"), this, &CaseloadView::reassignRequested);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

// Down or Enter in the search field goes to the table, on its first row.
bool CaseloadView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_filter->rowCount() > 0) {
            if (!m_table->currentIndex().isValid() || key != Qt::Key_Down)
                m_table->setCurrentIndex(m_filter->index(0, 0));
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseloadView::saveState(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("caseload"));
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("sortColumn"), m_table->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("sortOrder"), static_cast<int>(m_table->horizontalHeader()->sortIndicatorOrder()));
    settings.endGroup();
    saveFilters(settings, filters());
}

void CaseloadView::saveFilters(QSettings& settings, const Filters& filters)
{
    settings.beginGroup(QStringLiteral("caseload"));
    settings.setValue(QStringLiteral("statusFilter"), filters.status);
    settings.setValue(QStringLiteral("referentFilter"), filters.referent);
    settings.endGroup();
}

CaseloadView::Filters CaseloadView::filters() const
{
    return {m_search->text(), m_statusFilter->currentData().toString(), m_wantedReferent};
}

void CaseloadView::setFilters(const Filters& filters)
{
    {
        const QSignalBlocker blocker(m_statusFilter);
        const int status = m_statusFilter->findData(filters.status);
        m_statusFilter->setCurrentIndex(status >= 0 ? status : 0);
    }
    m_wantedReferent = filters.referent.isEmpty() ? kMe : filters.referent;
    fillReferentChoices();
    m_search->setText(filters.search);
    applyFilters();
}

QString CaseloadView::filteredReferent() const
{
    return m_filter->referentFilter();
}

void CaseloadView::restoreState(const QSettings& settings)
{
    const auto value = [&settings](const char* key) {
        return settings.value(QStringLiteral("caseload/") + QLatin1String(key));
    };
    const QByteArray header = value("header").toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_columnsSized = true;
    bool ok = false;
    const int sortColumn = value("sortColumn").toInt(&ok);
    if (ok && sortColumn < CaseloadModel::ColumnCount)
        m_table->sortByColumn(sortColumn, value("sortOrder").toInt() == Qt::DescendingOrder ? Qt::DescendingOrder
                                                                                             : Qt::AscendingOrder);
    const int status = m_statusFilter->findData(value("statusFilter").toString());
    if (status >= 0)
        m_statusFilter->setCurrentIndex(status);
    const QString referent = value("referentFilter").toString();
    if (!referent.isEmpty()) {
        m_wantedReferent = referent;
        fillReferentChoices();
    }
    applyFilters();
}

} // namespace parcours::ui
