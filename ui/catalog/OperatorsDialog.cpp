// The opérateurs with their counts and actions; Rename… and Merge with… ask, then write through the core.
#include "ui/catalog/OperatorsDialog.h"

#include "ui/catalog/UndoableWrite.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "ui/participant/FileLabels.h"
#include "usecases/OperatorCases.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    return table;
}

QTableWidgetItem* item(const QString& text, RowId id = 0)
{
    auto* cell = new QTableWidgetItem(text);
    if (id != 0)
        cell->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
    return cell;
}

} // namespace

OperatorsDialog::OperatorsDialog(UndoController& undo, QWidget* parent) : QDialog(parent), m_undo(undo)
{
    setWindowTitle(tr("Providers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The providers that run the steps, and the actions each has run (label, type "
                                "and subtype), offered when a step is added."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_operators = readOnlyTable({tr("Provider"), tr("Steps")}, this);
    m_operators->setAccessibleName(tr("Providers"));
    layout->addWidget(m_operators, 2);
    layout->addWidget(new QLabel(tr("Actions of the chosen provider:"), this));
    m_actions = readOnlyTable({tr("Label"), tr("Type"), tr("Subtype")}, this);
    m_actions->setAccessibleName(tr("Actions"));
    layout->addWidget(m_actions, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_merge = buttons->addButton(tr("&Merge with…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &OperatorsDialog::askForNewName);
    connect(m_merge, &QPushButton::clicked, this, &OperatorsDialog::askForMergeTarget);
    connect(m_operators->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsDialog::showActions);
    connect(&m_undo, &UndoController::changed, this, &OperatorsDialog::reload);
    resize(860, 560); // the actions' type and subtype are long: their label keeps room
    reload();
}

void OperatorsDialog::reload()
{
    const OperatorEntry* chosen = selectedOperator();
    const RowId keep = chosen ? chosen->id : 0;
    try {
        m_catalog = loadOperatorCatalog(m_undo.database());
    } catch (const std::exception& error) {
        m_catalog.clear();
        MessageBox::warning(this, windowTitle(), QString::fromUtf8(error.what()));
    }
    const QSignalBlocker blocker(m_operators->selectionModel());
    m_operators->clearSelection();
    m_operators->setRowCount(static_cast<int>(m_catalog.size()));
    int selectedRow = -1;
    for (int row = 0; row < static_cast<int>(m_catalog.size()); ++row) {
        const OperatorEntry& entry = m_catalog[static_cast<std::size_t>(row)];
        m_operators->setItem(row, 0, item(toQString(entry.name), entry.id));
        auto* count = item(QString::number(entry.stepCount));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_operators->setItem(row, 1, count);
        if (entry.id == keep)
            selectedRow = row;
    }
    if (selectedRow >= 0)
        m_operators->selectRow(selectedRow);
    showActions();
}

const OperatorEntry* OperatorsDialog::selectedOperator() const
{
    const QList<QTableWidgetItem*> selected = m_operators->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const RowId id = m_operators->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    for (const OperatorEntry& entry : m_catalog) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

bool OperatorsDialog::selectOperator(const QString& name)
{
    for (int row = 0; row < m_operators->rowCount(); ++row) {
        if (m_operators->item(row, 0)->text() == name) {
            m_operators->selectRow(row);
            return true;
        }
    }
    return false;
}

void OperatorsDialog::showActions()
{
    const OperatorEntry* chosen = selectedOperator();
    m_rename->setEnabled(chosen != nullptr);
    m_merge->setEnabled(chosen != nullptr && m_catalog.size() > 1);
    m_actions->setRowCount(0);
    if (!chosen)
        return;
    m_actions->setRowCount(static_cast<int>(chosen->actions.size()));
    for (int row = 0; row < static_cast<int>(chosen->actions.size()); ++row) {
        const OperatorAction& action = chosen->actions[static_cast<std::size_t>(row)];
        m_actions->setItem(row, 0, item(toQString(action.label)));
        m_actions->setItem(row, 1, item(FileLabels::stepType(action.type)));
        m_actions->setItem(
            row, 2, item(action.subtype == StepSubtype::None ? QString() : FileLabels::stepSubtype(action.subtype)));
    }
}

bool OperatorsDialog::renameSelected(const QString& name)
{
    const OperatorEntry* chosen = selectedOperator();
    if (!chosen)
        return false;
    const RowId id = chosen->id;
    return writeUndoably(this, windowTitle(), m_undo, tr("Rename provider"),
                         [&] { return renameOperator(m_undo.database(), m_undo.clock(), id, name.toStdString()); });
}

bool OperatorsDialog::mergeSelectedInto(RowId into)
{
    const OperatorEntry* chosen = selectedOperator();
    if (!chosen)
        return false;
    const RowId from = chosen->id;
    const bool merged = writeUndoably(this, windowTitle(), m_undo, tr("Merge providers"),
                                      [&] { return mergeOperators(m_undo.database(), m_undo.clock(), from, into); });
    if (merged) {
        for (int row = 0; row < m_operators->rowCount(); ++row) {
            if (m_operators->item(row, 0)->data(Qt::UserRole).toLongLong() == into)
                m_operators->selectRow(row);
        }
    }
    return merged;
}

void OperatorsDialog::askForNewName()
{
    const OperatorEntry* chosen = selectedOperator();
    if (!chosen)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename provider"), tr("New name:"), QLineEdit::Normal,
                                               toQString(chosen->name), &ok);
    if (ok)
        renameSelected(name);
}

void OperatorsDialog::askForMergeTarget()
{
    const OperatorEntry* chosen = selectedOperator();
    if (!chosen)
        return;
    QStringList names;
    std::vector<RowId> ids;
    for (const OperatorEntry& entry : m_catalog) {
        if (entry.id == chosen->id)
            continue;
        names << toQString(entry.name);
        ids.push_back(entry.id);
    }
    bool ok = false;
    const QString text = tr("The %n step(s) of « %1 » go to the provider chosen below, and « %1 » is deleted.", nullptr,
                            chosen->stepCount)
                             .arg(toQString(chosen->name));
    const QString into = QInputDialog::getItem(this, tr("Merge providers"), text, names, 0, false, &ok);
    if (!ok)
        return;
    const auto index = names.indexOf(into);
    if (index >= 0)
        mergeSelectedInto(ids[static_cast<std::size_t>(index)]);
}

} // namespace parcours::ui
