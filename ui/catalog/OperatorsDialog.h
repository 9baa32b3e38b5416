// The catalogue of opérateurs: each with its number of steps, the actions of the one chosen,
// renamed or merged with another (each an undoable action).
#pragma once

#include "store/OperatorCatalogQuery.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace parcours::ui {

class UndoController;

class OperatorsDialog : public QDialog {
    Q_OBJECT

public:
    // Reads and writes `undo`'s database; its actions go on `undo`'s stack, and the lists are
    // read again after every change (an undo included).
    explicit OperatorsDialog(UndoController& undo, QWidget* parent = nullptr);

    QTableWidget* operatorsTable() const { return m_operators; }
    QTableWidget* actionsTable() const { return m_actions; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* mergeButton() const { return m_merge; }

    // Selects the opérateur of that name; false when there is none.
    bool selectOperator(const QString& name);
    // The chosen opérateur, nullptr when none.
    const OperatorEntry* selectedOperator() const;
    // Renames the chosen opérateur; false (the reason shown) when refused.
    bool renameSelected(const QString& name);
    // Moves the chosen opérateur's steps to `into` and deletes it; false (the reason shown) when refused.
    bool mergeSelectedInto(RowId into);

private:
    void reload();
    void showActions();
    void askForNewName();
    void askForMergeTarget();

    UndoController& m_undo;
    std::vector<OperatorEntry> m_catalog;
    QTableWidget* m_operators = nullptr;
    QTableWidget* m_actions = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace parcours::ui
