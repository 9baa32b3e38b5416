// The caseload as the référent.e narrows it: search as you type, status and référent.e filters, sorting.
#include "ui/caseload/CaseloadFilterModel.h"

#include "domain/Codes.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/caseload/SearchText.h"

namespace parcours::ui {

CaseloadFilterModel::CaseloadFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortLocaleAware(false); // the model's sort keys already set accents and case aside
    setDynamicSortFilter(true);
}

void CaseloadFilterModel::setSearchText(const QString& query)
{
    QStringList words = searchWords(query);
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateFilter();
}

void CaseloadFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void CaseloadFilterModel::setReferentFilter(const QString& referentName)
{
    if (referentName == m_referent)
        return;
    m_referent = referentName;
    invalidateFilter();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    const int status = source->data(index, CaseloadModel::StatusRole).toInt();
    switch (m_status) {
    case StatusFilter::Open:
        if (status == static_cast<int>(PathwayStatus::Exited))
            return false;
        break;
    case StatusFilter::Active:
        if (status != static_cast<int>(PathwayStatus::Active))
            return false;
        break;
    case StatusFilter::OnHold:
        if (status != static_cast<int>(PathwayStatus::OnHold))
            return false;
        break;
    case StatusFilter::InFollowUp:
        if (status != static_cast<int>(PathwayStatus::InFollowUp))
            return false;
        break;
    case StatusFilter::Exited:
        if (status != static_cast<int>(PathwayStatus::Exited))
            return false;
        break;
    case StatusFilter::All: break;
    }
    if (!m_referent.isEmpty() && source->data(index, CaseloadModel::ReferentNameRole).toString() != m_referent)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = source->data(index, CaseloadModel::SearchKeyRole).toString();
    for (const QString& word : m_words)
        if (!key.contains(word))
            return false;
    return true;
}

} // namespace parcours::ui
