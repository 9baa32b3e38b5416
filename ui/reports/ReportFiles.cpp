// The save dialog of the reports, through the FileDialogs facade, remembering its folder.
#include "ui/reports/ReportFiles.h"

#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

namespace parcours::ui {

namespace {

const QString kFolderKey = QStringLiteral("reports/lastFolder");

QString filterOf(const FileFormat& format)
{
    return QStringLiteral("%1 (*.%2)").arg(format.description, format.suffix);
}

} // namespace

QString askForReportFile(QWidget* parent, const QString& title, const QString& suggestedName,
                         const QList<FileFormat>& formats)
{
    QSettings settings;
    QString folder = settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    name = name.simplified();
    QStringList filters;
    for (const FileFormat& format : formats)
        filters << filterOf(format);
    QString selected = filters.value(0);
    const QString suggested = QDir(folder).filePath(name + QLatin1Char('.') + formats.value(0).suffix);
    QString path = FileDialogs::saveFile(parent, title, suggested, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix();
    const bool known = std::any_of(formats.begin(), formats.end(), [&suffix](const FileFormat& format) {
        return suffix.compare(format.suffix, Qt::CaseInsensitive) == 0;
    });
    if (!known) {
        const qsizetype chosen = filters.indexOf(selected);
        path += QLatin1Char('.') + formats.value(chosen < 0 ? 0 : chosen).suffix;
    }
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace parcours::ui
