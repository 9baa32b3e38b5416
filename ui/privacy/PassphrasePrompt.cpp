// Passphrases through one door: the dialog shown to the user, or an answer given at once in tests.
#include "ui/privacy/PassphrasePrompt.h"

namespace parcours::ui {

namespace {

struct State {
    bool automatic = false;
    std::optional<QString> answer;
    int asked = 0;
    QString lastProblem;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

std::optional<DatabaseKey> PassphrasePrompt::ask(QWidget* parent, Purpose purpose, const QString& database,
                                                 const QString& problem)
{
    State& s = state();
    ++s.asked;
    s.lastProblem = problem;
    if (s.automatic) {
        if (!s.answer)
            return std::nullopt;
        return DatabaseKey(s.answer->toStdString());
    }
    PassphraseDialog dialog(purpose, database, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (!dialog.protects())
        return DatabaseKey();
    return DatabaseKey(dialog.passphrase().toStdString());
}

void PassphrasePrompt::answerAutomatically(const std::optional<QString>& passphrase)
{
    state().automatic = true;
    state().answer = passphrase;
}

void PassphrasePrompt::showToUser()
{
    state().automatic = false;
    state().answer.reset();
}

int PassphrasePrompt::timesAsked()
{
    return state().asked;
}

QString PassphrasePrompt::lastProblem()
{
    return state().lastProblem;
}

} // namespace parcours::ui
