// The undoable edits of the participant file, over the repositories of each kind of record.
#include "ui/participant/RecordCommands.h"

#include "domain/Rules.h"
#include "store/BarrierRepository.h"
#include "store/ContactRepository.h"
#include "store/ParticipantRepository.h"
#include "store/PathwayRepository.h"
#include "ui/common/CoreConversions.h"

#include <stdexcept>

namespace parcours::ui {

namespace {

// The repository operations of each kind of record, under one set of names.
template <typename Record>
struct Store;

template <>
struct Store<Barrier> {
    static constexpr const char* table = "barriers";
    static void add(CommandContext& c, Barrier& r) { BarrierRepository(c.db, c.clock).add(r); }
    static void update(CommandContext& c, Barrier& r) { BarrierRepository(c.db, c.clock).update(r); }
    static void remove(CommandContext& c, RowId id) { BarrierRepository(c.db, c.clock).remove(id); }
};

template <>
struct Store<Contact> {
    static constexpr const char* table = "contacts";
    static void add(CommandContext& c, Contact& r) { ContactRepository(c.db, c.clock).add(r); }
    static void update(CommandContext& c, Contact& r) { ContactRepository(c.db, c.clock).update(r); }
    static void remove(CommandContext& c, RowId id) { ContactRepository(c.db, c.clock).remove(id); }
};

template <>
struct Store<Step> {
    static constexpr const char* table = "steps";
    static void add(CommandContext& c, Step& r) { PathwayRepository(c.db, c.clock).addStep(r); }
    static void update(CommandContext& c, Step& r) { PathwayRepository(c.db, c.clock).updateStep(r); }
    static void remove(CommandContext& c, RowId id) { PathwayRepository(c.db, c.clock).removeStep(id); }
};

template <>
struct Store<Participant> {
    static constexpr const char* table = "participants";
    static void update(CommandContext& c, Participant& r) { ParticipantRepository(c.db, c.clock).update(r); }
};

// Runs `write`, then tells the file; a refusal is reported instead of thrown through Qt.
template <typename Write>
void guarded(CommandContext& context, Write write)
{
    try {
        write();
    } catch (const RuleError& error) {
        QString text;
        for (const RuleViolation& v : error.violations())
            text += toQString(v.message) + QLatin1Char('\n');
        if (context.failed)
            context.failed(text.trimmed());
    } catch (const std::exception& error) {
        if (context.failed)
            context.failed(QString::fromUtf8(error.what()));
    }
    if (context.changed)
        context.changed();
}

} // namespace

void RecordIds::moved(const char* table, RowId from, RowId to)
{
    if (from != to)
        m_moves[{table, from}] = to;
}

RowId RecordIds::current(const char* table, RowId id) const
{
    for (int hops = 0; hops < 1000; ++hops) { // a bound, should ids ever loop
        auto it = m_moves.find({table, id});
        if (it == m_moves.end())
            break;
        id = it->second;
    }
    return id;
}

template <typename Record>
AddRecordCommand<Record>::AddRecordCommand(CommandContext& context, Record added, const QString& text)
    : QUndoCommand(text), m_context(context), m_record(std::move(added))
{
}

template <typename Record>
void AddRecordCommand<Record>::undo()
{
    guarded(m_context, [&] {
        Store<Record>::remove(m_context, m_context.ids.current(Store<Record>::table, m_record.record.id));
    });
}

template <typename Record>
void AddRecordCommand<Record>::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded(m_context, [&] {
        const RowId before = m_context.ids.current(Store<Record>::table, m_record.record.id);
        Record again = m_record;
        again.record.id = 0; // the same UUID, a new row
        Store<Record>::add(m_context, again);
        m_context.ids.moved(Store<Record>::table, before, again.record.id);
    });
}

template <typename Record>
EditRecordCommand<Record>::EditRecordCommand(CommandContext& context, Record before, Record after,
                                             const QString& text)
    : QUndoCommand(text), m_context(context), m_before(std::move(before)), m_after(std::move(after))
{
}

template <typename Record>
void EditRecordCommand<Record>::write(Record record)
{
    guarded(m_context, [&] {
        record.record.id = m_context.ids.current(Store<Record>::table, record.record.id);
        Store<Record>::update(m_context, record);
    });
}

template <typename Record>
void EditRecordCommand<Record>::undo()
{
    write(m_before);
}

template <typename Record>
void EditRecordCommand<Record>::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

template <typename Record>
QUndoCommand* writeRecord(CommandContext& context, const Record* before, Record& after, const QString& text)
{
    if (before) {
        Store<Record>::update(context, after);
        return new EditRecordCommand<Record>(context, *before, after, text);
    }
    Store<Record>::add(context, after);
    return new AddRecordCommand<Record>(context, after, text);
}

template QUndoCommand* writeRecord(CommandContext&, const Barrier*, Barrier&, const QString&);
template QUndoCommand* writeRecord(CommandContext&, const Contact*, Contact&, const QString&);
template QUndoCommand* writeRecord(CommandContext&, const Step*, Step&, const QString&);
template class AddRecordCommand<Barrier>;
template class AddRecordCommand<Contact>;
template class AddRecordCommand<Step>;
template class EditRecordCommand<Barrier>;
template class EditRecordCommand<Contact>;
template class EditRecordCommand<Step>;
template class EditRecordCommand<Participant>;

} // namespace parcours::ui
