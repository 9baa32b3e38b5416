// The list of conflicts kept by `apply`, each marked settled once a person has seen to it.
#include "ui/changes/ConflictsDialog.h"

#include "store/Database.h"
#include "store/EntityTables.h"
#include "store/RowStore.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace parcours::ui {

namespace {

QString entityLabel(const std::string& entity)
{
    if (entity == "participant")
        return ConflictsDialog::tr("identity");
    if (entity == "pathway")
        return ConflictsDialog::tr("pathway");
    if (entity == "step")
        return ConflictsDialog::tr("step");
    if (entity == "barrier")
        return ConflictsDialog::tr("barrier");
    if (entity == "contact")
        return ConflictsDialog::tr("contact");
    if (entity == "hold")
        return ConflictsDialog::tr("hold");
    if (entity == "hire")
        return ConflictsDialog::tr("hire");
    if (entity == "referent")
        return ConflictsDialog::tr("case worker");
    if (entity == "operator")
        return ConflictsDialog::tr("provider");
    if (entity == "plie")
        return ConflictsDialog::tr("PLIE");
    return toQString(entity);
}

QString valueText(const nlohmann::json& value)
{
    if (value.is_null())
        return ConflictsDialog::tr("(absent)");
    if (value.is_string())
        return toQString(value.get<std::string>());
    return toQString(value.dump());
}

// « DUPONT Marie » for a row of someone's file, empty otherwise.
QString personOf(Database& db, const Conflict& c)
{
    const EntityTable* table = findEntityTable(c.entity);
    if (!table)
        return {};
    const std::string file = rowstore::fileOf(db, *table, c.id);
    if (file.empty())
        return {};
    auto query = db.statement("SELECT upper(last_name) || ' ' || first_name FROM participants WHERE uuid = ?1");
    query->bind(1, file);
    return query->executeStep() ? toQString(query->getColumn(0).getString()) : QString();
}

} // namespace

int unsettledConflictCount(Database& db)
{
    try {
        return static_cast<int>(unsettledConflicts(db).size());
    } catch (const std::exception&) {
        return 0;
    }
}

ConflictsDialog::ConflictsDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Conflicts to settle"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Participant"), tr("What"), tr("Field"), tr("Value here"), tr("Value received")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_settle = buttons->addButton(tr("Mark as &settled"), QDialogButtonBox::ActionRole);
    connect(m_settle, &QPushButton::clicked, this, &ConflictsDialog::settleSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_settle->setEnabled(m_table->selectionModel()->hasSelection()); });
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void ConflictsDialog::reload()
{
    try {
        m_conflicts = unsettledConflicts(m_db);
    } catch (const std::exception& error) {
        m_conflicts.clear();
        MessageBox::warning(this, tr("Conflicts to settle"), QString::fromUtf8(error.what()));
    }
    m_summary->setText(m_conflicts.empty()
                           ? tr("No conflict waits to be settled.")
                           : tr("These changes received from another database were not applied: the file had "
                                "changed here. Correct the file if needed, then mark them settled."));
    m_table->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Conflict& c = m_conflicts[static_cast<std::size_t>(row)];
        const QStringList cells{personOf(m_db, c), entityLabel(c.entity),
                                c.field == "*" ? tr("whole row") : toQString(c.field), valueText(c.here),
                                valueText(c.theirs)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_settle->setEnabled(false);
}

void ConflictsDialog::settleSelected()
{
    std::set<std::string> ops;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ops.insert(m_conflicts[static_cast<std::size_t>(index.row())].op);
    try {
        for (const std::string& op : ops)
            settleConflicts(m_db, m_clock, op);
    } catch (const std::exception& error) {
        MessageBox::warning(this, tr("Conflicts to settle"), QString::fromUtf8(error.what()));
    }
    reload();
}

} // namespace parcours::ui
