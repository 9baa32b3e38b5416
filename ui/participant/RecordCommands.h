// The undoable edits of the participant file: each one really writes, and undoes, through the repositories.
#pragma once

#include "domain/Barrier.h"
#include "domain/Clock.h"
#include "domain/Contact.h"
#include "domain/Participant.h"
#include "domain/Step.h"

#include <QString>
#include <QUndoCommand>
#include <functional>
#include <map>
#include <memory>

namespace parcours {
class Database;
}

namespace parcours::ui {

// Undoing an add removes the row; redoing it inserts it again, and SQLite may give it
// another id. Later edits of that row still name the first id: they look it up here.
class RecordIds {
public:
    void moved(const char* table, RowId from, RowId to);
    RowId current(const char* table, RowId id) const;

private:
    std::map<std::pair<std::string, RowId>, RowId> m_moves;
};

// What the commands share: the database, the clock, the id moves, and what to do once
// the database has changed (reload the panels, tell the main window).
struct CommandContext {
    Database& db;
    const Clock& clock;
    RecordIds ids;
    std::function<void()> changed;
    std::function<void(const QString&)> failed; // an undo or redo the store refused
};

// The record has already been added (its panel did it, to show the rules' messages);
// the command's first redo does nothing.
template <typename Record>
class AddRecordCommand : public QUndoCommand {
public:
    AddRecordCommand(CommandContext& context, Record added, const QString& text);
    void undo() override;
    void redo() override;

private:
    CommandContext& m_context;
    Record m_record;
    bool m_firstRedo = true;
};

// The record has already been updated from `before` to `after`.
template <typename Record>
class EditRecordCommand : public QUndoCommand {
public:
    EditRecordCommand(CommandContext& context, Record before, Record after, const QString& text);
    void undo() override;
    void redo() override;

private:
    void write(Record record);
    CommandContext& m_context;
    Record m_before;
    Record m_after;
    bool m_firstRedo = true;
};

// Writes `after` through its repository: an update of `before` when there is one, an add
// otherwise (`after` then gets its id). Returns the undo command of that write, to push; throws
// what the repository throws (RuleError, StoreError), nothing written.
template <typename Record>
QUndoCommand* writeRecord(CommandContext& context, const Record* before, Record& after, const QString& text);

extern template QUndoCommand* writeRecord(CommandContext&, const Barrier*, Barrier&, const QString&);
extern template QUndoCommand* writeRecord(CommandContext&, const Contact*, Contact&, const QString&);
extern template QUndoCommand* writeRecord(CommandContext&, const Step*, Step&, const QString&);
extern template class AddRecordCommand<Barrier>;
extern template class AddRecordCommand<Contact>;
extern template class AddRecordCommand<Step>;
extern template class EditRecordCommand<Barrier>;
extern template class EditRecordCommand<Contact>;
extern template class EditRecordCommand<Step>;
extern template class EditRecordCommand<Participant>;

} // namespace parcours::ui
