// The one way the interface asks for a passphrase, so that tests can answer instead of a person.
#pragma once

#include "store/DatabaseKey.h"
#include "ui/privacy/PassphraseDialog.h"

#include <QString>

#include <initializer_list>
#include <optional>

class QWidget;

namespace parcours::ui {

class PassphrasePrompt {
public:
    using Purpose = PassphraseDialog::Purpose;

    // The key the user typed for `purpose` on `database`; an empty key when they chose a plain new
    // base (NewDatabase only); nullopt when they cancelled. `problem`: why they are asked again.
    static std::optional<DatabaseKey> ask(QWidget* parent, Purpose purpose, const QString& database,
                                          const QString& problem = {});

    // For tests: from now on, no dialog is shown; each is answered at once with `passphrase`
    // (an empty one chooses a plain new base), or cancelled when nullopt.
    static void answerAutomatically(const std::optional<QString>& passphrase);
    // For tests: the next questions are answered with these, in order, before the standing answer
    // of answerAutomatically (a person retyping a passphrase, then giving up, say).
    static void answerNext(std::initializer_list<std::optional<QString>> answers);
    // Back to showing the dialog to the user.
    static void showToUser();
    // How many times a passphrase was asked for, and the problem shown the last time.
    static int timesAsked();
    static QString lastProblem();
};

} // namespace parcours::ui
