// The steps of the pathway: the timeline, the form (subtypes offered per type), closing a step today.
#include "ui/participant/StepsPanel.h"

#include "store/PathwayRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/participant/FileLabels.h"
#include "ui/participant/RecordListModel.h"
#include "usecases/PathwayItemCases.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

StepsPanel::StepsPanel(const FileContext& context, RowId participantId, QWidget* parent)
    : FilePanel(context, participantId, parent)
{
    m_model = new RecordListModel({tr("Start"), tr("End"), tr("Step"), tr("Operator"), tr("Label")}, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The dates as wide as they need, the step (its type and subtype), operator and label
    // sharing the rest, wrapped on several lines rather than cut.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Steps"));
    keepRowsVisible(m_view, 4);

    m_type = new QComboBox(this);
    fillCombo<StepType>(m_type, &FileLabels::stepType);
    m_subtype = new QComboBox(this);
    m_operator = new QLineEdit(this);
    // The opérateurs of the catalogue offered as the name is typed, any part of it.
    m_operatorNames = new QStringListModel(this);
    m_operatorCompleter = new QCompleter(m_operatorNames, this);
    m_operatorCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_operatorCompleter->setFilterMode(Qt::MatchContains);
    m_operator->setCompleter(m_operatorCompleter);
    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("Actions of the operator"));
    m_label = new QLineEdit(this);
    m_start = dateEdit(this);
    m_ended = new QCheckBox(tr("Ended on:"), this);
    m_end = dateEdit(this);
    auto* add = new QPushButton(tr("Ne&w step"), this);
    m_close = new QPushButton(tr("&Close today"), this);
    m_save = new QPushButton(tr("Save step"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Subtype:"), m_subtype);
    m_errors.add(form, m_subtype, "subtype");
    form->addRow(tr("Operator:"), m_operator);
    m_errors.add(form, m_operator, "operator");
    form->addRow(tr("Operator's action:"), m_action);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Started on:"), m_start);
    m_errors.add(form, m_start, "start_date");
    form->addRow(m_ended, m_end);
    m_errors.add(form, m_end, "end_date");

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general(this));
    layout->addLayout(buttons);

    const auto edited = [this] { markUnsaved(); };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillSubtypes(static_cast<StepType>(m_type->currentData().toInt()), StepSubtype::None);
        markUnsaved();
    });
    connect(m_subtype, &QComboBox::currentIndexChanged, this, edited);
    connect(m_operator, &QLineEdit::textEdited, this, edited);
    connect(m_operator, &QLineEdit::textChanged, this, [this](const QString& name) { offerActionsOf(name); });
    connect(m_action, &QComboBox::activated, this, [this](int index) { chooseAction(index); });
    connect(m_label, &QLineEdit::textEdited, this, edited);
    connect(m_start, &QDateEdit::dateChanged, this, edited);
    connect(m_end, &QDateEdit::dateChanged, this, edited);
    connect(m_ended, &QCheckBox::toggled, this, [this](bool ended) {
        m_end->setEnabled(ended);
        markUnsaved();
    });
    for (QLineEdit* line : {m_operator, m_label})
        connect(line, &QLineEdit::returnPressed, this, [this] { saveEdits(); });
    connect(add, &QPushButton::clicked, this, [this] { startNew(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeSelected(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) { select(index.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { select(index.row()); });
}

void StepsPanel::fillSubtypes(StepType type, StepSubtype chosen)
{
    filling([&] {
        m_subtype->clear();
        for (const StepSubtype subtype : subtypesOf(type))
            m_subtype->addItem(FileLabels::stepSubtype(subtype), static_cast<int>(subtype));
        m_subtype->setEnabled(m_subtype->count() > 0);
        const int index = m_subtype->findData(static_cast<int>(chosen));
        m_subtype->setCurrentIndex(index >= 0 ? index : 0);
    });
}

void StepsPanel::offerActionsOf(const QString& operatorName)
{
    const std::string name = operatorName.trimmed().toStdString();
    const OperatorEntry* known = nullptr;
    for (const OperatorEntry& entry : m_catalog) {
        if (entry.name == name)
            known = &entry;
    }
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    if (!known || known->actions.empty()) {
        m_action->addItem(known ? tr("(no action yet)") : tr("(choose a known provider)"));
        m_action->setEnabled(false);
        return;
    }
    m_action->addItem(tr("(choose one of its %n action(s))", nullptr, static_cast<int>(known->actions.size())));
    for (const OperatorAction& action : known->actions) {
        QString kind = FileLabels::stepType(action.type);
        if (action.subtype != StepSubtype::None)
            kind += QStringLiteral(" – ") + FileLabels::stepSubtype(action.subtype);
        m_action->addItem(toQString(action.label) + QStringLiteral(" (") + kind + QLatin1Char(')'));
    }
    m_action->setEnabled(true);
}

void StepsPanel::chooseAction(int index)
{
    const std::string name = m_operator->text().trimmed().toStdString();
    for (const OperatorEntry& entry : m_catalog) {
        if (entry.name != name || index < 1 || index > static_cast<int>(entry.actions.size()))
            continue;
        const OperatorAction& action = entry.actions[static_cast<std::size_t>(index - 1)];
        filling([&] {
            m_type->setCurrentIndex(static_cast<int>(action.type));
            fillSubtypes(action.type, action.subtype);
            m_label->setText(toQString(action.label));
        });
        markUnsaved();
        return;
    }
}

void StepsPanel::refresh()
{
    m_catalog = loadOperatorCatalog(m_context.db);
    QStringList names;
    for (const OperatorEntry& entry : m_catalog)
        names << toQString(entry.name);
    m_operatorNames->setStringList(names);
    offerActionsOf(m_operator->text());
    m_steps.clear();
    if (m_pathway)
        m_steps = PathwayRepository(m_context.db, m_context.clock).steps(m_pathway->record.id);
    std::vector<RecordListModel::Row> rows;
    for (const Step& s : m_steps) {
        QString kind = FileLabels::stepType(s.type);
        if (s.subtype != StepSubtype::None)
            kind += QStringLiteral(" – ") + FileLabels::stepSubtype(s.subtype);
        rows.push_back({s.record.id,
                        {dateText(s.start), s.end ? dateText(*s.end) : tr("ongoing"), kind, toQString(s.operatorName),
                         toQString(s.label)},
                        s.end && *s.end < today()});
    }
    m_model->setRows(std::move(rows));
    setEnabled(m_pathway.has_value());
    if (!hasUnsavedEdits()) {
        if (const Step* s = stored(m_editingId))
            showStep(*s);
        else
            clearForm();
    }
}

const Step* StepsPanel::stored(RowId id) const
{
    for (const Step& s : m_steps) {
        if (id != 0 && s.record.id == id)
            return &s;
    }
    return nullptr;
}

void StepsPanel::clearForm()
{
    filling([this] {
        m_editingId = 0;
        m_type->setCurrentIndex(0);
        fillSubtypes(StepType::Mobilisation, StepSubtype::None);
        m_operator->clear();
        m_label->clear();
        m_start->setDate(toQDate(today()));
        m_ended->setChecked(false);
        m_end->setDate(toQDate(today()));
        m_end->setEnabled(false);
        m_save->setText(tr("&Add step"));
        m_close->setEnabled(false);
    });
}

void StepsPanel::showStep(const Step& step)
{
    filling([&] {
        m_editingId = step.record.id;
        m_type->setCurrentIndex(static_cast<int>(step.type));
        fillSubtypes(step.type, step.subtype);
        m_operator->setText(toQString(step.operatorName));
        m_label->setText(toQString(step.label));
        m_start->setDate(toQDate(step.start));
        m_ended->setChecked(step.end.has_value());
        m_end->setDate(toQDate(step.end.value_or(today())));
        m_end->setEnabled(step.end.has_value());
        m_save->setText(tr("Save step"));
        m_close->setEnabled(!step.end.has_value());
    });
}

void StepsPanel::startNew()
{
    emit attentionWanted(); // before the focus: a hidden field takes none
    markSaved();
    clearForm();
    m_type->setFocus(Qt::OtherFocusReason);
}

void StepsPanel::select(int row)
{
    if (const Step* s = stored(m_model->idAt(row))) {
        markSaved();
        showStep(*s);
        m_view->selectRow(row);
    }
}

bool StepsPanel::saveEdits()
{
    if (!m_pathway)
        return true;
    Step after;
    const Step* before = stored(m_editingId);
    if (before)
        after = *before;
    after.pathwayId = m_pathway->record.id;
    after.type = static_cast<StepType>(m_type->currentData().toInt());
    after.subtype = m_subtype->count() > 0 ? static_cast<StepSubtype>(m_subtype->currentData().toInt())
                                           : StepSubtype::None;
    after.operatorName = m_operator->text().trimmed().toStdString();
    after.label = m_label->text().trimmed().toStdString();
    after.start = toDate(m_start->date());
    after.end = std::nullopt;
    if (m_ended->isChecked())
        after.end = toDate(m_end->date());
    const bool closing = before && !before->end && after.end;
    return write(after, before ? (closing ? tr("Close step") : tr("Edit step")) : tr("Add step"));
}

bool StepsPanel::closeSelected()
{
    const Step* before = stored(m_editingId);
    if (!before || before->end)
        return false;
    Step after = *before;
    after.end = today();
    return write(after, tr("Close step"));
}

bool StepsPanel::write(Step after, const QString& actionText)
{
    const bool known = stored(after.record.id) != nullptr;
    if (!known && !confirmAddingToClosedPathway())
        return false;
    return writeAndPush(actionText, [&] {
        Change change =
            known ? editStep(m_context.db, m_context.clock, after) : addStep(m_context.db, m_context.clock, after);
        m_editingId = after.record.id;
        return change;
    });
}

void StepsPanel::cancelEdit()
{
    markSaved();
    if (const Step* s = stored(m_editingId))
        showStep(*s);
    else
        clearForm();
}

} // namespace parcours::ui
