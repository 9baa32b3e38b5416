// The caseload as a table: one row per participant, from core's loadCaseload().
#include "ui/CaseloadModel.h"

#include "domain/Clock.h"
#include "ui/CoreConversions.h"
#include "ui/DomainLabels.h"

namespace parcours::ui {

namespace {

QString shortDate(const std::optional<Date>& date)
{
    if (!date)
        return {};
    return dateText(*date);
}

} // namespace

CaseloadModel::CaseloadModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(&db), m_clock(clock)
{
    reload();
}

void CaseloadModel::reload()
{
    beginResetModel();
    m_today = m_clock.today();
    m_rows = loadCaseload(*m_db, m_today);
    endResetModel();
}

void CaseloadModel::setDatabase(Database& db)
{
    m_db = &db;
    reload();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case ParticipantIdRole: return QVariant::fromValue<qlonglong>(row.participantId);
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default: return {};
    }
}

QVariant CaseloadModel::display(const CaseloadRow& row, int column) const
{
    switch (column) {
    case LastName: return toQString(row.lastName);
    case FirstName: return toQString(row.firstName);
    case Age: return ageAt(row.birthDate, m_today);
    case Referent: return toQString(row.referentName);
    case Entry: return shortDate(row.entryDate);
    case Status: return statusLabel(row.status);
    case LastContact: return shortDate(row.lastContact);
    default: return {};
    }
}

QVariant CaseloadModel::sortValue(const CaseloadRow& row, int column) const
{
    switch (column) {
    case LastName:
    case FirstName:
    case Referent: return display(row, column); // the view's proxy compares text locale-aware
    case Age: return ageAt(row.birthDate, m_today);
    case Entry: return row.entryDate ? toQDate(*row.entryDate) : QDate();
    case Status: return row.status ? static_cast<int>(*row.status) : -1;
    case LastContact: return row.lastContact ? toQDate(*row.lastContact) : QDate();
    default: return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Age)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)); // over its numbers
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastName: return tr("Last name");
    case FirstName: return tr("First name");
    case Age: return tr("Age");
    case Referent: return tr("Case worker");
    case Entry: return tr("Entry");
    case Status: return tr("Status");
    case LastContact: return tr("Last contact");
    default: return {};
    }
}

} // namespace parcours::ui
