// The one way the interface asks for files and folders, so that tests can answer instead of a person.
#pragma once

#include <QString>

class QWidget;

namespace parcours::ui {

class FileDialogs {
public:
    // An existing folder chosen by the user, starting in `startFolder`; empty when cancelled.
    static QString existingFolder(QWidget* parent, const QString& title, const QString& startFolder = {});
    // A file to write, chosen by the user, starting at `suggestedPath` (a folder, or a file name in
    // one), offering `filters` ("PDF document (*.pdf);;PNG image (*.png)"); the filter chosen goes
    // to `selectedFilter` when given. Empty when cancelled. The system's dialog asks before
    // replacing a file.
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filters,
                            QString* selectedFilter = nullptr);
    // An existing file to read, chosen by the user, starting in `startFolder`, offering `filters`.
    // Empty when cancelled.
    static QString existingFile(QWidget* parent, const QString& title, const QString& startFolder,
                                const QString& filters);

    // For tests: from now on, no dialog is shown; each one is answered with `answer` at once
    // (an empty answer is a cancel).
    static void answerAutomatically(const QString& answer);
    // Back to showing the dialogs to the user.
    static void showToUser();
    // The title of the last dialog asked for (shown or answered), for tests to check.
    static QString lastTitle();
};

} // namespace parcours::ui
