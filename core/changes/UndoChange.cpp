// Inverse operations, checked against the rows as they stand, written through the recorder.
#include "changes/UndoChange.h"

#include "store/ChangeRecorder.h"
#include "store/Database.h"
#include "store/EntityTables.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/StoredRowRules.h"
#include "store/Transaction.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <algorithm>

namespace parcours {

namespace {

[[noreturn]] void refuseChanged()
{
    throw ChangeRefused("Impossible : la fiche a été modifiée depuis (ici ou par une autre personne). "
                        "Rien n'a été changé.");
}

// Writes one operation's effect, the row being required to hold `expected` first
// (`expected` null: the row must be absent).
void writeChecked(Database& db, const Clock& clock, const std::string& entity, const std::string& uuid,
                  OperationKind kind, const nlohmann::json& expected, const nlohmann::json& values)
{
    const EntityTable& table = entityTable(entity);
    const std::optional<nlohmann::json> current = rowstore::read(db, table, uuid);
    if (expected.is_null() ? current.has_value() : !(current && rowstore::holdsValues(*current, expected)))
        refuseChanged();
    switch (kind) {
    case OperationKind::Put: recorder::put(db, clock, entity, uuid, values); break;
    case OperationKind::Patch: recorder::patch(db, clock, entity, uuid, values); break;
    case OperationKind::Delete: recorder::remove(db, clock, entity, uuid); break;
    }
}

void requireRules(Database& db, const Operation& o)
{
    if (o.kind == OperationKind::Delete)
        return;
    const Violations violations = checkStoredRow(db, o.entity, o.id);
    if (!violations.empty())
        throw ChangeRefused("Impossible : " + violations.front().message + " Rien n'a été changé.");
}

template <typename Write>
Change writeAll(Database& db, Write write)
{
    return rows::guarded(db, [&] {
        try {
            Transaction transaction(db);
            write();
            for (const Operation& o : db.journal().current().operations)
                requireRules(db, o);
            transaction.commit();
            return db.journal().lastChange();
        } catch (const SQLite::Exception& e) {
            // Rolled back already. Rows that now hang from a row to delete: said in the user's words.
            if (e.getErrorCode() == SQLITE_CONSTRAINT)
                throw ChangeRefused("Impossible : d'autres informations dépendent maintenant de cette fiche. "
                                    "Rien n'a été changé.");
            throw;
        }
    });
}

} // namespace

Change undoChange(Database& db, const Clock& clock, const Change& change)
{
    return writeAll(db, [&] {
        for (auto it = change.operations.rbegin(); it != change.operations.rend(); ++it) {
            const Operation& o = *it;
            switch (o.kind) {
            case OperationKind::Put: writeChecked(db, clock, o.entity, o.id, OperationKind::Delete, o.data, {}); break;
            case OperationKind::Patch:
                writeChecked(db, clock, o.entity, o.id, OperationKind::Patch, o.data, o.before);
                break;
            case OperationKind::Delete:
                writeChecked(db, clock, o.entity, o.id, OperationKind::Put, nullptr, o.before);
                break;
            }
        }
    });
}

Change redoChange(Database& db, const Clock& clock, const Change& change)
{
    return writeAll(db, [&] {
        for (const Operation& o : change.operations) {
            switch (o.kind) {
            case OperationKind::Put: writeChecked(db, clock, o.entity, o.id, OperationKind::Put, nullptr, o.data); break;
            case OperationKind::Patch: writeChecked(db, clock, o.entity, o.id, OperationKind::Patch, o.before, o.data); break;
            case OperationKind::Delete:
                writeChecked(db, clock, o.entity, o.id, OperationKind::Delete, o.before, {});
                break;
            }
        }
    });
}

} // namespace parcours
