// The steps (étapes) of the pathway as a timeline ordered by start date, and the form to add, edit or close one.
#pragma once

#include "domain/Step.h"
#include "store/OperatorCatalogQuery.h"
#include "ui/participant/FilePanel.h"

class QCheckBox;
class QComboBox;
class QCompleter;
class QStringListModel;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parcours::ui {

class RecordListModel;

class StepsPanel : public FilePanel {
    Q_OBJECT

public:
    StepsPanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    bool saveEdits() override;
    void cancelEdit() override;
    void startNew();
    void select(int row);
    // Ends the chosen step today, saved at once.
    bool closeSelected();

    RecordListModel* model() const { return m_model; }
    QComboBox* typeField() const { return m_type; }
    QComboBox* subtypeField() const { return m_subtype; }
    QLineEdit* operatorField() const { return m_operator; }
    // The actions of the opérateur typed (from the catalogue), after a first « choose » item.
    QComboBox* actionField() const { return m_action; }
    QCompleter* operatorCompleter() const { return m_operatorCompleter; }
    // Fills label, type and subtype from the action at `index` of actionField() (0: nothing).
    void chooseAction(int index);
    QLineEdit* labelField() const { return m_label; }
    QDateEdit* startField() const { return m_start; }
    QCheckBox* endedField() const { return m_ended; }
    QDateEdit* endField() const { return m_end; }

protected:
    void refresh() override;

private:
    void clearForm();
    void showStep(const Step& step);
    void fillSubtypes(StepType type, StepSubtype chosen);
    bool write(Step after, const QString& actionText);
    void offerActionsOf(const QString& operatorName);
    const Step* stored(RowId id) const;

    RecordListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_subtype = nullptr;
    QLineEdit* m_operator = nullptr;
    QCompleter* m_operatorCompleter = nullptr;
    QStringListModel* m_operatorNames = nullptr;
    QComboBox* m_action = nullptr;
    std::vector<OperatorEntry> m_catalog;
    QLineEdit* m_label = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_ended = nullptr;
    QDateEdit* m_end = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    std::vector<Step> m_steps;
    RowId m_editingId = 0;
};

} // namespace parcours::ui
