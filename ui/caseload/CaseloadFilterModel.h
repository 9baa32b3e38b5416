// The caseload as the référent.e narrows it: search as you type, status and référent.e filters, sorting.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace parcours::ui {

class CaseloadFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Which pathways to show; Open (« en cours ») is every one but the exited.
    enum class StatusFilter { Open, Active, OnHold, InFollowUp, Exited, All };

    // Sorts by CaseloadModel::SortRole.
    explicit CaseloadFilterModel(QObject* parent = nullptr);

    // Rows whose names, city or France Travail id hold every word of `query`, accents and case aside.
    void setSearchText(const QString& query);
    void setStatusFilter(StatusFilter filter);
    // Only the participants of that référent.e; an empty name shows everyone's.
    void setReferentFilter(const QString& referentName);

    StatusFilter statusFilter() const { return m_status; }
    QString referentFilter() const { return m_referent; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    StatusFilter m_status = StatusFilter::Open;
    QString m_referent;
};

} // namespace parcours::ui
