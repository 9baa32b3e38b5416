// The caseload as a sheet: one row per participant.e, the columns of the caseload screen and more,
// for `parcours-cli list` and the application's export of the rows it shows.
#pragma once

#include "sheets/Sheet.h"
#include "store/CaseloadQuery.h"

#include <optional>
#include <string_view>
#include <vector>

namespace parcours {

// Which rows of the caseload a list keeps, by the status of the latest pathway (cli.md `--status`).
enum class CaseloadSelection {
    Open,     // en_cours: every one not exited (active, on hold, in follow-up, and people without a pathway)
    OnHold,   // veille
    FollowUp, // suivi: the six-month follow-up of a hire
    Exited,   // sorti
    Everyone, // tous
};

// The selection named by its command-line code (en_cours, veille, suivi, sorti, tous), or nullopt.
std::optional<CaseloadSelection> caseloadSelectionFromCode(std::string_view code);

bool isSelected(const CaseloadRow& row, CaseloadSelection selection);

// « en parcours », « en veille », « en emploi – suivi », « sorti.e », « sans parcours ».
std::string_view caseloadStatusLabel(const std::optional<PathwayStatus>& status);

// The rows, in the order given, under French headers: Nom, Prénom, Date de naissance, Ville,
// Identifiant France Travail, Référent.e, Entrée, État, Dernier entretien, Prochaine action,
// Sortie. Dates are date cells, empty when there is none.
Sheet caseloadSheet(const std::vector<CaseloadRow>& rows);

} // namespace parcours
