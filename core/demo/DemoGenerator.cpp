// The demo generator: people, their pathways and what happened in them, assembled into an
// interchange folder's content. Each participant draws from a stream of its own, and from a
// second one for the follow-up (employers' names, planned actions), which came later: so the
// rest of a seed's data stayed as it was.
#include "demo/DemoGenerator.h"

#include "demo/DemoFollowUp.h"
#include "demo/DemoPathwayItems.h"
#include "demo/DemoPathways.h"
#include "demo/DemoPeople.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace parcours {

namespace {

using boost::gregorian::days;
using namespace demo;

// One person in about 65 comes back: an earlier pathway, then a new one.
constexpr int kComingBackPerMille = 15;
// A référent.e follows 60 to 100 people at a time; about a fifth of the demo's pathways are
// open today, so one référent.e per 360 participants gives each about 80 open pathways.
constexpr int kParticipantsPerReferent = 360;
// Mixed into the seed of the participants' follow-up streams.
constexpr std::uint64_t kFollowUpStreams = 0x9E6F0110F0A5C3D1ULL;

std::string externalId(char prefix, std::size_t number)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%c%06zu", prefix, number);
    return buffer;
}

class DemoBuilder {
public:
    DemoBuilder(const DemoOptions& options, InterchangeData& data) : m_options(options), m_data(data) {}

    void addReferents()
    {
        DemoRandom rng(m_options.seed, 0);
        const auto wanted = (m_options.participants + kParticipantsPerReferent / 2) / kParticipantsPerReferent;
        m_referents = makeReferentNames(rng, static_cast<std::size_t>(std::max(2, wanted)));
    }

    void addParticipant(std::size_t index, const Date& first)
    {
        const Date& today = m_options.today;
        DemoRandom rng(m_options.seed, index + 1);
        DemoRandom followUp(m_options.seed ^ kFollowUpStreams, index + 1);
        const int span = static_cast<int>((today - first).days());
        // Someone who comes back entered early enough to have left and returned.
        const bool comingBack = span > 4 * 365 && rng.chance(kComingBackPerMille);
        const Date entry = first + days(rng.between(0, comingBack ? span - 3 * 365 : span));

        const Sex sex = drawSex(rng);
        const Date birth = birthDateFor(rng, drawAgeAtEntry(rng), entry);
        Participant person = makeParticipant(rng, index + 1, sex, birth);
        person.record.externalId = externalId('P', index + 1);
        m_data.participants.push_back(std::move(person));
        const Participant& added = m_data.participants.back();

        std::size_t referent = rng.index(m_referents.size());
        PathwayRequest request{entry, today, comingBack, today - days(30)};
        if (comingBack) {
            const BuiltPathway earlier = makePathway(rng, added, request);
            addPathway(rng, followUp, earlier, index, referent);
            const Date exit = earlier.pathway.exit->date;
            const int gap = rng.between(1, std::min(700, static_cast<int>((today - exit).days())));
            request = PathwayRequest{exit + days(gap), today, false, today};
            if (rng.chance(500))
                referent = rng.index(m_referents.size());
        }
        addPathway(rng, followUp, makePathway(rng, added, request), index, referent);
    }

private:
    void addPathway(DemoRandom& rng, DemoRandom& followUp, const BuiltPathway& built, std::size_t participant,
                    std::size_t referent)
    {
        const std::size_t index = m_data.pathways.size();
        PathwayEntry entry{built.pathway, participant, m_referents[referent]};
        entry.pathway.record.externalId = externalId('C', index + 1);
        nameEmployers(followUp, m_data.participants[participant], entry.pathway);
        m_data.pathways.push_back(std::move(entry));

        makeSteps(rng, built, m_options.today, m_steps);
        for (Step& step : m_steps) {
            step.record.externalId = externalId('S', m_data.steps.size() + 1);
            m_data.steps.push_back({std::move(step), index});
        }
        makeBarriers(rng, built, m_barriers);
        for (Barrier& barrier : m_barriers)
            m_data.barriers.push_back({barrier, index});
        makeContacts(rng, built, m_options.today, m_contacts);
        for (Contact& contact : m_contacts)
            m_data.contacts.push_back({std::move(contact), index});
        makePlannedActions(followUp, built, m_options.today, m_actions);
        for (PlannedAction& action : m_actions)
            m_data.plannedActions.push_back({std::move(action), index});
    }

    const DemoOptions& m_options;
    InterchangeData& m_data;
    std::vector<std::string> m_referents;
    // Reused from one pathway to the next.
    std::vector<Step> m_steps;
    std::vector<Barrier> m_barriers;
    std::vector<Contact> m_contacts;
    std::vector<PlannedAction> m_actions;
};

} // namespace

InterchangeData generateDemo(const DemoOptions& options)
{
    if (options.today.is_special())
        throw std::invalid_argument("generateDemo: today is not a date");
    if (options.participants < 0)
        throw std::invalid_argument("generateDemo: negative number of participants");
    if (options.historyYears < 1 || options.historyYears > 50)
        throw std::invalid_argument("generateDemo: historyYears must be 1 to 50");

    InterchangeData data;
    data.plie = PlieSettings{"PLIE de démonstration", "DEMO"};
    const auto count = static_cast<std::size_t>(options.participants);
    data.participants.reserve(count);
    data.pathways.reserve(count + count / 40);
    data.steps.reserve(count * 8 / 5);
    data.barriers.reserve(count * 7 / 5);
    data.contacts.reserve(count * 7 / 5);
    data.plannedActions.reserve(count / 4);

    DemoBuilder builder(options, data);
    builder.addReferents();
    const Date first = addMonthsClamped(options.today, -12 * options.historyYears);
    for (std::size_t i = 0; i < count; ++i)
        builder.addParticipant(i, first);
    return data;
}

} // namespace parcours
