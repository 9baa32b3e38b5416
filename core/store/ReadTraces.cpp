// Read traces in the `read_traces` table (schema 7).
#include "store/ReadTraces.h"

#include "store/Database.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "store/Transaction.h"

#include <array>

namespace parcours {

namespace {

constexpr std::array<std::pair<ReadAction, std::string_view>, 4> kCodes{{
    {ReadAction::Consultation, "consultation"},
    {ReadAction::Impression, "impression"},
    {ReadAction::Export, "export"},
    {ReadAction::Access, "acces"},
}};

int purge(Database& db, const Clock& clock)
{
    auto remove = db.statement("DELETE FROM read_traces WHERE at < ?1");
    remove->bind(1, toIsoDate(readtraces::oldestKeptDay(clock)));
    return remove->exec();
}

} // namespace

std::string_view toCode(ReadAction action)
{
    for (const auto& [value, code] : kCodes) {
        if (value == action)
            return code;
    }
    return "consultation";
}

std::optional<ReadAction> readActionFromCode(std::string_view code)
{
    for (const auto& [value, text] : kCodes) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

namespace readtraces {

void record(Database& db, const Clock& clock, const std::vector<std::string>& participantUuids, ReadAction action,
            const std::string& detail)
{
    if (db.isReadOnly() || participantUuids.empty())
        return;
    rows::guarded(db, [&] {
        // On the connection itself: a trace is no operation, and must not become the change an
        // undo takes back.
        Transaction transaction(db.sql());
        const std::string at = clock.nowUtc();
        auto insert = db.statement(
            "INSERT INTO read_traces (at, author, participant_uuid, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const std::string& uuid : participantUuids) {
            insert->bind(1, at);
            insert->bind(2, db.journal().author());
            insert->bind(3, uuid);
            insert->bind(4, std::string(toCode(action)));
            insert->bind(5, detail);
            insert->exec();
            insert->reset();
        }
        purge(db, clock);
        transaction.commit();
    });
}

void record(Database& db, const Clock& clock, const std::string& participantUuid, ReadAction action,
            const std::string& detail)
{
    record(db, clock, std::vector<std::string>{participantUuid}, action, detail);
}

void recordForIds(Database& db, const Clock& clock, const std::vector<RowId>& participantIds, ReadAction action,
                  const std::string& detail)
{
    std::vector<std::string> uuids;
    uuids.reserve(participantIds.size());
    for (const RowId id : participantIds) {
        std::string uuid = rowstore::uuidOf(db, "participants", id);
        if (!uuid.empty())
            uuids.push_back(std::move(uuid));
    }
    record(db, clock, uuids, action, detail);
}

std::vector<ReadTrace> ofParticipant(Database& db, const std::string& participantUuid)
{
    return rows::guarded(db, [&] {
        std::vector<ReadTrace> traces;
        auto query = db.statement("SELECT id, at, author, participant_uuid, action, detail FROM read_traces"
                                  " WHERE participant_uuid = ?1 ORDER BY at, id");
        query->bind(1, participantUuid);
        while (query->executeStep()) {
            ReadTrace trace;
            trace.id = query->getColumn(0).getInt64();
            trace.at = rows::text(query->getColumn(1));
            trace.author = rows::text(query->getColumn(2));
            trace.participantUuid = rows::text(query->getColumn(3));
            trace.action = readActionFromCode(rows::text(query->getColumn(4))).value_or(ReadAction::Consultation);
            trace.detail = rows::text(query->getColumn(5));
            traces.push_back(std::move(trace));
        }
        return traces;
    });
}

Date oldestKeptDay(const Clock& clock)
{
    return addMonthsClamped(clock.today(), -kReadTraceMonths);
}

int purgeExpired(Database& db, const Clock& clock)
{
    if (db.isReadOnly())
        return 0;
    return rows::guarded(db, [&] {
        Transaction transaction(db.sql());
        const int purged = purge(db, clock);
        transaction.commit();
        return purged;
    });
}

} // namespace readtraces

} // namespace parcours
