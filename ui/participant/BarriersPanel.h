// The barriers (freins) of the pathway: open ones first, each moved from identified to in progress to lifted.
#pragma once

#include "domain/Barrier.h"
#include "ui/participant/FilePanel.h"

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableView;

namespace parcours::ui {

class RecordListModel;

class BarriersPanel : public FilePanel {
    Q_OBJECT

public:
    BarriersPanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    bool saveEdits() override;
    void cancelEdit() override;
    // The chosen barrier one status further (identifié → en cours → levé today), saved at once.
    bool advanceSelected();
    // Starts a new barrier in the form.
    void startNew();
    // Loads the barrier of that row into the form.
    void select(int row);

    RecordListModel* model() const { return m_model; }
    QComboBox* categoryField() const { return m_category; }
    QComboBox* statusField() const { return m_status; }
    QDateEdit* identifiedField() const { return m_identified; }
    QDateEdit* liftedField() const { return m_lifted; }

protected:
    void refresh() override;

private:
    void clearForm();
    void showBarrier(const Barrier& barrier);
    bool write(Barrier after, const QString& actionText);
    const Barrier* stored(RowId id) const;

    RecordListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_identified = nullptr;
    QDateEdit* m_lifted = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_advance = nullptr;
    std::vector<Barrier> m_barriers;
    RowId m_editingId = 0;
};

} // namespace parcours::ui
