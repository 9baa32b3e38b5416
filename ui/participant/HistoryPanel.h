// The history of the participant file: who changed what and when, newest first, in words.
#pragma once

#include "domain/RecordIdentity.h"

#include <QWidget>

#include <string>

class QLabel;
class QListView;

namespace parcours {
class Clock;
class Database;
} // namespace parcours

namespace parcours::ui {

class HistoryModel;

class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    HistoryPanel(Database& db, const Clock& clock, RowId participantId, QWidget* parent = nullptr);

    // Reads the file's history again. When the store cannot be read, says so above the list
    // and keeps the lines it showed.
    void reload();

    HistoryModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    // The message above the list when the last reload failed; empty otherwise.
    QString failure() const;

private:
    Database& m_db;
    const Clock& m_clock;
    RowId m_participantId;
    std::string m_participantUuid; // found at the first reload that reads it
    HistoryModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_failure = nullptr;
};

} // namespace parcours::ui
