// The counting rules of consolidation.md for one calendar year.
#include "consolidation/Consolidation.h"

#include "domain/Retention.h"
#include "store/InterchangeStore.h"
#include "store/PlieSettingsRepository.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace parcours {

namespace {

struct YearBounds {
    Date start;
    Date end;
    bool contains(const Date& day) const { return start <= day && day <= end; }
};

// The breakdowns by a domain code: their counts are "<object>.<code>".
constexpr KeyGroup kEntriesBySex = "entries.sex";
constexpr KeyGroup kEntriesByEducation = "entries.education";
constexpr KeyGroup kPositiveExits = "exits.positive";
constexpr KeyGroup kJobsByContract = "exits.job.contract";
constexpr KeyGroup kJobsByEmployer = "exits.job.employer";
constexpr KeyGroup kJobsByNaf = "exits.job.naf";
constexpr KeyGroup kStepsByType = "steps.type";
constexpr KeyGroup kIaeStepsBySubtype = "steps.iae";
constexpr KeyGroup kBarriersIdentified = "freins.identified";
constexpr KeyGroup kBarriersLifted = "freins.lifted";

CountKey ageBand(int age)
{
    if (age < 26)
        return "entries.age.under_26";
    return age <= 44 ? CountKey("entries.age.26_44") : CountKey("entries.age.45_plus");
}

CountKey sansSuiteKey(ExitReason reason)
{
    if (reason == ExitReason::Abandon)
        return "exits.sans_suite.abandon";
    return isNeutral(reason) ? CountKey("exits.sans_suite.demenagement_deces_retraite")
                             : CountKey("exits.sans_suite.autre");
}

constexpr const ExitGroup* findExitGroup(std::string_view code)
{
    for (const ExitGroup& group : kExitGroups) {
        if (group.code == code)
            return &group;
    }
    return nullptr;
}

// A group written in the code: one missing from kExitGroups is refused when compiling.
consteval const ExitGroup& exitGroup(const char* code)
{
    const ExitGroup* group = findExitGroup(code);
    if (!group)
        throw std::logic_error("not a group of kExitGroups");
    return *group;
}

const ExitGroup& sexGroup(Sex sex)
{
    if (const ExitGroup* group = findExitGroup(toCode(sex)))
        return *group;
    throw std::logic_error("The consolidation has no group " + std::string(toCode(sex)) + " (kExitGroups).");
}

// The groups of exits.by_group a pathway belongs to.
std::vector<const ExitGroup*> groupsOf(const Participant& person, const SituationAtEntry& situation)
{
    std::vector<const ExitGroup*> groups{&sexGroup(person.sex)};
    if (situation.rsa)
        groups.push_back(&exitGroup("rsa"));
    if (situation.deld)
        groups.push_back(&exitGroup("deld"));
    if (situation.rqth)
        groups.push_back(&exitGroup("rqth"));
    if (educationGroup(situation.education) == EducationGroup::SansQualification)
        groups.push_back(&exitGroup("sans_qualification"));
    return groups;
}

void countEntry(IndicatorTable& t, const Participant& person, const Pathway& pathway)
{
    t.increment("entries.total");
    t.increment(kEntriesBySex[toCode(person.sex)]);
    t.increment(ageBand(ageAtEntry(pathway, person)));
    t.increment(kEntriesByEducation[toCode(educationGroup(pathway.situation.education))]);
    const SituationAtEntry& s = pathway.situation;
    if (s.rsa)
        t.increment("entries.public.rsa");
    if (s.deld)
        t.increment("entries.public.deld");
    if (s.rqth)
        t.increment("entries.public.rqth");
    if (s.otherDifficulty)
        t.increment("entries.public.other_difficulty");
    if (person.qpv)
        t.increment("entries.qpv");
}

void countExit(IndicatorTable& t, const Participant& person, const Pathway& pathway)
{
    const ExitReason reason = pathway.exit->reason;
    const bool positive = isPositive(reason);
    t.increment("exits.total");
    if (positive) {
        t.increment("exits.positive.total");
        t.increment(kPositiveExits[toCode(reason)]);
    } else {
        t.increment("exits.sans_suite.total");
        t.increment(sansSuiteKey(reason));
    }
    if (reason == ExitReason::EmploiDurable && pathway.currentHire) {
        const Hire& hire = *pathway.currentHire;
        t.increment(kJobsByContract[toCode(hire.contract)]);
        t.increment(kJobsByEmployer[toCode(hire.employer)]);
        t.increment(kJobsByNaf[std::string_view(&hire.nafSection, 1)]);
    }
    for (const ExitGroup* group : groupsOf(person, pathway.situation)) {
        t.increment(group->exits);
        if (positive)
            t.increment(group->positive);
    }
}

} // namespace

ConsolidationReport computeConsolidation(const InterchangeData& data, int year)
{
    if (year < 1401 || year > 9998)
        throw std::invalid_argument("L'année " + std::to_string(year) + " n'est pas une année de 1401 à 9998.");
    ConsolidationReport report;
    report.year = year;
    if (data.plie)
        report.plie = *data.plie;
    IndicatorTable& t = report.counts;
    const auto y = static_cast<unsigned short>(year);
    const YearBounds bounds{Date(y, 1, 1), Date(y, 12, 31)};

    std::vector<bool> present(data.pathways.size(), false);
    for (std::size_t i = 0; i < data.pathways.size(); ++i) {
        const Pathway& pathway = data.pathways[i].pathway;
        const Participant& person = data.participants[data.pathways[i].participant];
        const std::optional<Date> exit = pathway.exit ? std::optional<Date>(pathway.exit->date) : std::nullopt;
        const bool atStart = pathway.entryDate < bounds.start && (!exit || *exit >= bounds.start);
        const bool entered = bounds.contains(pathway.entryDate);
        present[i] = atStart || entered;
        if (atStart)
            t.increment("stock.in_parcours_start");
        if (entered) {
            t.increment("stock.entries");
            countEntry(t, person, pathway);
        }
        if (present[i])
            t.increment("stock.present");
        if (exit && bounds.contains(*exit)) {
            t.increment("stock.exits");
            countExit(t, person, pathway);
        }
        if (pathway.entryDate <= bounds.end && (!exit || *exit > bounds.end))
            t.increment("stock.in_parcours_end");
    }
    for (const auto& [step, pathway] : data.steps) {
        if (!present[pathway] || step.start > bounds.end || (step.end && *step.end < bounds.start))
            continue;
        t.increment("steps.total");
        t.increment(kStepsByType[toCode(step.type)]);
        if (isIaeSubtype(step.subtype))
            t.increment(kIaeStepsBySubtype[toCode(step.subtype)]);
    }
    for (const auto& [barrier, pathway] : data.barriers) {
        if (!present[pathway])
            continue;
        if (bounds.contains(barrier.identifiedDate))
            t.increment(kBarriersIdentified[toCode(barrier.category)]);
        if (barrier.liftedDate && bounds.contains(*barrier.liftedDate))
            t.increment(kBarriersLifted[toCode(barrier.category)]);
    }
    return report;
}

ConsolidationReport computeConsolidation(Database& db, int year)
{
    ConsolidationReport report = computeConsolidation(loadInterchangeData(db), year);
    report.plie = PlieSettingsRepository(db).get();
    return report;
}

} // namespace parcours
