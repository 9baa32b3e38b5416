// « À faire »'s rows: core's items as they come, with the référent.e's words for their kinds.
#include "ui/agenda/AgendaModel.h"

#include "domain/Clock.h"
#include "store/AgendaQuery.h"
#include "store/ReferentRepository.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/DomainLabels.h"
#include "ui/common/StoreReads.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace parcours::ui {

AgendaModel::AgendaModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(&db), m_clock(clock), m_today(clock.today())
{
    reload();
}

void AgendaModel::setDatabase(Database& db)
{
    m_db = &db;
    reload();
}

void AgendaModel::setReferent(const QString& name)
{
    m_referent = name;
    reload();
}

void AgendaModel::reload()
{
    std::vector<AgendaItem> items;
    QStringList names;
    const Date today = m_clock.today();
    const QString failure = readFailure([&] {
        for (const parcours::Referent& known : ReferentRepository(*m_db, m_clock).all())
            names << toQString(known.name);
        std::optional<RowId> referent;
        if (!m_referent.isEmpty()) {
            const auto known = ReferentRepository(*m_db, m_clock).findByName(m_referent.toStdString());
            if (!known)
                return; // nobody followed by that name here: nothing due
            referent = known->record.id;
        }
        items = loadAgenda(*m_db, today, referent);
    });
    if (!failure.isEmpty()) {
        emit readFailed(failure);
        return;
    }
    beginResetModel();
    m_today = today;
    m_items = std::move(items);
    m_referentNames = std::move(names);
    endResetModel();
}

int AgendaModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [&](const AgendaItem& item) { return item.due < m_today; }));
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::kindText(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::SansEntretien: return tr("No contact");
    case AgendaKind::PointSuivi: return tr("Follow-up check-in");
    case AgendaKind::ValidationSixMois: return tr("Six-month validation");
    case AgendaKind::FinEtape: return tr("Step ending");
    case AgendaKind::VeilleLongue: return tr("Long hold");
    case AgendaKind::Action: return tr("Planned action");
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AgendaItem& item = m_items[static_cast<std::size_t>(index.row())];
    const bool overdue = item.due < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            if (item.due == m_today)
                return tr("Today");
            return overdue ? tr("%1 (overdue)").arg(dateText(item.due)) : dateText(item.due);
        case Person: return toQString(item.lastName) + QStringLiteral(" ") + toQString(item.firstName);
        case What: return kindText(item.kind) + QStringLiteral(" — ") + toQString(item.detail);
        case Referent: return toQString(item.referent);
        }
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // A dark red that keeps a contrast above 4.5:1 on white.
        return overdue && index.column() == Due ? QBrush(QColor(0xa1, 0x1d, 0x1d)) : QVariant();
    case ParticipantIdRole: return QVariant::fromValue<qlonglong>(item.participantId);
    case OverdueRole: return overdue;
    case KindRole: return static_cast<int>(item.kind);
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case Person: return tr("Participant");
    case What: return tr("What");
    case Referent: return tr("Référent.e");
    }
    return {};
}

} // namespace parcours::ui
