// Passphrases through one door: the dialog shown to the user, or an answer given at once in tests.
#include "ui/privacy/PassphrasePrompt.h"

#include <deque>

namespace parcours::ui {

namespace {

struct State {
    bool automatic = false;
    std::optional<QString> answer;
    std::deque<std::optional<QString>> next;
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
    if (s.automatic || !s.next.empty()) {
        std::optional<QString> answer = s.answer;
        if (!s.next.empty()) {
            answer = s.next.front();
            s.next.pop_front();
        }
        if (!answer)
            return std::nullopt;
        return DatabaseKey(answer->toStdString());
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

void PassphrasePrompt::answerNext(std::initializer_list<std::optional<QString>> answers)
{
    state().next.assign(answers.begin(), answers.end());
}

void PassphrasePrompt::showToUser()
{
    state().automatic = false;
    state().answer.reset();
    state().next.clear();
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
