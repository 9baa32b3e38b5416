// The entries waiting for the coordinator's validation (name, référent.e, entry date), each
// validated or refused with a reason; the refused ones on request. Each decision undoable.
#pragma once

#include "store/EntryValidationQuery.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours::ui {

class UndoController;

class EntryValidationDialog : public QDialog {
    Q_OBJECT

public:
    // Reads and writes `undo`'s database; decisions go on `undo`'s stack, and the list is read
    // again after every change (an undo included).
    explicit EntryValidationDialog(UndoController& undo, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QCheckBox* showRefusedBox() const { return m_showRefused; }
    QPushButton* validateButton() const { return m_validate; }
    QPushButton* refuseButton() const { return m_refuse; }
    // The entry of the selected row, nullptr when none.
    const EntryToValidate* selectedEntry() const;

    // Validates the selected entry; false (the reason shown) when refused.
    bool validateSelected();
    // Refuses the selected entry for `reason`; false (the reason shown) when refused, e.g. without a reason.
    bool refuseSelected(const QString& reason);

signals:
    // The person's file asked for (double-click on a row).
    void participantWanted(RowId participantId);

private:
    void reload();
    void updateButtons();
    void askForReason();

    UndoController& m_undo;
    std::vector<EntryToValidate> m_entries;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showRefused = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace parcours::ui
