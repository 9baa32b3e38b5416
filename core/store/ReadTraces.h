// The trace of reads of a participant.e's file: who opened it, printed its fiche, exported it
// in a list or gave the person a copy, and when. Writes are traced by the operations already;
// a read changes no data, so a trace is not an operation: it does not travel in `changes`, is
// never undone, and stays in the database where the read happened. Traces older than 12 months
// are purged (kReadTraceMonths), each time a trace is recorded and when a base is opened for
// writing by the application.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcours {

class Database;

enum class ReadAction { Consultation, Impression, Export, Access };

std::string_view toCode(ReadAction action); // consultation, impression, export, acces
std::optional<ReadAction> readActionFromCode(std::string_view code);

struct ReadTrace {
    std::int64_t id = 0;
    std::string at;     // UTC with milliseconds, as the operations' `at`
    std::string author; // as the operations name it (the connection's author)
    std::string participantUuid;
    ReadAction action = ReadAction::Consultation;
    std::string detail; // what was printed or exported (a file name, a format); may be ""
};

// How long a trace is kept (CNIL: six months to a year for logs).
inline constexpr int kReadTraceMonths = 12;

namespace readtraces {

// Records one trace per person of `participantUuids`, all at the clock's instant and by the
// connection's author, in one transaction; purges the traces that have expired in the same
// transaction. Nothing on a base opened read-only (no write is possible there). Throws
// StoreError (French) when the base refuses the write.
void record(Database& db, const Clock& clock, const std::vector<std::string>& participantUuids, ReadAction action,
            const std::string& detail = {});
void record(Database& db, const Clock& clock, const std::string& participantUuid, ReadAction action,
            const std::string& detail = {});

// The same for the participant.e.s of those ids (a list on screen); unknown ids are skipped.
void recordForIds(Database& db, const Clock& clock, const std::vector<RowId>& participantIds, ReadAction action,
                  const std::string& detail = {});

// The traces of one participant.e's file, oldest first.
std::vector<ReadTrace> ofParticipant(Database& db, const std::string& participantUuid);

// The first day a trace is still kept: 12 months before the clock's today (a trace of that
// day is kept, one of the day before is purged).
Date oldestKeptDay(const Clock& clock);

// Deletes the traces made before oldestKeptDay; returns how many. Nothing on a read-only base.
int purgeExpired(Database& db, const Clock& clock);

} // namespace readtraces

} // namespace parcours
