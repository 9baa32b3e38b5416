// « Fichier › Verrouillage… »: after how many minutes without input Parcours locks, and the
// lock code that unlocks the window of a plain base.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parcours::ui {

class LockSettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `encrypted`: the base has a passphrase, which unlocks; the code is then not needed.
    LockSettingsDialog(bool encrypted, QWidget* parent = nullptr);

    // Saves the minutes and, when typed, the new code (WindowLock::setIdleMinutes, LockCode::set).
    void accept() override;

private:
    void updateState();

    QSpinBox* m_minutes;
    QLineEdit* m_code;
    QLineEdit* m_again;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
