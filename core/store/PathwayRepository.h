// Pathways with their holds, hires and steps: one aggregate, one transaction per operation.
#pragma once

#include "domain/Clock.h"
#include "domain/Pathway.h"
#include "domain/Step.h"

#include <optional>
#include <vector>

namespace parcours {

class Database;

class PathwayRepository {
public:
    PathwayRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Checks checkPathwayWhole against the participant and checkPathwayAmongOthers
    // against their other pathways (RuleError), then stores the pathway, its holds
    // and hires, assigning identities.
    void add(Pathway& pathway);
    // Same checks; replaces the stored holds and hires with the given ones (keeping
    // the UUIDs of those that carry one: a given hold or hire is the stored one of the
    // same UUID, or of the same id when it has no UUID). StoreError when unknown.
    void update(Pathway& pathway);
    void remove(RowId id); // with its steps, barriers, contacts, holds, hires; StoreError when unknown

    std::optional<Pathway> find(RowId id);
    std::optional<Pathway> findByExternalId(const std::string& externalId);
    std::vector<Pathway> forParticipant(RowId participantId); // by entry date
    std::vector<Pathway> all();                               // by id

    // Steps: checked with checkStep against their pathway. The opérateur is found or
    // created by its trimmed name. updateStep and removeStep: StoreError when unknown.
    void addStep(Step& step);
    void updateStep(Step& step);
    void removeStep(RowId stepId);
    std::optional<Step> findStep(RowId stepId);
    std::vector<Step> steps(RowId pathwayId); // by start date
    std::vector<Step> allSteps();             // by id

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
