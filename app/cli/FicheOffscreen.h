// What `fiche` and `access` share: the participant.e an ID names, and the fiche parcours written
// as a PDF by the ui's own code, with Qt started offscreen for that alone.
#pragma once

#include "domain/Clock.h"
#include "domain/Participant.h"
#include "ui/fiche/FicheOutput.h"

#include <optional>
#include <string>

namespace parcours {
class Database;
} // namespace parcours

namespace parcours::cli {

// The participant.e whose file number (participant_id) or UUID is `id` (spaces trimmed).
std::optional<Participant> participantNamed(Database& db, const Clock& clock, const std::string& id);

// Starts Qt without a display (the other commands never start it; only its critical messages
// reach standard error, after `command`'s name), then writes the fiche of `participant` to `pdf`.
// Returns "" when written, otherwise what went wrong, in French.
std::string writeFicheOffscreen(const char* command, Database& db, const Clock& clock, RowId participant,
                                const std::string& pdf, ui::FicheOutput::Trace trace);

} // namespace parcours::cli
