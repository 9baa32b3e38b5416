// The caseload on screen saved as a spreadsheet (XLSX or CSV), through the core's caseloadSheet.
#pragma once

#include "domain/Clock.h"
#include "store/CaseloadQuery.h"

#include <QString>

#include <vector>

class QSortFilterProxyModel;
class QWidget;

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

// The rows that `shown` (a proxy over a CaseloadModel, such as CaseloadView::filterModel())
// shows, in its order: what the table shows after the search, the filters and the sort.
std::vector<CaseloadRow> shownCaseloadRows(const QSortFilterProxyModel& shown);

// Asks where to save `rows` (« Classeur Excel (*.xlsx) » or « CSV (*.csv) »; the file's suffix
// decides, XLSX when it has none), writes them through the core (whole or not at all), and says
// why in a message box when that fails. Each person of the list gets an « export » read trace
// naming the file, all in one transaction (ReadTraces.h). Returns the file written; empty when
// cancelled or failed.
QString exportCaseload(QWidget* parent, Database& db, const Clock& clock, const std::vector<CaseloadRow>& rows,
                       const QString& startFolder = {});

} // namespace parcours::ui
