// Asking for a passphrase: to open an encrypted base, or to choose one (a new base, « Protéger
// la base… », « Changer la phrase de passe… ») with its strength and the warning that a
// forgotten one cannot be recovered.
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace parcours::ui {

class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose {
        Open,        // the passphrase of an encrypted base
        NewDatabase, // a new base: encrypted by default, or plain if the user unticks it
        Protect,     // encrypting a plain base
        Change       // a new passphrase for an encrypted base
    };

    // `database`: the file, as shown to the user. `problem`: shown in red (a wrong passphrase).
    PassphraseDialog(Purpose purpose, const QString& database, const QString& problem = {}, QWidget* parent = nullptr);

    QString passphrase() const;
    // NewDatabase: whether the user kept « Protect with a passphrase » ticked; true otherwise.
    bool protects() const;

private:
    void updateState();

    Purpose m_purpose;
    QCheckBox* m_protect = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_mismatch = nullptr;
    QWidget* m_choice = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace parcours::ui
