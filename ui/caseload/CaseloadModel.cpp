// The caseload as a table: one row per participant, from core's loadCaseload().
#include "ui/caseload/CaseloadModel.h"

#include "domain/Clock.h"
#include "store/AgendaQuery.h"
#include "ui/caseload/SearchText.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/StoreReads.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

#include <unordered_set>

namespace parcours::ui {

namespace {

bool isOpen(const CaseloadRow& row)
{
    return row.status && *row.status != PathwayStatus::Exited;
}

} // namespace

CaseloadModel::CaseloadModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(&db), m_clock(clock)
{
    reload();
}

void CaseloadModel::reload()
{
    // Read before the reset: a store that fails leaves the model as it was.
    const Date today = m_clock.today();
    std::vector<CaseloadRow> rows;
    std::unordered_set<RowId> due; // people « À faire » lists this week
    m_readFailure = ui::readFailure([&] {
        rows = loadCaseload(*m_db, today);
        for (const AgendaItem& item : loadAgenda(*m_db, today))
            due.insert(item.participantId);
    });
    if (!m_readFailure.isEmpty()) {
        emit readFailed(m_readFailure);
        return;
    }
    beginResetModel();
    m_today = today;
    m_rows = std::move(rows);
    m_extra.clear();
    m_extra.reserve(m_rows.size());
    for (const CaseloadRow& row : m_rows) {
        Extra extra;
        extra.referentName = toQString(row.referentName);
        const QString lastName = toQString(row.lastName);
        const QString firstName = toQString(row.firstName);
        extra.lastNameKey = searchKey(lastName + QLatin1Char(' ') + firstName);
        extra.firstNameKey = searchKey(firstName + QLatin1Char(' ') + lastName);
        extra.referentKey = searchKey(extra.referentName);
        extra.searchKey = extra.lastNameKey + QLatin1Char(' ') + searchKey(toQString(row.city + ' ' + row.franceTravailId));
        if (row.lastContact)
            extra.daysSinceContact = static_cast<int>((m_today - *row.lastContact).days());
        // Without any contact, the time since entry is what runs.
        const int quietDays = row.lastContact ? extra.daysSinceContact
                              : row.entryDate ? static_cast<int>((m_today - *row.entryDate).days())
                                              : 0;
        extra.contactOverdue = isOpen(row) && quietDays > kContactWarningDays;
        extra.due = due.count(row.participantId) > 0;
        m_extra.push_back(std::move(extra));
    }
    endResetModel();
}

void CaseloadModel::setDatabase(Database& db)
{
    m_db = &db;
    reload();
    if (!m_readFailure.isEmpty()) { // the rows still shown are another database's
        beginResetModel();
        m_rows.clear();
        m_extra.clear();
        endResetModel();
    }
}

int CaseloadModel::openPathwaysOf(const QString& referentName) const
{
    int count = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (isOpen(m_rows[i]) && m_extra[i].referentName == referentName)
            ++count;
    return count;
}

QStringList CaseloadModel::referentNames() const
{
    QStringList names;
    for (const Extra& extra : m_extra)
        if (!extra.referentName.isEmpty())
            names << extra.referentName;
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
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
    const auto row = static_cast<std::size_t>(index.row());
    const Extra& extra = m_extra[row];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case ParticipantIdRole: return QVariant::fromValue<qlonglong>(m_rows[row].participantId);
    case StatusRole: return m_rows[row].status ? static_cast<int>(*m_rows[row].status) : -1;
    case ReferentNameRole: return extra.referentName;
    case SearchKeyRole: return extra.searchKey;
    case ContactOverdueRole: return extra.contactOverdue;
    case DueRole: return extra.due;
    case Qt::DecorationRole:
        if (index.column() == LastName && extra.due)
            return dueMarker();
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LastContact && extra.contactOverdue)
            return QBrush(QColor(0xb0, 0x20, 0x20)); // a warning, readable on white and on alternate rows
        return {};
    case Qt::FontRole:
        if (index.column() == LastContact && extra.contactOverdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default: return {};
    }
}

QVariant CaseloadModel::display(std::size_t index, int column) const
{
    const CaseloadRow& row = m_rows[index];
    switch (column) {
    case LastName: return toQString(row.lastName);
    case FirstName: return toQString(row.firstName);
    case Age: return ageAt(row.birthDate, m_today);
    case Entry: return row.entryDate ? dateText(*row.entryDate) : QString();
    case TimeInPathway:
        // Running: up to today; ended: its whole length, with the exit's day.
        if (!row.entryDate || !row.status)
            return QString();
        if (isOpen(row) || !row.exitDate)
            return durationText(*row.entryDate, m_today);
        return tr("%1 (exited on %2)", "the pathway's length").arg(durationText(*row.entryDate, *row.exitDate),
                                                                    dateText(*row.exitDate));
    case Status: return statusLabel(row.status);
    case LastContact:
        if (m_extra[index].daysSinceContact >= 0)
            return daysAgoText(m_extra[index].daysSinceContact);
        return row.status ? tr("none") : QString();
    case Referent: return m_extra[index].referentName;
    case NextAction: return row.nextAction ? dateText(*row.nextAction) : QString();
    default: return {};
    }
}

QVariant CaseloadModel::sortValue(std::size_t index, int column) const
{
    const CaseloadRow& row = m_rows[index];
    switch (column) {
    case LastName: return m_extra[index].lastNameKey;
    case FirstName: return m_extra[index].firstNameKey;
    case Referent: return m_extra[index].referentKey;
    case Age: return ageAt(row.birthDate, m_today);
    case Entry: return row.entryDate ? toQDate(*row.entryDate) : QDate();
    case TimeInPathway:
        if (!row.entryDate || !row.status)
            return -1;
        return static_cast<int>(((isOpen(row) || !row.exitDate ? m_today : *row.exitDate) - *row.entryDate).days());
    case Status: return row.status ? static_cast<int>(*row.status) : -1;
    case LastContact: return row.lastContact ? toQDate(*row.lastContact) : QDate();
    case NextAction: return row.nextAction ? toQDate(*row.nextAction) : QDate();
    default: return {};
    }
}

// A small dot before the name of a person « À faire » lists this week.
QIcon CaseloadModel::dueMarker()
{
    static const QIcon icon = [] {
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xb0, 0x20, 0x20));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(2, 2, 8, 8);
        return QIcon(dot);
    }();
    return icon;
}

QVariant CaseloadModel::toolTip(std::size_t index, int column) const
{
    const CaseloadRow& row = m_rows[index];
    if (column == LastName && m_extra[index].due)
        return tr("Something to do this week: see « To do »");
    if (column == LastContact && row.lastContact) {
        const QString date = dateText(*row.lastContact);
        if (m_extra[index].contactOverdue)
            return tr("Last contact on %1: over %n day(s) ago", nullptr, kContactWarningDays).arg(date);
        return tr("Last contact on %1").arg(date);
    }
    if (column == LastContact && m_extra[index].contactOverdue)
        return tr("No contact since the entry, over %n day(s) ago", nullptr, kContactWarningDays);
    if (column == Entry && row.entryDate)
        return dateText(*row.entryDate);
    if (column == TimeInPathway) // whole, when the column is too narrow for an exit's day
        return display(index, column);
    return {};
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
    case Entry: return tr("Entry");
    case TimeInPathway: return tr("Time in pathway");
    case Status: return tr("Status");
    case LastContact: return tr("Last contact");
    case Referent: return tr("Case worker");
    case NextAction: return tr("Next action");
    default: return {};
    }
}

} // namespace parcours::ui
