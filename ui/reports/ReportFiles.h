// Asking where to save a report's file: a suggested name, the formats offered, the last folder used.
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace parcours::ui {

struct FileFormat {
    QString description; // « Image PNG »
    QString suffix;      // png
};

// A file to write, asked through FileDialogs, starting in the folder used last for a report (the
// documents folder at first) with `suggestedName` made safe for a file name. The answer ends with
// the suffix of one of `formats`: the chosen filter's (the first's) is added when it has none of
// them. Empty when cancelled.
QString askForReportFile(QWidget* parent, const QString& title, const QString& suggestedName,
                         const QList<FileFormat>& formats);

} // namespace parcours::ui
