// The participant's identity and contact details, edited and saved as one, and their situation at entry.
#pragma once

#include "domain/Participant.h"
#include "ui/participant/FilePanel.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours::ui {

class IdentityPanel : public FilePanel {
    Q_OBJECT

public:
    IdentityPanel(const FileContext& context, RowId participantId, QWidget* parent = nullptr);

    bool saveEdits() override;
    void cancelEdit() override;
    const std::optional<Participant>& participant() const { return m_participant; }

    QLineEdit* lastNameField() const { return m_lastName; }
    QLineEdit* firstNameField() const { return m_firstName; }
    QLineEdit* postcodeField() const { return m_postcode; }
    QLineEdit* phoneField() const { return m_phone; }
    // « Information RGPD remise le » : its lowest date shows « not given » (no date).
    QDateEdit* informationDateField() const { return m_informationDate; }
    QLabel* situationText() const { return m_situation; }

protected:
    void refresh() override;

private:
    void showParticipant();

    std::optional<Participant> m_participant;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_firstName = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QCheckBox* m_qpv = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_franceTravailId = nullptr;
    QDateEdit* m_informationDate = nullptr;
    QLabel* m_situation = nullptr;
};

} // namespace parcours::ui
