// « À faire »: what is due, for whom, on a day D (agenda.md), from the facts of each
// pathway. One function for the application and `parcours-cli agenda`.
#pragma once

#include "domain/Codes.h"
#include "domain/Date.h"
#include "domain/RecordIdentity.h"

#include <optional>
#include <string>
#include <vector>

namespace parcours {

// The facts of one pathway « À faire » reads. Records dated after D may be given: they are
// ignored, as if they had not happened yet.
struct AgendaPathway {
    RowId id = 0;
    std::string key; // as written in the output: the external id, or the UUID
    RowId participantId = 0;
    std::string lastName;
    std::string firstName;
    std::string referent;
    Date entry;
    std::optional<Date> exit;
    std::vector<Date> contacts; // the dates of its contacts, any order

    struct HireFacts {
        Date hireDate;
        std::optional<Date> end; // none for the current hire
    };
    std::vector<HireFacts> hires;

    struct HoldFacts {
        Date start;
        std::optional<Date> end;
    };
    std::vector<HoldFacts> holds;

    struct StepFacts {
        RowId id = 0;
        Date start;
        std::optional<Date> end;
        std::string label; // the step's label, or its type's name when it has none
    };
    std::vector<StepFacts> steps;

    struct ActionFacts {
        RowId id = 0;
        Date date;
        ActionKind kind = ActionKind::RendezVous;
        std::string note;
        bool done = false;
    };
    std::vector<ActionFacts> actions;
};

struct AgendaItem {
    Date due;
    AgendaKind kind = AgendaKind::SansEntretien;
    RowId pathwayId = 0;
    std::string pathwayKey;
    RowId participantId = 0;
    std::string lastName;
    std::string firstName;
    std::string referent;
    RowId itemId = 0; // the step's or the planned action's id; 0 for the others
    std::string detail; // a short French sentence
};

// The items due by D + 7 (overdue ones included) of the open pathways, in agenda.md's
// order: due, kind (code), pathway key, then the step's or action's position in its pathway.
// `daysWithoutContact` is the PLIE's N.
std::vector<AgendaItem> agendaOn(const std::vector<AgendaPathway>& pathways, const Date& day,
                                 int daysWithoutContact);

} // namespace parcours
