// Participants: saved, read back, found by external id; one transaction per operation.
#pragma once

#include "domain/Clock.h"
#include "domain/Participant.h"

#include <optional>
#include <string>
#include <vector>

namespace parcours {

class Database;

class ParticipantRepository {
public:
    ParticipantRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Checks the rules (RuleError), assigns id, UUID and timestamps, stores. An external
    // id already held is refused (RuleError on participant_id).
    void add(Participant& participant);
    // Checks the rules, including the age at each of the person's entries; updates
    // updatedAt. Throws StoreError when the participant does not exist.
    void update(Participant& participant);
    // Removes the participant with all their pathways, steps, barriers, contacts.
    // Throws StoreError when the participant does not exist.
    void remove(RowId id);

    std::optional<Participant> find(RowId id);
    std::optional<Participant> findByExternalId(const std::string& externalId);
    std::optional<Participant> findByUuid(const std::string& uuid);
    std::vector<Participant> all(); // by last name, first name
    int count();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
