// The barriers of the pathway: the list (open ones on top), the form, and the move to the next status.
#include "ui/participant/BarriersPanel.h"

#include "store/BarrierRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/RecordListModel.h"
#include "usecases/PathwayItemCases.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace parcours::ui {

BarriersPanel::BarriersPanel(const FileContext& context, RowId participantId, QWidget* parent)
    : FilePanel(context, participantId, parent)
{
    m_model = new RecordListModel({tr("Barrier"), tr("Status"), tr("Identified"), tr("Lifted")}, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setWordWrap(true); // a long category on two lines rather than cut
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Barriers"));
    keepRowsVisible(m_view, 4);

    m_category = new QComboBox(this);
    fillCombo<BarrierCategory>(m_category, &FileLabels::barrierCategory);
    m_status = new QComboBox(this);
    fillCombo<BarrierStatus>(m_status, &FileLabels::barrierStatus);
    m_identified = dateEdit(this);
    m_lifted = dateEdit(this);
    auto* add = new QPushButton(tr("&New barrier"), this);
    m_advance = new QPushButton(tr("Next s&tatus"), this);
    m_advance->setToolTip(tr("identified → in progress → lifted today"));
    m_save = new QPushButton(tr("Save barrier"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Barrier:"), m_category);
    m_errors.add(form, m_category, "category");
    form->addRow(tr("Status:"), m_status);
    m_errors.add(form, m_status, "status");
    form->addRow(tr("Identified on:"), m_identified);
    m_errors.add(form, m_identified, "identified_date");
    form->addRow(tr("Lifted on:"), m_lifted);
    m_errors.add(form, m_lifted, "lifted_date");

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_advance);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    layout->addLayout(buttons);

    const auto edited = [this] { markUnsaved(); };
    connect(m_category, &QComboBox::currentIndexChanged, this, edited);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const bool lifted = static_cast<BarrierStatus>(m_status->currentData().toInt()) == BarrierStatus::Leve;
        m_lifted->setEnabled(lifted);
        markUnsaved();
    });
    connect(m_identified, &QDateEdit::dateChanged, this, edited);
    connect(m_lifted, &QDateEdit::dateChanged, this, edited);
    connect(add, &QPushButton::clicked, this, [this] { startNew(); });
    connect(m_advance, &QPushButton::clicked, this, [this] { advanceSelected(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) { select(index.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { select(index.row()); });
}

void BarriersPanel::refresh()
{
    m_barriers.clear();
    if (m_pathway)
        m_barriers = BarrierRepository(m_context.db, m_context.clock).forPathway(m_pathway->record.id);
    // Open barriers on top, so that the ones to work on are always in sight.
    std::stable_sort(m_barriers.begin(), m_barriers.end(), [](const Barrier& a, const Barrier& b) {
        return (a.status != BarrierStatus::Leve) > (b.status != BarrierStatus::Leve);
    });
    std::vector<RecordListModel::Row> rows;
    for (const Barrier& b : m_barriers) {
        rows.push_back({b.record.id,
                        {FileLabels::barrierCategory(b.category), FileLabels::barrierStatus(b.status),
                         dateText(b.identifiedDate), b.liftedDate ? dateText(*b.liftedDate) : QString()},
                        b.status == BarrierStatus::Leve});
    }
    m_model->setRows(std::move(rows));
    setEnabled(m_pathway.has_value());
    if (!hasUnsavedEdits()) {
        if (const Barrier* b = stored(m_editingId))
            showBarrier(*b);
        else
            clearForm();
    }
}

const Barrier* BarriersPanel::stored(RowId id) const
{
    for (const Barrier& b : m_barriers) {
        if (id != 0 && b.record.id == id)
            return &b;
    }
    return nullptr;
}

void BarriersPanel::clearForm()
{
    filling([this] {
        m_editingId = 0;
        m_category->setCurrentIndex(0);
        m_status->setCurrentIndex(static_cast<int>(BarrierStatus::Identifie));
        m_identified->setDate(toQDate(today()));
        m_lifted->setDate(toQDate(today()));
        m_lifted->setEnabled(false);
        m_save->setText(tr("&Add barrier"));
        m_advance->setEnabled(false);
    });
}

void BarriersPanel::showBarrier(const Barrier& barrier)
{
    filling([&] {
        m_editingId = barrier.record.id;
        m_category->setCurrentIndex(static_cast<int>(barrier.category));
        m_status->setCurrentIndex(static_cast<int>(barrier.status));
        m_identified->setDate(toQDate(barrier.identifiedDate));
        m_lifted->setDate(toQDate(barrier.liftedDate.value_or(today())));
        m_lifted->setEnabled(barrier.status == BarrierStatus::Leve);
        m_save->setText(tr("Save barrier"));
        m_advance->setEnabled(barrier.status != BarrierStatus::Leve);
    });
}

void BarriersPanel::startNew()
{
    emit attentionWanted(); // before the focus: a hidden field takes none
    markSaved();
    clearForm();
    m_category->setFocus(Qt::OtherFocusReason);
}

void BarriersPanel::select(int row)
{
    if (const Barrier* b = stored(m_model->idAt(row))) {
        markSaved();
        showBarrier(*b);
        m_view->selectRow(row);
    }
}

bool BarriersPanel::saveEdits()
{
    if (!m_pathway)
        return true;
    Barrier after;
    if (const Barrier* before = stored(m_editingId))
        after = *before;
    after.pathwayId = m_pathway->record.id;
    after.category = static_cast<BarrierCategory>(m_category->currentData().toInt());
    after.status = static_cast<BarrierStatus>(m_status->currentData().toInt());
    after.identifiedDate = toDate(m_identified->date());
    after.liftedDate = std::nullopt;
    if (after.status == BarrierStatus::Leve)
        after.liftedDate = toDate(m_lifted->date());
    const Barrier* before = stored(m_editingId);
    const bool lifting = after.status == BarrierStatus::Leve && (!before || before->status != BarrierStatus::Leve);
    return write(after, before ? (lifting ? tr("Lift barrier") : tr("Edit barrier")) : tr("Add barrier"));
}

bool BarriersPanel::advanceSelected()
{
    const Barrier* before = stored(m_editingId);
    if (!before || before->status == BarrierStatus::Leve)
        return false;
    Barrier after = *before;
    if (after.status == BarrierStatus::Identifie) {
        after.status = BarrierStatus::EnCours;
    } else {
        after.status = BarrierStatus::Leve;
        after.liftedDate = today();
    }
    return write(after, after.status == BarrierStatus::Leve ? tr("Lift barrier") : tr("Start working on barrier"));
}

bool BarriersPanel::write(Barrier after, const QString& actionText)
{
    const bool known = stored(after.record.id) != nullptr;
    if (!known && !confirmAddingToClosedPathway())
        return false;
    return writeAndPush(actionText, [&] {
        Change change = known ? editBarrier(m_context.db, m_context.clock, after)
                              : addBarrier(m_context.db, m_context.clock, after);
        m_editingId = after.record.id;
        return change;
    });
}

void BarriersPanel::cancelEdit()
{
    markSaved();
    if (const Barrier* b = stored(m_editingId))
        showBarrier(*b);
    else
        clearForm();
}

} // namespace parcours::ui
