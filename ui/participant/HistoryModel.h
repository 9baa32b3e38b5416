// A participant's file history as a list, newest first: one sentence per action (OperationText),
// and one per read of the file (its read traces: consultations, printings, exports, copies), marked
// as such (ReadRole, in italics).
#pragma once

#include "store/Operation.h"
#include "store/ReadTraces.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

#include <string>
#include <vector>

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::ui {

class HistoryModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        InstantRole = Qt::UserRole + 1, // the QDateTime of the action, in local time
        AuthorRole,                     // who made it, as OperationText::author names them
        ActionRole,                     // what they did: « a levé le frein Mobilité »
        ReadRole,                       // true for a read of the file (a read trace), not a change
    };

    explicit HistoryModel(QObject* parent = nullptr);

    // Reads the history of the file of `participantUuid` again, its operations and its read
    // traces. Throws what the store throws (StoreError, a damaged operation) and then keeps the
    // lines it showed.
    void load(Database& db, const std::string& participantUuid);
    // Shows the history made of `operations`: one file's, oldest first (operationsOfFile), with
    // the reads of `traces` (oldest first), all by instant.
    void setOperations(const std::vector<Operation>& operations, const std::vector<ReadTrace>& traces = {});

    // How a read of the file is named: « Consultation du dossier », « Impression de la fiche »…
    static QString readActionText(ReadAction action);

    // Every line, newest first, as shown.
    QStringList sentences() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QDateTime at;
        QString instant;
        QString author;
        QString action;
        QString sentence;
        std::string utc; // the instant as stored, for the order
        bool read = false;
    };

    static std::vector<Line> linesOf(const std::vector<Operation>& operations, const std::vector<ReadTrace>& traces);

    std::vector<Line> m_lines;
};

} // namespace parcours::ui
