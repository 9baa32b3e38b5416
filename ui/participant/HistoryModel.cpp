// A participant's file history as a list: the operations of each action put into words, newest first.
#include "ui/participant/HistoryModel.h"

#include "store/OperationLog.h"
#include "ui/common/CoreConversions.h"
#include "ui/participant/OperationText.h"

#include <QFont>

#include <algorithm>
#include <iterator>

namespace parcours::ui {

HistoryModel::HistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void HistoryModel::load(Database& db, const std::string& participantUuid)
{
    // Read and worded before the reset: a read that fails leaves the lines as they were.
    std::vector<Line> lines =
        linesOf(operationsOfFile(db, participantUuid), readtraces::ofParticipant(db, participantUuid));
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void HistoryModel::setOperations(const std::vector<Operation>& operations, const std::vector<ReadTrace>& traces)
{
    std::vector<Line> lines = linesOf(operations, traces);
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

QString HistoryModel::readActionText(ReadAction action)
{
    switch (action) {
    case ReadAction::Consultation: return tr("File consulted");
    case ReadAction::Impression: return tr("Fiche printed");
    case ReadAction::Export: return tr("Exported in a list");
    case ReadAction::Access: return tr("Copy given to the person");
    }
    return tr("File consulted");
}

std::vector<HistoryModel::Line> HistoryModel::linesOf(const std::vector<Operation>& operations,
                                                      const std::vector<ReadTrace>& traces)
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
            lines.push_back({at, instant, author, action, OperationText::sentence(instant, author, action), made.at});
        for (const Operation& o : change.operations)
            rows.apply(o);
        first = last;
    }
    std::vector<Line> reads;
    for (const ReadTrace& trace : traces) {
        const QString instant = OperationText::instant(trace.at);
        const QString author = OperationText::author(trace.author);
        QString action = readActionText(trace.action);
        if (!trace.detail.empty())
            action = tr("%1 (%2)", "a read of the file and what was printed or exported")
                         .arg(action, toQString(trace.detail));
        const QDateTime at = QDateTime::fromString(toQString(trace.at), Qt::ISODateWithMs).toLocalTime();
        reads.push_back({at, instant, author, action,
                         tr("%1 — %2: %3", "instant, who, a read of the file").arg(instant, author, action), trace.at,
                         true});
    }
    // Both oldest first: merged by instant, a read after a change of the same instant.
    std::vector<Line> merged;
    merged.reserve(lines.size() + reads.size());
    // (A hand-made merge: the operations keep their own order even where an operation applied
    // from another base carries an earlier instant.)
    auto read = reads.begin();
    for (Line& line : lines) {
        for (; read != reads.end() && read->utc < line.utc; ++read)
            merged.push_back(std::move(*read));
        merged.push_back(std::move(line));
    }
    std::move(read, reads.end(), std::back_inserter(merged));
    std::reverse(merged.begin(), merged.end()); // newest first
    return merged;
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
    case ReadRole: return line.read;
    case Qt::FontRole: {
        if (!line.read)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    default: return {};
    }
}

} // namespace parcours::ui
