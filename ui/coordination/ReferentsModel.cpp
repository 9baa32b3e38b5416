// The référent.e.s' rows: core's numbers, the open pathways outside the norm marked by a word,
// an icon and a colour.
#include "ui/coordination/ReferentsModel.h"

#include "domain/Clock.h"
#include "store/PlieSettingsRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/StoreReads.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace parcours::ui {

ReferentsModel::ReferentsModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(&db), m_clock(clock)
{
}

void ReferentsModel::setDatabase(Database& db)
{
    beginResetModel();
    m_db = &db;
    m_rows.clear(); // the previous database's
    endResetModel();
}

void ReferentsModel::reload()
{
    const Date today = m_clock.today();
    std::vector<ReferentOverview> rows;
    int days = 0;
    const QString failure = readFailure([&] {
        rows = loadReferentOverview(*m_db, today);
        days = PlieSettingsRepository(*m_db).get().daysWithoutContact;
    });
    if (!failure.isEmpty()) {
        emit readFailed(failure);
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_year = today.year();
    m_daysWithoutContact = days;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ReferentsModel::outsideNormCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const ReferentOverview& row) {
        return outsideCaseloadNorm(row.openPathways);
    }));
}

int ReferentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ReferentsModel::number(const ReferentOverview& row, int column)
{
    switch (column) {
    case OpenPathways: return row.openPathways;
    case WithoutContact: return row.withoutContact;
    case Overdue: return row.overdue;
    case Entries: return row.entries;
    case Exits: return row.exits;
    }
    return 0;
}

QVariant ReferentsModel::display(const ReferentOverview& row, int column) const
{
    if (column == Name)
        return toQString(row.name);
    if (column == OpenPathways) {
        // The word says it to whoever does not see the colour.
        if (row.openPathways < kCaseloadNormLow)
            return tr("%1 — below the norm").arg(row.openPathways);
        if (row.openPathways > kCaseloadNormHigh)
            return tr("%1 — above the norm").arg(row.openPathways);
    }
    return number(row, column);
}

QVariant ReferentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReferentOverview& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool outside = outsideCaseloadNorm(row.openPathways);
    const bool marked = outside && index.column() == OpenPathways;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::DecorationRole:
        return marked ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    case Qt::ForegroundRole: return marked ? QBrush(QColor(0xa1, 0x1d, 0x1d)) : QVariant(); // above 4.5:1 on white
    case Qt::FontRole:
        if (marked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OpenPathways)
            return tr("%1 open pathways; the norm: a case worker follows %2 to %3.")
                .arg(row.openPathways)
                .arg(kCaseloadNormLow)
                .arg(kCaseloadNormHigh);
        if (index.column() == Name)
            return tr("Enter or a double click shows %1's caseload.").arg(toQString(row.name));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return index.column() == Name ? QVariant(toQString(row.name).toLower()) : QVariant(number(row, index.column()));
    case OutsideNormRole: return outside;
    case ReferentNameRole: return toQString(row.name);
    default: return {};
    }
}

QVariant ReferentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Case worker");
        case OpenPathways: return tr("Open pathways");
        case WithoutContact: return tr("No contact for %n days", nullptr, m_daysWithoutContact);
        case Overdue: return tr("To do overdue");
        case Entries: return tr("Entries %1").arg(m_year);
        case Exits: return tr("Exits %1").arg(m_year);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OpenPathways:
            return tr("Pathways entered and not exited; the norm is %1 to %2 per case worker.")
                .arg(kCaseloadNormLow)
                .arg(kCaseloadNormHigh);
        case WithoutContact:
            return tr("People in a pathway, not on hold, without a contact for the PLIE's number of days "
                      "(Parcours › Days without a contact…).");
        case Overdue: return tr("Items of « To do » due before today.");
        case Entries: return tr("Pathways entered since 1 January.");
        case Exits: return tr("Pathways exited since 1 January.");
        }
    }
    if (role == Qt::TextAlignmentRole && section != Name)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

} // namespace parcours::ui
