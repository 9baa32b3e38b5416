// The contacts journal (entretiens) of the pathway: the list, newest first, each note in full, and the entry to log or edit one.
#pragma once

#include "domain/Contact.h"
#include "ui/participant/FilePanel.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace parcours::ui {

class RecordListModel;

class ContactsPanel : public FilePanel {
    Q_OBJECT

public:
    ContactsPanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    // Ctrl+L: a new entry dated today, by phone, the cursor in the note (several lines; Ctrl+Enter saves).
    void startQuickLog();
    bool saveEdits() override;
    void cancelEdit() override;

    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QDateEdit* dateField() const { return m_date; }
    QComboBox* modeField() const { return m_mode; }

protected:
    void refresh() override;
    bool eventFilter(QObject* watched, QEvent* event) override; // Ctrl+Enter in the note saves

private:
    void editSelected();
    void clearForm();

    RecordListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_mode = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    std::vector<Contact> m_contacts;
    RowId m_editingId = 0; // 0: a new contact
};

} // namespace parcours::ui
