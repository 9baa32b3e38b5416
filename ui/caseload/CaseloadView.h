// The caseload panel: search and filters over the sortable table of participants, or the ways to start.
#pragma once

#include "domain/RecordIdentity.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;

namespace parcours::ui {

class CaseloadFilterModel;
class CaseloadModel;
class EmptyCaseloadPanel;

class CaseloadView : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadView(CaseloadModel& model, QWidget* parent = nullptr);

    bool showsEmptyState() const;
    CaseloadFilterModel& filterModel() const { return *m_filter; }
    int shownCount() const; // rows left by the search and the filters
    QTableView& table() const { return *m_table; }
    // The participant.e.s of the rows selected (several with Ctrl or Shift), in the table's order.
    QList<RowId> selectedParticipantIds() const;

    // The référent.e who uses Parcours: the « Moi » of the référent.e filter; empty when unknown.
    void setMe(const QString& referentName);
    void focusSearch();
    // Offers « Nouvelle ou nouveau participant.e » in the empty state.
    void setNewParticipantAvailable(bool available);

    // The filters, the column widths and the sort, kept between sessions.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // The search and the filters, as words (the status's and the référent.e choice's keys).
    struct Filters {
        QString search;
        QString status = QStringLiteral("open");
        QString referent = QStringLiteral("me");
    };
    Filters filters() const;
    // Shows `filters`; Filters{} is the start: no search, current pathways, « Moi ».
    void setFilters(const Filters& filters);
    static void saveFilters(QSettings& settings, const Filters& filters);
    // The référent.e the caseload is narrowed to (« Moi » resolved); empty for everyone.
    QString filteredReferent() const;

signals:
    // From the empty state's offers.
    void importRequested();
    void demoRequested();
    void newParticipantRequested();
    // Enter or a double click on a row.
    void participantActivated(parcours::RowId participantId);
    // « Réaffecter à… » in the rows' context menu.
    void reassignRequested();
    // The search, a filter or the caseload changed what is shown.
    void shownCountChanged();

private:
    void updateEmptyState();
    void updateNoMatch();
    void fillReferentChoices();
    void applyFilters();
    void fitColumns();
    void openCurrentRow();
    void showContextMenu(const QPoint& position);
    bool eventFilter(QObject* watched, QEvent* event) override;

    CaseloadModel& m_model;
    CaseloadFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_referentFilter;
    QLabel* m_noMatch; // when the search and filters leave no one
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyCaseloadPanel* m_emptyState;
    QString m_me;
    QString m_wantedReferent = QStringLiteral("me"); // the référent.e filter's choice, even while not listed
    RowId m_currentBeforeReset = 0; // the participant to find again after a reload
    bool m_columnsSized = false; // by fitColumns() or restored: never again behind the user's back
};

} // namespace parcours::ui
