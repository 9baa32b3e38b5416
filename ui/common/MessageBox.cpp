// Message boxes through one door: shown to the user, or answered at once in tests.
#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace parcours::ui {

namespace {

struct State {
    bool automatic = false;
    MessageBox::Button answer = QMessageBox::NoButton;
    QString lastTitle;
    QString lastText;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (!s.automatic)
        QMessageBox::about(parent, title, text);
}

namespace {

struct Labelled {
    MessageBox::Button button;
    const char* label; // QT_TRANSLATE_NOOP("MessageBox", …)
};

// A box of our own buttons, each labelled in Parcours's words; Cancel (Esc) ends it unanswered.
// Answered at once, unseen, when a test asked so.
MessageBox::Button askWith(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                           std::initializer_list<Labelled> buttons, MessageBox::Button defaultButton)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;
    MessageBox::Buttons all;
    for (const Labelled& b : buttons)
        all |= b.button;
    QMessageBox box(icon, title, text, all, parent);
    for (const Labelled& b : buttons)
        box.button(b.button)->setText(QCoreApplication::translate("MessageBox", b.label));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<MessageBox::Button>(box.exec());
}

} // namespace

MessageBox::Button MessageBox::askToSaveChanges(QWidget* parent, const QString& title, const QString& text)
{
    return askWith(QMessageBox::Question, parent, title, text,
                   {{QMessageBox::Save, QT_TRANSLATE_NOOP("MessageBox", "Save")},
                    {QMessageBox::Discard, QT_TRANSLATE_NOOP("MessageBox", "Don't save")},
                    {QMessageBox::Cancel, QT_TRANSLATE_NOOP("MessageBox", "Cancel")}},
                   QMessageBox::Save);
}

MessageBox::Button MessageBox::askToDiscard(QWidget* parent, const QString& title, const QString& text)
{
    return askWith(QMessageBox::Question, parent, title, text,
                   {{QMessageBox::Discard, QT_TRANSLATE_NOOP("MessageBox", "Discard")},
                    {QMessageBox::Cancel, QT_TRANSLATE_NOOP("MessageBox", "Keep editing")}},
                   QMessageBox::Cancel);
}

MessageBox::Button MessageBox::askAboutDuplicate(QWidget* parent, const QString& title, const QString& text)
{
    return askWith(QMessageBox::Warning, parent, title, text,
                   {{QMessageBox::Open, QT_TRANSLATE_NOOP("MessageBox", "Open a new pathway")},
                    {QMessageBox::Yes, QT_TRANSLATE_NOOP("MessageBox", "Create anyway")},
                    {QMessageBox::Cancel, QT_TRANSLATE_NOOP("MessageBox", "Cancel")}},
                   QMessageBox::Cancel);
}

MessageBox::Button MessageBox::askToChoose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                           const QString& text, const QString& accept, const QString& reject)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;
    QMessageBox box(icon, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Yes)->setText(accept);
    box.button(QMessageBox::Cancel)->setText(reject);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<Button>(box.exec());
}

void MessageBox::answerAutomatically(Button answer)
{
    state().automatic = true;
    state().answer = answer;
}

void MessageBox::showToUser()
{
    state().automatic = false;
}

QString MessageBox::lastTitle()
{
    return state().lastTitle;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

} // namespace parcours::ui
