// The « Parcours » section of a file: the pathway's state (entry, référent.e, status, the
// earlier pathways), its turns (hold and resume, hire, six-month validation, broken contract,
// exit, situation at entry) and its planned actions. Every turn is a core use case, undone
// like any other change.
#pragma once

#include "ui/participant/FilePanel.h"

class QLabel;
class QPushButton;
class QTableView;

namespace parcours::ui {

class RecordListModel;

class PathwayPanel : public FilePanel {
    Q_OBJECT

public:
    PathwayPanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    bool saveEdits() override { return true; } // each turn saves from its own form
    void cancelEdit() override {}

    // The state line as shown, for tests: « En emploi – suivi jusqu'au 29/02/2024 »…
    QString stateText() const;
    // « Entry waiting for validation » or « Entry refused: <reason> »; empty when validated or
    // not subject to validation (the line is then hidden).
    QString entryValidationText() const;
    QPushButton* button(const QString& objectName) const;
    RecordListModel& actions() const { return *m_actionsModel; }

protected:
    void refresh() override;

private:
    QPushButton* addTurn(const QString& objectName, const QString& text, void (PathwayPanel::*turn)());
    void putOnHold();
    void resume();
    void hire();
    void validate();
    void breakContract();
    void exit();
    void editSituation();
    void openNewPathway();
    void planAction();
    void toggleActionDone();
    void deleteAction();
    RowId selectedAction() const;

    QLabel* m_state;
    QLabel* m_entryValidation;
    QLabel* m_details;
    QTableView* m_actionsView;
    RecordListModel* m_actionsModel;
    QList<QPushButton*> m_turns;
};

} // namespace parcours::ui
