// The one way the interface shows message boxes, so that tests can answer them instead of a person.
#pragma once

#include <QMessageBox>
#include <QString>

namespace parcours::ui {

class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget* parent, const QString& title, const QString& text);
    // « Enregistrer les modifications ? »: Save, Discard or Cancel, the buttons labelled by
    // Parcours's own translation (Enregistrer / Ne pas enregistrer / Annuler), Save by default.
    static Button askToSaveChanges(QWidget* parent, const QString& title, const QString& text);
    // « Abandonner la saisie ? »: Discard (« Abandonner ») or Cancel (« Continuer la saisie »), Cancel by default.
    static Button askToDiscard(QWidget* parent, const QString& title, const QString& text);
    // « Doublon probable »: Open (« Ouvrir un nouveau parcours » for the person already
    // followed), Yes (« Créer quand même ») or Cancel, Cancel by default.
    static Button askAboutDuplicate(QWidget* parent, const QString& title, const QString& text);
    // A choice between two actions named by the caller (already translated): Yes for `accept`,
    // Cancel (Esc) for `reject`, Cancel by default.
    static Button askToChoose(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                              const QString& accept, const QString& reject);

    // For tests: from now on, no box is shown; each one is answered with `answer` at once.
    static void answerAutomatically(Button answer);
    // Back to showing the boxes to the user.
    static void showToUser();
    // The title and text of the last box asked for (shown or answered), for tests to check.
    static QString lastTitle();
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace parcours::ui
