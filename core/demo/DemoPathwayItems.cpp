// The demo's steps, barriers and contacts of one pathway.
#include "demo/DemoPathwayItems.h"

#include "demo/DemoCatalog.h"

#include <algorithm>
#include <array>

namespace parcours::demo {

namespace {

using boost::gregorian::days;

// Tuned so that the whole demo has about 1.5 steps per participant, as the national figures.
constexpr std::int64_t kStepsPerYearMilli = 1300;

struct StepShape {
    StepType type;
    int minDays;
    int maxDays;
};

// In the order of kStepWeights: the national shares of step types in 2020.
constexpr StepShape kStepShapes[] = {
    {StepType::Mobilisation, 0, 90},    {StepType::Formation, 20, 270},
    {StepType::MediationEmploi, 7, 90}, {StepType::EmploiNonAide, 7, 180},
    {StepType::ContratAide, 180, 365},  {StepType::Iae, 60, 540},
    {StepType::LeveeFreins, 30, 180},   {StepType::AccompagnementEmploi, 30, 180},
    {StepType::Autre, 7, 60},
};
constexpr std::array<int, 9> kStepWeights{520, 100, 90, 90, 50, 70, 40, 30, 10};

// ACI 59%, EI 13%, ETTI 12%, AI 16% of the four, with a few régies de quartier and GEIQ.
constexpr StepSubtype kIaeSubtypes[] = {StepSubtype::Aci,           StepSubtype::Ei,
                                        StepSubtype::Etti,          StepSubtype::Ai,
                                        StepSubtype::RegieQuartier, StepSubtype::Geiq};
constexpr std::array<int, 6> kIaeWeights{570, 126, 116, 155, 20, 13};

constexpr StepSubtype kTrainingSubtypes[] = {
    StepSubtype::None,           StepSubtype::Qualifiante,  StepSubtype::Certifiante,
    StepSubtype::PreQualifiante, StepSubtype::Linguistique, StepSubtype::SavoirsDeBase,
    StepSubtype::Permis,         StepSubtype::Numerique,    StepSubtype::AutreFormation};
constexpr std::array<int, 9> kTrainingWeights{100, 220, 100, 150, 150, 80, 120, 60, 20};

// In BarrierCategory order: mobility, digital skills and health come first.
constexpr std::array<int, 12> kBarrierWeights{200, 60, 120, 70, 100, 120, 100, 70, 80, 50, 20, 10};

Date dayIn(DemoRandom& rng, const Date& low, const Date& high)
{
    if (high <= low)
        return low;
    return low + days(rng.between(0, static_cast<int>((high - low).days())));
}

StepSubtype drawSubtype(DemoRandom& rng, StepType type)
{
    if (type == StepType::Iae)
        return kIaeSubtypes[rng.weighted(kIaeWeights)];
    if (type == StepType::Formation)
        return kTrainingSubtypes[rng.weighted(kTrainingWeights)];
    return StepSubtype::None;
}

// The 2020 lockdowns, when every contact went remote.
bool inLockdown(const Date& date)
{
    static const Date firstStart(2020, 3, 17);
    static const Date firstEnd(2020, 5, 10);
    static const Date secondStart(2020, 10, 30);
    static const Date secondEnd(2020, 12, 14);
    return (date >= firstStart && date <= firstEnd) || (date >= secondStart && date <= secondEnd);
}

ContactMode drawMode(DemoRandom& rng, const Date& date)
{
    if (inLockdown(date))
        return rng.chance(700) ? ContactMode::Telephone : ContactMode::Visio;
    constexpr ContactMode modes[] = {ContactMode::Presentiel, ContactMode::Telephone, ContactMode::Visio,
                                     ContactMode::Autre};
    return modes[rng.weighted({560, 330, 90, 20})];
}

void addContact(DemoRandom& rng, const Date& date, NoteMoment moment, std::vector<Contact>& contacts)
{
    Contact contact;
    contact.date = date;
    contact.mode = drawMode(rng, date);
    if (!rng.chance(60))
        contact.note = std::string(rng.pick(contactNotes(moment)));
    contacts.push_back(std::move(contact));
}

NoteMoment momentOf(const Pathway& p, const Date& date)
{
    if (p.currentHire && date >= p.currentHire->hireDate)
        return NoteMoment::FollowUp;
    if (p.holdOn(date))
        return NoteMoment::OnHold;
    return NoteMoment::Ongoing;
}

} // namespace

void makeSteps(DemoRandom& rng, const BuiltPathway& built, const Date& today, std::vector<Step>& steps)
{
    steps.clear();
    const Pathway& p = built.pathway;
    const std::int64_t length = (built.lastDay - p.entryDate).days();
    const int count = rng.roundMilli(kStepsPerYearMilli * length / 365);
    // Workshops and trainings come before the hire; in-work support after it.
    const Date workEnd = p.currentHire ? p.currentHire->hireDate - days(1) : built.lastDay;
    for (int i = 0; i < count; ++i) {
        const StepShape& shape = kStepShapes[rng.weighted(kStepWeights)];
        Step step;
        step.type = shape.type;
        step.subtype = drawSubtype(rng, shape.type);
        if (shape.type == StepType::AccompagnementEmploi && p.currentHire)
            step.start = dayIn(rng, p.currentHire->hireDate, built.lastDay);
        else
            step.start = dayIn(rng, p.entryDate, workEnd);
        const bool oneDay = shape.type == StepType::Mobilisation && rng.chance(300);
        const Date end = step.start + days(oneDay ? 0 : rng.between(shape.minDays, shape.maxDays));
        if (end <= today)
            step.end = end;
        const StepCatalog catalog = stepCatalog(step.type, step.subtype);
        if (!catalog.operators.empty() && !rng.chance(40))
            step.operatorName = std::string(rng.pick(catalog.operators));
        step.label = std::string(rng.pick(catalog.labels));
        steps.push_back(std::move(step));
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.start < b.start; });
}

void makeBarriers(DemoRandom& rng, const BuiltPathway& built, std::vector<Barrier>& barriers)
{
    barriers.clear();
    const Pathway& p = built.pathway;
    std::array<int, 12> weights = kBarrierWeights;
    const std::size_t count = rng.weighted({230, 400, 260, 85, 25});
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t category = rng.weighted(weights);
        weights[category] = 0; // one barrier per category
        Barrier barrier;
        barrier.category = static_cast<BarrierCategory>(category);
        // Most are found at the diagnostic of the first weeks, some later.
        barrier.identifiedDate = rng.chance(750) ? std::min(p.entryDate + days(rng.between(0, 30)), built.lastDay)
                                                 : dayIn(rng, p.entryDate, built.lastDay);
        const int worked = static_cast<int>((built.lastDay - barrier.identifiedDate).days());
        const int liftPerMille = worked < 60 ? 100 : worked < 180 ? 350 : 550;
        if (worked > 0 && rng.chance(liftPerMille)) {
            barrier.status = BarrierStatus::Leve;
            barrier.liftedDate = barrier.identifiedDate + days(rng.between(std::min(30, worked), worked));
        } else {
            barrier.status = rng.chance(600) ? BarrierStatus::EnCours : BarrierStatus::Identifie;
        }
        barriers.push_back(barrier);
    }
    std::stable_sort(barriers.begin(), barriers.end(),
                     [](const Barrier& a, const Barrier& b) { return a.identifiedDate < b.identifiedDate; });
}

void makeContacts(DemoRandom& rng, const BuiltPathway& built, const Date& today, std::vector<Contact>& contacts)
{
    contacts.clear();
    const Pathway& p = built.pathway;
    const Date firstWeek = std::min(p.entryDate + days(rng.between(0, 7)), built.lastDay);
    if (!p.isOpen()) {
        if (rng.chance(350))
            addContact(rng, firstWeek, NoteMoment::Entry, contacts);
        if (p.currentHire && rng.chance(300))
            addContact(rng, dayIn(rng, p.currentHire->hireDate, built.lastDay), NoteMoment::FollowUp, contacts);
        if (rng.chance(280))
            addContact(rng, built.lastDay, NoteMoment::Exit, contacts);
    } else {
        // The recent journal, back from the latest contact; a tenth have had no news for months.
        int gap = 0;
        switch (rng.weighted({650, 250, 100})) {
        case 0: gap = rng.between(0, 28); break;
        case 1: gap = rng.between(29, 60); break;
        default: gap = rng.between(61, 150); break;
        }
        Date date = today - days(gap);
        const std::size_t recent = 1 + rng.weighted({250, 300, 250, 150, 50});
        for (std::size_t i = 0; i < recent && date > firstWeek; ++i) {
            addContact(rng, date, momentOf(p, date), contacts);
            date -= days(rng.between(14, 45));
        }
        if (contacts.empty() || rng.chance(650))
            addContact(rng, firstWeek, NoteMoment::Entry, contacts);
    }
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.date < b.date; });
}

} // namespace parcours::demo
