// The demo's pathways: situation at entry, exit (or not yet) in the national shares, the hire of
// an emploi durable exit or of a six-month follow-up, earlier broken hires and holds.
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Participant.h"
#include "domain/Pathway.h"

namespace parcours::demo {

// A pathway and the last day its steps, barriers and contacts may fall on: its exit, or today.
struct BuiltPathway {
    Pathway pathway;
    Date lastDay;
};

struct PathwayRequest {
    Date entry;
    Date today;
    // The earlier pathway of someone who came back: it has ended by `endBy`, and not by death
    // or retirement. The entry leaves at least 1,065 days before `endBy`.
    bool mustEnd = false;
    Date endBy;
};

// Education groups 13/48/29/10 (part of the entries before 2019 in the old nomenclature), RSA 46%,
// DELD 30%, RQTH 4%, other difficulty 28%.
SituationAtEntry drawSituation(DemoRandom& rng, const Date& entry);

// Every date lies between the entry and the request's today.
BuiltPathway makePathway(DemoRandom& rng, const Participant& person, const PathwayRequest& request);

} // namespace parcours::demo
