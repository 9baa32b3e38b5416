// Creating a participant with their first pathway: identity, référent.e, entry and situation, after a duplicate check.
#pragma once

#include "domain/Clock.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"
#include "ui/participant/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace parcours {
class Database;
}

namespace parcours::ui {

class NewParticipantDialog : public QDialog {
    Q_OBJECT

public:
    // `referent`: the référent.e to preselect (the one the caseload is narrowed to); when empty,
    // the one chosen at the last creation, if the database knows them.
    NewParticipantDialog(parcours::Database& db, const parcours::Clock& clock, const QString& referent = {},
                         QWidget* parent = nullptr);

    // The participant created, 0 when cancelled.
    parcours::RowId createdParticipantId() const { return m_createdId; }
    // The person already followed who got a new pathway instead (« Ouvrir un nouveau
    // parcours » in the duplicate warning), 0 otherwise.
    parcours::RowId reopenedParticipantId() const { return m_reopenedId; }

    // Warns of probable duplicates (asking to go on), then creates the participant and
    // their pathway in one transaction. False when refused (messages under the fields)
    // or not confirmed.
    bool create();
    void accept() override;
    // Esc, Annuler or closing: asks before throwing away a form where something was entered.
    void reject() override;
    // Something was entered (the référent.e and the entry date offered do not count).
    bool isFilled() const;

    const FieldErrors& errors() const { return m_errors; }
    QLineEdit* lastNameField() const { return m_lastName; }
    QLineEdit* firstNameField() const { return m_firstName; }
    // Typed as jj/mm/aaaa, empty until the user enters it.
    QLineEdit* birthDateField() const { return m_birthDate; }
    QComboBox* sexField() const { return m_sex; }
    QLineEdit* postcodeField() const { return m_postcode; }
    QLineEdit* cityField() const { return m_city; }
    QCheckBox* qpvField() const { return m_qpv; }
    QLineEdit* phoneField() const { return m_phone; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* franceTravailIdField() const { return m_franceTravailId; }
    QComboBox* referentField() const { return m_referent; }
    QDateEdit* entryDateField() const { return m_entryDate; }
    QComboBox* educationField() const { return m_education; }
    QCheckBox* rsaField() const { return m_rsa; }
    QCheckBox* deldField() const { return m_deld; }
    QCheckBox* rqthField() const { return m_rqth; }
    QCheckBox* otherDifficultyField() const { return m_otherDifficulty; }

private:
    Participant participantFromForm() const;
    // The birth date and the sex, which have no default: a violation each when not chosen.
    Violations missingChoices() const;
    // True to create the person; false when cancelled, or when a new pathway was opened for
    // the person already followed (reopenedParticipantId()).
    bool confirmedDespiteDuplicates(const Participant& participant, const Pathway& pathway,
                                    const std::string& referentName);
    bool openPathwayOf(const Participant& existing, Pathway pathway, const std::string& referentName);

    parcours::Database& m_db;
    const parcours::Clock& m_clock;
    parcours::RowId m_createdId = 0;
    parcours::RowId m_reopenedId = 0;
    FieldErrors m_errors;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QCheckBox* m_qpv = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_franceTravailId = nullptr;
    QComboBox* m_referent = nullptr;
    QDateEdit* m_entryDate = nullptr;
    QComboBox* m_education = nullptr;
    QCheckBox* m_rsa = nullptr;
    QCheckBox* m_deld = nullptr;
    QCheckBox* m_rqth = nullptr;
    QCheckBox* m_otherDifficulty = nullptr;
};

} // namespace parcours::ui
