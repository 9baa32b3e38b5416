// Saving the caseload on screen: the file chosen, its format from its suffix, the core writes it.
#include "ui/caseload/CaseloadExport.h"

#include "sheets/CaseloadSheet.h"
#include "sheets/SheetFiles.h"
#include "store/ReadTraces.h"
#include "store/StoreError.h"
#include "ui/caseload/CaseloadModel.h"
#include "ui/common/CoreConversions.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSortFilterProxyModel>

namespace parcours::ui {

std::vector<CaseloadRow> shownCaseloadRows(const QSortFilterProxyModel& shown)
{
    std::vector<CaseloadRow> rows;
    const auto* source = qobject_cast<const CaseloadModel*>(shown.sourceModel());
    if (!source)
        return rows;
    rows.reserve(static_cast<std::size_t>(shown.rowCount()));
    for (int row = 0; row < shown.rowCount(); ++row)
        rows.push_back(source->caseloadRow(shown.mapToSource(shown.index(row, 0)).row()));
    return rows;
}

QString exportCaseload(QWidget* parent, Database& db, const Clock& clock, const std::vector<CaseloadRow>& rows,
                       const QString& startFolder)
{
    const QString xlsxFilter = QCoreApplication::translate("CaseloadExport", "Excel workbook (*.xlsx)");
    const QString csvFilter = QCoreApplication::translate("CaseloadExport", "CSV for spreadsheets (*.csv)");
    QString chosenFilter = xlsxFilter;
    const QString folder = startFolder.isEmpty() ? QDir::homePath() : startFolder;
    QString path =
        FileDialogs::saveFile(parent, QCoreApplication::translate("CaseloadExport", "Save the list of participants"),
                              QDir(folder).filePath(QCoreApplication::translate("CaseloadExport", "participants",
                                                                                "file name of the saved list")
                                                    + QStringLiteral(".xlsx")),
                              xlsxFilter + QStringLiteral(";;") + csvFilter, &chosenFilter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool csv = suffix == QLatin1String("csv");
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        csv = chosenFilter == csvFilter;
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    try {
        const Sheet sheet = caseloadSheet(rows);
        if (csv)
            writeCsv(toPath(path), sheet);
        else
            writeXlsx(toPath(path), {sheet});
    } catch (const SheetWriteError& error) {
        MessageBox::critical(parent, QCoreApplication::translate("CaseloadExport", "List not saved"),
                             QString::fromUtf8(error.what()));
        return {};
    }
    std::vector<RowId> exported;
    exported.reserve(rows.size());
    for (const CaseloadRow& row : rows)
        exported.push_back(row.participantId);
    try {
        readtraces::recordForIds(db, clock, exported, ReadAction::Export, QFileInfo(path).fileName().toStdString());
    } catch (const StoreError& error) {
        MessageBox::warning(
            parent, QCoreApplication::translate("CaseloadExport", "Export not traced"),
            QCoreApplication::translate("CaseloadExport", "The list is saved, but its trace could not be recorded: %1")
                .arg(QString::fromUtf8(error.what())));
    }
    return path;
}

} // namespace parcours::ui
