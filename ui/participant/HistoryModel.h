// A participant's file history as a list, newest first: one sentence per action (OperationText).
#pragma once

#include "store/Operation.h"

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
    };

    explicit HistoryModel(QObject* parent = nullptr);

    // Reads the history of the file of `participantUuid` again. Throws what the store throws
    // (StoreError, a damaged operation) and then keeps the lines it showed.
    void load(Database& db, const std::string& participantUuid);
    // Shows the history made of `operations`: one file's, oldest first (operationsOfFile).
    void setOperations(const std::vector<Operation>& operations);

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
    };

    static std::vector<Line> linesOf(const std::vector<Operation>& operations);

    std::vector<Line> m_lines;
};

} // namespace parcours::ui
