// The caseload's rows as a sheet, and the --status selections of `parcours-cli list`.
#include "sheets/CaseloadSheet.h"

namespace parcours {

namespace {

Cell optionalDate(const std::optional<Date>& date)
{
    return date ? Cell(*date) : Cell();
}

} // namespace

std::optional<CaseloadSelection> caseloadSelectionFromCode(std::string_view code)
{
    if (code == "en_cours")
        return CaseloadSelection::Open;
    if (code == "veille")
        return CaseloadSelection::OnHold;
    if (code == "suivi")
        return CaseloadSelection::FollowUp;
    if (code == "sorti")
        return CaseloadSelection::Exited;
    if (code == "tous")
        return CaseloadSelection::Everyone;
    return std::nullopt;
}

bool isSelected(const CaseloadRow& row, CaseloadSelection selection)
{
    switch (selection) {
    case CaseloadSelection::Open: return row.status != PathwayStatus::Exited; // as the caseload screen's « en cours »
    case CaseloadSelection::OnHold: return row.status == PathwayStatus::OnHold;
    case CaseloadSelection::FollowUp: return row.status == PathwayStatus::InFollowUp;
    case CaseloadSelection::Exited: return row.status == PathwayStatus::Exited;
    case CaseloadSelection::Everyone: return true;
    }
    return false;
}

std::string_view caseloadStatusLabel(const std::optional<PathwayStatus>& status)
{
    if (!status)
        return "sans parcours";
    switch (*status) {
    case PathwayStatus::Active: return "en parcours";
    case PathwayStatus::OnHold: return "en veille";
    case PathwayStatus::InFollowUp: return "en emploi – suivi";
    case PathwayStatus::Exited: return "sorti.e";
    }
    return {};
}

Sheet caseloadSheet(const std::vector<CaseloadRow>& rows)
{
    Sheet sheet;
    sheet.title = "Participant.e.s";
    sheet.header = {"Nom",
                    "Prénom",
                    "Date de naissance",
                    "Ville",
                    "Identifiant France Travail",
                    "Référent.e",
                    "Entrée",
                    "État",
                    "Dernier entretien",
                    "Prochaine action",
                    "Sortie"};
    sheet.rows.reserve(rows.size());
    for (const CaseloadRow& row : rows) {
        sheet.rows.push_back({row.lastName, row.firstName, row.birthDate, row.city, row.franceTravailId,
                              row.referentName, optionalDate(row.entryDate),
                              std::string(caseloadStatusLabel(row.status)), optionalDate(row.lastContact),
                              optionalDate(row.nextAction), optionalDate(row.exitDate)});
    }
    return sheet;
}

} // namespace parcours
