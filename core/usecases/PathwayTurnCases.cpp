// The turns of a pathway: load it, apply the turn, check the turn's rules, write it back
// through the repository (which checks the whole pathway and records its operations).
#include "usecases/PathwayTurnCases.h"

#include "domain/Rules.h"
#include "store/PathwayRepository.h"
#include "usecases/PathwayUpdate.h"

namespace parcours {

namespace {

void requireOpen(const Pathway& pathway, const std::string& what)
{
    if (pathway.exit)
        refuseField("exit_date", "Le parcours est clos depuis le " + toFrenchDate(pathway.exit->date) + " : " + what
                                     + " n'est plus possible.");
}

// A hold still open ends on `day` (the day before a hire; an exit's day), never before it started.
void endOpenHold(Pathway& pathway, const Date& day)
{
    if (Hold* hold = pathway.openHold())
        hold->end = std::max(hold->start, day);
}

} // namespace

Change putOnHold(Database& db, const Clock& clock, RowId pathwayId, const Date& start, const std::string& reason)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        requireOpen(p, "la mise en veille");
        if (p.openHold())
            refuseField("start_date",
                        "Le parcours est déjà en veille depuis le " + toFrenchDate(p.openHold()->start) + ".");
        if (p.hireRuns())
            refuseField("start_date", "Le parcours est en emploi, en suivi de six mois : il ne se met pas en veille.");
        Hold hold;
        hold.start = start;
        hold.reason = reason;
        p.holds.push_back(hold);
    });
}

Change resumePathway(Database& db, const Clock& clock, RowId pathwayId, const Date& end)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        Hold* hold = p.openHold();
        if (!hold)
            refuseField("end_date", "Le parcours n'est pas en veille.");
        if (end < hold->start)
            refuseField("end_date", "La reprise du " + toFrenchDate(end) + " précède la mise en veille du "
                                        + toFrenchDate(hold->start) + ".");
        hold->end = end;
    });
}

Change recordHire(Database& db, const Clock& clock, RowId pathwayId, Hire hire)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        requireOpen(p, "l'embauche");
        if (p.hireRuns())
            refuseField("hire_date", "Une embauche du " + toFrenchDate(p.currentHire->hireDate)
                                         + " est en suivi : notez d'abord sa rupture ou validez-la.");
        if (p.currentHire) // ended: it joins the earlier hires
            p.earlierHires.push_back(*p.currentHire);
        hire.record = {};
        hire.endDate.reset();
        endOpenHold(p, hire.hireDate - boost::gregorian::days(1));
        p.currentHire = hire;
    });
}

Change validateSustainedJob(Database& db, const Clock& clock, RowId pathwayId)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        requireOpen(p, "la validation");
        if (!p.hireRuns())
            refuseField("exit_reason", "Aucune embauche n'est en suivi : l'emploi durable se valide six mois après une "
                                       "embauche.");
        const Date six = sixMonthDate(p.currentHire->hireDate);
        if (clock.today() < six)
            refuseField("exit_date", "Les six mois de l'embauche du " + toFrenchDate(p.currentHire->hireDate)
                                         + " ne sont atteints que le " + toFrenchDate(six) + ".");
        endOpenHold(p, six);
        p.exit = PathwayExit{six, ExitReason::EmploiDurable};
    });
}

Change recordBrokenContract(Database& db, const Clock& clock, RowId pathwayId, const Date& end,
                            const std::string& reason)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        requireOpen(p, "la rupture");
        if (!p.hireRuns())
            refuseField("end_date", "Aucune embauche n'est en suivi.");
        Hire broken = *p.currentHire;
        if (end < broken.hireDate)
            refuseField("end_date", "La rupture du " + toFrenchDate(end) + " précède l'embauche du "
                                        + toFrenchDate(broken.hireDate) + ".");
        broken.endDate = end;
        broken.endReason = reason;
        p.earlierHires.push_back(broken);
        p.currentHire.reset();
    });
}

Change exitPathway(Database& db, const Clock& clock, RowId pathwayId, const Date& date, ExitReason reason)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) {
        requireOpen(p, "une nouvelle sortie");
        if (reason == ExitReason::EmploiDurable)
            refuseField("exit_reason", "La sortie en emploi durable se valide au terme des six mois de suivi de "
                                       "l'embauche.");
        if (p.hireRuns())
            refuseField("exit_reason", "Une embauche est en suivi : notez d'abord sa rupture, ou validez l'emploi "
                                       "durable à six mois.");
        endOpenHold(p, date);
        p.exit = PathwayExit{date, reason};
    });
}

Change editSituationAtEntry(Database& db, const Clock& clock, RowId pathwayId, const SituationAtEntry& situation)
{
    return updatePathway(db, clock, pathwayId, [&](Pathway& p) { p.situation = situation; });
}

} // namespace parcours
