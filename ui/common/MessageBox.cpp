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

MessageBox::Button MessageBox::askToSaveChanges(QWidget* parent, const QString& title, const QString& text)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;
    QMessageBox box(QMessageBox::Question, title, text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Save)->setText(QCoreApplication::translate("MessageBox", "Save"));
    box.button(QMessageBox::Discard)->setText(QCoreApplication::translate("MessageBox", "Don't save"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBox", "Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::askToDiscard(QWidget* parent, const QString& title, const QString& text)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Discard)->setText(QCoreApplication::translate("MessageBox", "Discard"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBox", "Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::askAboutDuplicate(QWidget* parent, const QString& title, const QString& text)
{
    State& s = state();
    s.lastTitle = title;
    s.lastText = text;
    if (s.automatic)
        return s.answer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Open | QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.button(QMessageBox::Open)->setText(QCoreApplication::translate("MessageBox", "Open a new pathway"));
    box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("MessageBox", "Create anyway"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBox", "Cancel"));
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
