// The demo's pathways. Each pathway gets a destiny (its exit reason) and a length drawn
// independently of each other; those whose exit would come after today are still open. So the
// shares among exited pathways are the national ones, and an emploi durable destiny whose hire
// is already signed makes someone in the six-month follow-up today.
#include "demo/DemoPathways.h"

#include "demo/DemoCatalog.h"

#include <algorithm>

namespace parcours::demo {

namespace {

using boost::gregorian::days;

const Date kNomenclature2019(2019, 1, 1);

EducationLevel drawEducation(DemoRandom& rng, const Date& entry)
{
    const bool old = entry < kNomenclature2019 && rng.chance(700);
    switch (rng.weighted({130, 480, 290, 100})) {
    case 0:
        if (old)
            return rng.chance(600) ? EducationLevel::VI : EducationLevel::Vbis;
        return rng.chance(450) ? EducationLevel::L1 : EducationLevel::L2;
    case 1: return old ? EducationLevel::V : EducationLevel::L3;
    case 2: {
        constexpr EducationLevel levels[] = {EducationLevel::L4, EducationLevel::L5, EducationLevel::L6,
                                             EducationLevel::L7, EducationLevel::L8};
        constexpr EducationLevel oldLevels[] = {EducationLevel::IV, EducationLevel::III, EducationLevel::II,
                                                EducationLevel::I, EducationLevel::I};
        const std::size_t i = rng.weighted({620, 200, 100, 60, 20});
        return old ? oldLevels[i] : levels[i];
    }
    default: return !old && rng.chance(400) ? EducationLevel::L9 : EducationLevel::Unknown;
    }
}

// The chance of a positive exit, shifted by group so that the national rates by group come out:
// men 41%, women 48%, DELD 47%, RSA 41%, no qualification 38%, 45% overall.
int positivePerMille(Sex sex, const SituationAtEntry& situation)
{
    int perMille = 450;
    if (sex == Sex::F)
        perMille += 33;
    else if (sex == Sex::M)
        perMille -= 37;
    perMille += situation.rsa ? -40 : 34;
    perMille += situation.deld ? 20 : -9;
    perMille += educationGroup(situation.education) == EducationGroup::SansQualification ? -70 : 10;
    return perMille;
}

ExitReason drawExitReason(DemoRandom& rng, const Participant& person, const SituationAtEntry& situation, int ageAtExit,
                          bool finalAllowed)
{
    if (rng.chance(positivePerMille(person.sex, situation))) {
        // 9,396 emploi durable, 2,124 formation qualifiante, 656 autre positive in 2020.
        constexpr ExitReason positive[] = {ExitReason::EmploiDurable, ExitReason::FormationQualifiante,
                                           ExitReason::AutrePositive};
        return positive[rng.weighted({9396, 2124, 656})];
    }
    switch (rng.weighted({330, 140, 530})) {
    case 0: return ExitReason::Abandon;
    case 1:
        if (!finalAllowed)
            return ExitReason::Demenagement;
        if (ageAtExit >= 60) {
            constexpr ExitReason older[] = {ExitReason::Retraite, ExitReason::Demenagement, ExitReason::Deces};
            return older[rng.weighted({600, 340, 60})];
        }
        return rng.chance(940) ? ExitReason::Demenagement : ExitReason::Deces;
    default: return rng.chance(600) ? ExitReason::Reorientation : ExitReason::AutreSansSuite;
    }
}

Hire drawHire(DemoRandom& rng, const Date& date)
{
    Hire hire;
    hire.hireDate = date;
    constexpr ContractType contracts[] = {ContractType::Cdi, ContractType::Cdd6mPlus, ContractType::Interim6mPlus,
                                          ContractType::CreationEntreprise};
    hire.contract = contracts[rng.weighted({350, 450, 120, 80})];
    if (hire.contract == ContractType::CreationEntreprise) {
        hire.employer = EmployerCategory::Entreprise;
    } else {
        // Weights that give 63% entreprise, 16% association, 19% public, 2% particulier overall,
        // business creations (all entreprise) included.
        constexpr EmployerCategory employers[] = {EmployerCategory::Entreprise, EmployerCategory::Association,
                                                  EmployerCategory::Public, EmployerCategory::Particulier};
        hire.employer = employers[rng.weighted({598, 174, 207, 21})];
    }
    hire.nafSection = static_cast<char>('A' + rng.weighted(nafWeights(hire.employer)));
    return hire;
}

// A day drawn in [low, high], or nullopt when the range is empty.
std::optional<Date> dayBetween(DemoRandom& rng, const Date& low, const Date& high)
{
    if (high < low)
        return std::nullopt;
    return low + days(rng.between(0, static_cast<int>((high - low).days())));
}

std::string holdReason(DemoRandom& rng, const Participant& person, const Date& start)
{
    const std::string_view reason = rng.pick(holdReasons());
    if (reason == kMaternityHold && (person.sex != Sex::F || ageAt(person.birthDate, start) >= 45))
        return "maladie";
    return std::string(reason);
}

// Holds: an open one for some open pathways, a closed one for some others, never overlapping and
// before the current hire.
void addHolds(DemoRandom& rng, const Participant& person, const Date& workEnd, const Date& today, Pathway& p)
{
    std::optional<Date> openStart;
    if (p.isOpen() && !p.currentHire && rng.chance(110))
        openStart = std::max(p.entryDate, today - days(rng.between(5, 240)));
    const Date closedLimit = openStart ? *openStart - days(1) : workEnd;
    if (rng.chance(120)) {
        if (const auto start = dayBetween(rng, p.entryDate + days(20), closedLimit - days(30))) {
            const Date end = std::min(*start + days(rng.between(14, 150)), closedLimit);
            p.holds.push_back(Hold{{}, *start, end, holdReason(rng, person, *start)});
        }
    }
    if (openStart)
        p.holds.push_back(Hold{{}, *openStart, std::nullopt, holdReason(rng, person, *openStart)});
}

// An earlier hire that broke before six months, ended before the current hire.
void addBrokenHire(DemoRandom& rng, const Date& workEnd, Pathway& p)
{
    if (!rng.chance(p.currentHire ? 160 : 60))
        return;
    const auto start = dayBetween(rng, p.entryDate + days(14), workEnd - days(40));
    if (!start)
        return;
    Hire hire = drawHire(rng, *start);
    hire.endDate = std::min(*start + days(rng.between(10, 160)), workEnd);
    hire.endReason = std::string(rng.pick(brokenHireReasons()));
    p.earlierHires.push_back(std::move(hire));
}

} // namespace

SituationAtEntry drawSituation(DemoRandom& rng, const Date& entry)
{
    SituationAtEntry situation;
    situation.education = drawEducation(rng, entry);
    situation.rsa = rng.chance(460);
    situation.deld = rng.chance(300);
    situation.rqth = rng.chance(40);
    situation.otherDifficulty = rng.chance(280);
    return situation;
}

BuiltPathway makePathway(DemoRandom& rng, const Participant& person, const PathwayRequest& request)
{
    BuiltPathway built;
    Pathway& p = built.pathway;
    const Date& today = request.today;
    p.entryDate = request.entry;
    p.situation = drawSituation(rng, p.entryDate);

    // From entry to exit: 6.5 months at least, 16 on average, a few up to four years.
    int length = 195 + rng.between(0, 240) + rng.between(0, 240) + (rng.chance(150) ? rng.between(0, 700) : 0);
    if (request.mustEnd)
        length = std::min(length, static_cast<int>((request.endBy - p.entryDate).days()));
    const int ageAtExit = ageAt(person.birthDate, p.entryDate + days(length));
    const ExitReason reason = drawExitReason(rng, person, p.situation, ageAtExit, !request.mustEnd);

    // An emploi durable exit falls on the six-month date of its hire, the day before `length` at the latest.
    std::optional<Date> hireDate;
    Date exitDate = p.entryDate + days(length);
    if (reason == ExitReason::EmploiDurable) {
        hireDate = p.entryDate + days(length - 185);
        exitDate = sixMonthDate(*hireDate);
    }
    if (exitDate <= today) {
        p.exit = PathwayExit{exitDate, reason};
        built.lastDay = exitDate;
    } else {
        built.lastDay = today;
    }
    if (hireDate && *hireDate <= today)
        p.currentHire = drawHire(rng, *hireDate);

    // Holds and broken hires come before the current hire.
    const Date workEnd = p.currentHire ? p.currentHire->hireDate - days(1) : built.lastDay;
    addBrokenHire(rng, workEnd, p);
    addHolds(rng, person, workEnd, today, p);
    return built;
}

} // namespace parcours::demo
