// agenda.md's rules, one function per kind of item, over the facts of one pathway on D.
#include "domain/Agenda.h"

#include <algorithm>
#include <tuple>

namespace parcours {

namespace {

using boost::gregorian::date_duration;

constexpr int kWeekAhead = 7;
constexpr int kLongHoldDays = 90;
constexpr int kCheckInWindowDays = 7;

Date plusDays(const Date& date, long days)
{
    return date + date_duration(days);
}

long daysBetween(const Date& from, const Date& to)
{
    return (to - from).days();
}

// What holds on D for one pathway (agenda.md, « The state of a pathway on D »).
struct StateOnDay {
    bool open = false;
    std::optional<Date> hire;      // in follow-up: the latest running hire's date
    std::optional<Date> holdStart; // on hold: the start of the hold that covers D
    Date lastContact;              // the entry when there is none
    bool anyContact = false;       // a contact dated D at the latest
};

StateOnDay stateOn(const AgendaPathway& p, const Date& day)
{
    StateOnDay state;
    state.open = p.entry <= day && !(p.exit && *p.exit <= day);
    state.lastContact = p.entry;
    for (const Date& contact : p.contacts) {
        if (contact > day)
            continue;
        state.anyContact = true;
        if (contact > state.lastContact)
            state.lastContact = contact;
    }
    if (!state.open)
        return state;
    for (const AgendaPathway::HireFacts& h : p.hires) {
        const bool running = h.hireDate <= day && (!h.end || *h.end > day);
        if (running && (!state.hire || h.hireDate > *state.hire))
            state.hire = h.hireDate;
    }
    if (state.hire)
        return state;
    for (const AgendaPathway::HoldFacts& h : p.holds) {
        if (h.start <= day && (!h.end || *h.end >= day))
            state.holdStart = h.start;
    }
    return state;
}

// A contact dated from `from` to D.
bool contactBetween(const AgendaPathway& p, const Date& from, const Date& day)
{
    return std::any_of(p.contacts.begin(), p.contacts.end(),
                       [&](const Date& c) { return c >= from && c <= day; });
}

std::string actionKindText(ActionKind kind)
{
    switch (kind) {
    case ActionKind::RendezVous: return "Rendez-vous";
    case ActionKind::Appel: return "Appel";
    case ActionKind::Demarche: return "Démarche";
    case ActionKind::Autre: return "Action prévue";
    }
    return "Action prévue";
}

class Collector {
public:
    Collector(const AgendaPathway& pathway, const Date& day, std::vector<AgendaItem>& items)
        : m_pathway(pathway), m_day(day), m_items(items)
    {
    }

    void add(const Date& due, AgendaKind kind, std::string detail, RowId itemId = 0)
    {
        if (due > plusDays(m_day, kWeekAhead))
            return;
        AgendaItem item;
        item.due = due;
        item.kind = kind;
        item.pathwayId = m_pathway.id;
        item.pathwayKey = m_pathway.key;
        item.participantId = m_pathway.participantId;
        item.lastName = m_pathway.lastName;
        item.firstName = m_pathway.firstName;
        item.referent = m_pathway.referent;
        item.itemId = itemId;
        item.detail = std::move(detail);
        m_items.push_back(std::move(item));
    }

private:
    const AgendaPathway& m_pathway;
    const Date& m_day;
    std::vector<AgendaItem>& m_items;
};

void withoutContact(const StateOnDay& s, const Date& day, int n, Collector& out)
{
    if (s.holdStart || s.lastContact >= plusDays(day, -n))
        return;
    const long days = daysBetween(s.lastContact, day);
    const std::string since = s.anyContact ? "" : " (aucun depuis l'entrée)";
    out.add(plusDays(s.lastContact, n + 1), AgendaKind::SansEntretien,
            "Pas d'entretien depuis " + std::to_string(days) + " jours" + since);
}

void followUp(const AgendaPathway& p, const StateOnDay& s, const Date& day, Collector& out)
{
    if (!s.hire)
        return;
    const Date hire = *s.hire;
    std::optional<Date> checkIn;
    int months = 0;
    for (int m : {1, 3}) {
        const Date t = addMonthsClamped(hire, m);
        if (plusDays(t, -kCheckInWindowDays) <= day) {
            checkIn = t;
            months = m;
        }
    }
    if (checkIn && !contactBetween(p, plusDays(*checkIn, -kCheckInWindowDays), day))
        out.add(*checkIn, AgendaKind::PointSuivi,
                "Point de suivi à " + std::to_string(months) + " mois de l'embauche du " + toFrenchDate(hire));
    const Date six = sixMonthDate(hire);
    out.add(six, AgendaKind::ValidationSixMois, "Validation de l'emploi durable au " + toFrenchDate(six));
}

void stepsEnding(const AgendaPathway& p, const Date& day, Collector& out)
{
    for (const AgendaPathway::StepFacts& step : p.steps) {
        if (step.start <= day && step.end && *step.end >= day && *step.end <= plusDays(day, kWeekAhead)) {
            const std::string what = step.label.empty() ? "Fin d'une étape" : "Fin de l'étape « " + step.label + " »";
            out.add(*step.end, AgendaKind::FinEtape, what + " le " + toFrenchDate(*step.end), step.id);
        }
    }
}

void longHold(const StateOnDay& s, const Date& day, Collector& out)
{
    if (!s.holdStart)
        return;
    const Date due = plusDays(*s.holdStart, kLongHoldDays);
    if (due <= plusDays(day, kWeekAhead))
        out.add(due, AgendaKind::VeilleLongue,
                "En veille depuis le " + toFrenchDate(*s.holdStart) + " (90 jours le " + toFrenchDate(due) + ")");
}

void plannedActions(const AgendaPathway& p, Collector& out)
{
    for (const AgendaPathway::ActionFacts& action : p.actions) {
        if (action.done)
            continue;
        std::string detail = actionKindText(action.kind);
        if (!action.note.empty())
            detail += " : " + action.note.substr(0, action.note.find('\n'));
        out.add(action.date, AgendaKind::Action, detail, action.id);
    }
}

// The position of a step or action in its pathway: by date, then by id.
std::tuple<Date, RowId> positionOf(const AgendaPathway& p, const AgendaItem& item)
{
    if (item.kind == AgendaKind::FinEtape) {
        for (const auto& step : p.steps) {
            if (step.id == item.itemId)
                return {step.start, step.id};
        }
    }
    if (item.kind == AgendaKind::Action) {
        for (const auto& action : p.actions) {
            if (action.id == item.itemId)
                return {action.date, action.id};
        }
    }
    return {Date(boost::gregorian::min_date_time), 0};
}

} // namespace

std::vector<AgendaItem> agendaOn(const std::vector<AgendaPathway>& pathways, const Date& day,
                                 int daysWithoutContact)
{
    std::vector<AgendaItem> items;
    std::vector<std::tuple<Date, RowId>> positions;
    for (const AgendaPathway& p : pathways) {
        const StateOnDay state = stateOn(p, day);
        if (!state.open)
            continue;
        const std::size_t first = items.size();
        Collector out(p, day, items);
        withoutContact(state, day, daysWithoutContact, out);
        followUp(p, state, day, out);
        stepsEnding(p, day, out);
        longHold(state, day, out);
        plannedActions(p, out);
        for (std::size_t i = first; i < items.size(); ++i)
            positions.push_back(positionOf(p, items[i]));
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const AgendaItem& x = items[a];
        const AgendaItem& y = items[b];
        return std::make_tuple(x.due, toCode(x.kind), std::string_view(x.pathwayKey), positions[a])
               < std::make_tuple(y.due, toCode(y.kind), std::string_view(y.pathwayKey), positions[b]);
    });
    std::vector<AgendaItem> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    return sorted;
}

} // namespace parcours
