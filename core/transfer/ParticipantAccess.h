// The right of access: for one participant.e, a folder with their rows only in the interchange
// format, and the history of their file (the operations on their rows and the read traces),
// readable in French. The fiche parcours (a PDF) is laid out by Qt and added by the caller.
#pragma once

#include "domain/Clock.h"
#include "domain/RecordIdentity.h"
#include "interchange/InterchangeData.h"

#include <filesystem>
#include <string>

namespace parcours {

class Database;

// The history file's name in the folder, and the fiche's the caller writes.
inline constexpr const char* kAccessHistoryFile = "historique-du-dossier.csv";
inline constexpr const char* kAccessFicheFile = "fiche-parcours.pdf";

// `all` reduced to the participant.e of that UUID: their row, their pathways (with holds and
// earlier hires), steps, barriers, contacts and planned actions, and the PLIE (the data
// controller). Nobody else's row. Throws StoreError when no such person is in `all`.
InterchangeData dataOfParticipant(const InterchangeData& all, const std::string& participantUuid);

// The history of the file of `participantUuid` as CSV (`;`, UTF-8 with its mark, as the
// spreadsheet files of the application): instant (UTC), author, what was done, on what, the
// values. Operations and read traces together, oldest first.
std::string fileHistoryCsv(Database& db, const std::string& participantUuid);

// Writes the person's interchange files and the history of their file into `folder` (created
// when missing; refused when it exists and is not empty), then records an « acces » read trace.
// Returns how many of their rows were written. Throws StoreError (unknown person, a folder not
// empty) or FolderWriteError, in French.
InterchangeCounts writeAccessCopy(Database& db, const Clock& clock, RowId participantId,
                                  const std::filesystem::path& folder);

} // namespace parcours
