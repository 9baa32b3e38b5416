// The counting rules of consolidation.md for one calendar year.
#include "consolidation/Consolidation.h"

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

std::string code(std::string_view text)
{
    return std::string(text);
}

// Every key of the file, 0, in the order of the spec's sketch.
void addEveryKey(IndicatorTable& t)
{
    for (const char* key : {"in_parcours_start", "entries", "present", "exits", "in_parcours_end"})
        t.add(std::string("stock.") + key);
    t.add("entries.total");
    for (Sex sex : allValues<Sex>())
        t.add("entries.sex." + code(toCode(sex)));
    for (const char* band : {"under_26", "26_44", "45_plus"})
        t.add(std::string("entries.age.") + band);
    for (EducationGroup group : allValues<EducationGroup>())
        t.add("entries.education." + code(toCode(group)));
    for (const char* key : {"rsa", "deld", "rqth", "other_difficulty"})
        t.add(std::string("entries.public.") + key);
    t.add("entries.qpv");
    t.add("exits.total");
    for (const char* key : {"total", "emploi_durable", "formation_qualifiante", "autre_positive"})
        t.add(std::string("exits.positive.") + key);
    for (const char* key : {"total", "abandon", "demenagement_deces_retraite", "autre"})
        t.add(std::string("exits.sans_suite.") + key);
    for (ContractType contract : allValues<ContractType>())
        t.add("exits.job.contract." + code(toCode(contract)));
    for (EmployerCategory employer : allValues<EmployerCategory>())
        t.add("exits.job.employer." + code(toCode(employer)));
    for (char section = 'A'; section <= 'U'; ++section)
        t.add(std::string("exits.job.naf.") + section);
    for (const std::string& group : consolidationGroups()) {
        t.add("exits.by_group." + group + ".exits");
        t.add("exits.by_group." + group + ".positive");
    }
    t.add("steps.total");
    for (StepType type : allValues<StepType>())
        t.add("steps.type." + code(toCode(type)));
    for (StepSubtype subtype : allValues<StepSubtype>()) {
        if (isIaeSubtype(subtype))
            t.add("steps.iae." + code(toCode(subtype)));
    }
    for (const char* kind : {"identified", "lifted"}) {
        for (BarrierCategory category : allValues<BarrierCategory>())
            t.add(std::string("freins.") + kind + "." + code(toCode(category)));
    }
}

const char* ageBand(int age)
{
    if (age < 26)
        return "under_26";
    return age <= 44 ? "26_44" : "45_plus";
}

const char* sansSuiteKey(ExitReason reason)
{
    if (reason == ExitReason::Abandon)
        return "abandon";
    return isNeutral(reason) ? "demenagement_deces_retraite" : "autre";
}

// The groups of exits.by_group a pathway belongs to.
std::vector<std::string> groupsOf(const Participant& person, const SituationAtEntry& situation)
{
    std::vector<std::string> groups{code(toCode(person.sex))};
    if (situation.rsa)
        groups.emplace_back("rsa");
    if (situation.deld)
        groups.emplace_back("deld");
    if (situation.rqth)
        groups.emplace_back("rqth");
    if (educationGroup(situation.education) == EducationGroup::SansQualification)
        groups.emplace_back("sans_qualification");
    return groups;
}

void countEntry(IndicatorTable& t, const Participant& person, const Pathway& pathway)
{
    t.increment("entries.total");
    t.increment("entries.sex." + code(toCode(person.sex)));
    t.increment(std::string("entries.age.") + ageBand(ageAt(person.birthDate, pathway.entryDate)));
    t.increment("entries.education." + code(toCode(educationGroup(pathway.situation.education))));
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
        t.increment("exits.positive." + code(toCode(reason)));
    } else {
        t.increment("exits.sans_suite.total");
        t.increment(std::string("exits.sans_suite.") + sansSuiteKey(reason));
    }
    if (reason == ExitReason::EmploiDurable && pathway.currentHire) {
        const Hire& hire = *pathway.currentHire;
        t.increment("exits.job.contract." + code(toCode(hire.contract)));
        t.increment("exits.job.employer." + code(toCode(hire.employer)));
        t.increment(std::string("exits.job.naf.") + hire.nafSection);
    }
    for (const std::string& group : groupsOf(person, pathway.situation)) {
        t.increment("exits.by_group." + group + ".exits");
        if (positive)
            t.increment("exits.by_group." + group + ".positive");
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
    addEveryKey(t);
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
        t.increment("steps.type." + code(toCode(step.type)));
        if (isIaeSubtype(step.subtype))
            t.increment("steps.iae." + code(toCode(step.subtype)));
    }
    for (const auto& [barrier, pathway] : data.barriers) {
        if (!present[pathway])
            continue;
        if (bounds.contains(barrier.identifiedDate))
            t.increment("freins.identified." + code(toCode(barrier.category)));
        if (barrier.liftedDate && bounds.contains(*barrier.liftedDate))
            t.increment("freins.lifted." + code(toCode(barrier.category)));
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
