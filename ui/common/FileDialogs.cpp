// File and folder choosers through one door: shown to the user, or answered at once in tests.
#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>

namespace parcours::ui {

namespace {

struct State {
    bool automatic = false;
    QString answer;
    QString lastTitle;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

QString FileDialogs::existingFolder(QWidget* parent, const QString& title, const QString& startFolder)
{
    State& s = state();
    s.lastTitle = title;
    if (s.automatic)
        return s.answer;
    return QFileDialog::getExistingDirectory(parent, title, startFolder.isEmpty() ? QDir::homePath() : startFolder);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                              const QString& filters, QString* selectedFilter)
{
    State& s = state();
    s.lastTitle = title;
    if (s.automatic)
        return s.answer;
    return QFileDialog::getSaveFileName(parent, title, suggestedPath.isEmpty() ? QDir::homePath() : suggestedPath,
                                        filters, selectedFilter);
}

QString FileDialogs::existingFile(QWidget* parent, const QString& title, const QString& startFolder,
                                  const QString& filters)
{
    State& s = state();
    s.lastTitle = title;
    if (s.automatic)
        return s.answer;
    return QFileDialog::getOpenFileName(parent, title, startFolder.isEmpty() ? QDir::homePath() : startFolder,
                                        filters);
}

void FileDialogs::answerAutomatically(const QString& answer)
{
    state().automatic = true;
    state().answer = answer;
}

void FileDialogs::showToUser()
{
    state().automatic = false;
}

QString FileDialogs::lastTitle()
{
    return state().lastTitle;
}

} // namespace parcours::ui
