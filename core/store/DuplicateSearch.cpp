// Probable duplicates: a narrow query on birth date or France Travail id, names compared without accents.
#include "store/DuplicateSearch.h"

#include "domain/Clock.h"
#include "domain/TextFolding.h"
#include "store/Database.h"
#include "store/NameCollation.h"
#include "store/ParticipantRepository.h"

#include <algorithm>
#include <string_view>

namespace parcours {

namespace {

std::string trimmedKey(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return foldText(text.substr(first, last - first + 1));
}

} // namespace

std::vector<Participant> findProbableDuplicates(Database& db, const Participant& candidate)
{
    const std::string lastKey = trimmedKey(candidate.lastName);
    const std::string firstKey = trimmedKey(candidate.firstName);
    std::string franceTravailId = candidate.franceTravailId;
    franceTravailId.erase(0, franceTravailId.find_first_not_of(" \t"));
    franceTravailId.erase(franceTravailId.find_last_not_of(" \t") + 1);

    std::vector<RowId> ids;
    {
        auto query = db.statement("SELECT id, last_name, first_name, trim(france_travail_id), birth_date FROM participants "
                                  "WHERE birth_date = ?1 OR (?2 <> '' AND trim(france_travail_id) = ?2)");
        query->bind(1, toIsoDate(candidate.birthDate));
        query->bind(2, franceTravailId);
        while (query->executeStep()) {
            const RowId id = query->getColumn(0).getInt64();
            if (id == candidate.record.id)
                continue;
            const bool sameId = !franceTravailId.empty() && query->getColumn(3).getString() == franceTravailId;
            const bool sameNames = !lastKey.empty() && trimmedKey(query->getColumn(1).getString()) == lastKey
                && trimmedKey(query->getColumn(2).getString()) == firstKey;
            const bool sameBirth = query->getColumn(4).getString() == toIsoDate(candidate.birthDate);
            if (sameId || (sameNames && sameBirth))
                ids.push_back(id);
        }
    }
    const SystemClock clock; // reading only: no timestamp is written
    ParticipantRepository participants(db, clock);
    std::vector<Participant> found;
    for (const RowId id : ids) {
        if (auto participant = participants.find(id))
            found.push_back(std::move(*participant));
    }
    std::sort(found.begin(), found.end(), [](const Participant& a, const Participant& b) {
        const int byLast = compareNames(a.lastName, b.lastName);
        return byLast != 0 ? byLast < 0 : compareNames(a.firstName, b.firstName) < 0;
    });
    return found;
}

} // namespace parcours
