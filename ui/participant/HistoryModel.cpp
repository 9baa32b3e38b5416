// A participant's file history as a list: the operations of each action put into words, newest first.
#include "ui/participant/HistoryModel.h"

#include "store/OperationLog.h"
#include "ui/common/CoreConversions.h"
#include "ui/participant/OperationText.h"

#include <algorithm>

namespace parcours::ui {

HistoryModel::HistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void HistoryModel::load(Database& db, const std::string& participantUuid)
{
    // Read and worded before the reset: a read that fails leaves the lines as they were.
    std::vector<Line> lines = linesOf(operationsOfFile(db, participantUuid));
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void HistoryModel::setOperations(const std::vector<Operation>& operations)
{
    std::vector<Line> lines = linesOf(operations);
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

std::vector<HistoryModel::Line> HistoryModel::linesOf(const std::vector<Operation>& operations)
{
    std::vector<Line> lines;
    FileRows rows;
    // The operations of one action follow each other: each run of one `change` is one action.
    for (auto first = operations.begin(); first != operations.end();) {
        const auto last =
            std::find_if(first, operations.end(), [&](const Operation& o) { return o.change != first->change; });
        const Change change{first->change, std::vector<Operation>(first, last)};
        const Operation& made = change.operations.front();
        const QString instant = OperationText::instant(made.at);
        const QString author = OperationText::author(made.author);
        const QDateTime at = QDateTime::fromString(toQString(made.at), Qt::ISODateWithMs).toLocalTime();
        for (const QString& action : OperationText::actions(change, rows))
            lines.push_back({at, instant, author, action, OperationText::sentence(instant, author, action)});
        for (const Operation& o : change.operations)
            rows.apply(o);
        first = last;
    }
    std::reverse(lines.begin(), lines.end()); // newest first
    return lines;
}

QStringList HistoryModel::sentences() const
{
    QStringList result;
    for (const Line& line : m_lines)
        result << line.sentence;
    return result;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return line.sentence;
    case Qt::ToolTipRole: return line.sentence; // a long line cut by a narrow panel
    case InstantRole: return line.at;
    case AuthorRole: return line.author;
    case ActionRole: return line.action;
    default: return {};
    }
}

} // namespace parcours::ui
