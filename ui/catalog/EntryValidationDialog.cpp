// The entries to validate: one row each, Validate and Refuse… writing through the core.
#include "ui/catalog/EntryValidationDialog.h"

#include "ui/catalog/UndoableWrite.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UndoController.h"
#include "usecases/EntryValidationCases.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

enum Column { Person, Referent, Entry, Decision, ColumnCount };

} // namespace

EntryValidationDialog::EntryValidationDialog(UndoController& undo, QWidget* parent) : QDialog(parent), m_undo(undo)
{
    setWindowTitle(tr("Entries to validate"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Participant"), tr("Case worker"), tr("Entry"), tr("Decision")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Entries to validate"));
    layout->addWidget(m_table, 1);
    m_showRefused = new QCheckBox(tr("Show the refused entries too"), this);
    layout->addWidget(m_showRefused);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_validate = buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    m_refuse = buttons->addButton(tr("&Refuse…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_validate, &QPushButton::clicked, this, &EntryValidationDialog::validateSelected);
    connect(m_refuse, &QPushButton::clicked, this, &EntryValidationDialog::askForReason);
    connect(m_showRefused, &QCheckBox::toggled, this, &EntryValidationDialog::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntryValidationDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(m_entries.size()))
            emit participantWanted(m_entries[static_cast<std::size_t>(row)].participantId);
    });
    connect(&m_undo, &UndoController::changed, this, &EntryValidationDialog::reload);
    resize(720, 440);
    reload();
}

void EntryValidationDialog::reload()
{
    const EntryToValidate* chosen = selectedEntry();
    const RowId keep = chosen ? chosen->pathwayId : 0;
    try {
        m_entries = loadEntriesToValidate(m_undo.database(), m_showRefused->isChecked());
    } catch (const std::exception& error) {
        m_entries.clear();
        MessageBox::warning(this, windowTitle(), QString::fromUtf8(error.what()));
    }
    std::size_t waiting = 0;
    for (const EntryToValidate& e : m_entries)
        waiting += e.state == EntryValidation::Pending ? 1 : 0;
    m_summary->setText(waiting == 0 ? tr("No entry waits for validation.")
                                    : tr("%n entry(ies) recorded by the case workers wait for validation.", nullptr,
                                         static_cast<int>(waiting)));
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    int selectedRow = -1;
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        const EntryToValidate& e = m_entries[static_cast<std::size_t>(row)];
        m_table->setItem(row, Person,
                         new QTableWidgetItem(toQString(e.lastName).toUpper() + QLatin1Char(' ') + toQString(e.firstName)));
        m_table->setItem(row, Referent, new QTableWidgetItem(toQString(e.referentName)));
        m_table->setItem(row, Entry, new QTableWidgetItem(dateText(e.entryDate)));
        m_table->setItem(row, Decision,
                         new QTableWidgetItem(e.state == EntryValidation::Refused
                                                  ? tr("Refused: %1").arg(toQString(e.note))
                                                  : tr("Waiting")));
        if (e.pathwayId == keep)
            selectedRow = row;
    }
    if (selectedRow >= 0)
        m_table->selectRow(selectedRow);
    updateButtons();
}

const EntryToValidate* EntryValidationDialog::selectedEntry() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

void EntryValidationDialog::updateButtons()
{
    const EntryToValidate* chosen = selectedEntry();
    m_validate->setEnabled(chosen != nullptr);
    m_refuse->setEnabled(chosen != nullptr);
}

bool EntryValidationDialog::validateSelected()
{
    const EntryToValidate* chosen = selectedEntry();
    if (!chosen)
        return false;
    const RowId pathway = chosen->pathwayId;
    return writeUndoably(this, windowTitle(), m_undo, tr("Validate the entry"),
                         [&] { return validateEntry(m_undo.database(), m_undo.clock(), pathway); });
}

bool EntryValidationDialog::refuseSelected(const QString& reason)
{
    const EntryToValidate* chosen = selectedEntry();
    if (!chosen)
        return false;
    const RowId pathway = chosen->pathwayId;
    return writeUndoably(this, windowTitle(), m_undo, tr("Refuse the entry"), [&] {
        return refuseEntry(m_undo.database(), m_undo.clock(), pathway, reason.toStdString());
    });
}

void EntryValidationDialog::askForReason()
{
    const EntryToValidate* chosen = selectedEntry();
    if (!chosen)
        return;
    const QString person = toQString(chosen->lastName).toUpper() + QLatin1Char(' ') + toQString(chosen->firstName);
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Refuse the entry"),
                              tr("Why is the entry of %1 refused? The case worker reads it in the file.").arg(person),
                              QLineEdit::Normal, toQString(chosen->note), &ok);
    if (ok)
        refuseSelected(reason);
}

} // namespace parcours::ui
