// Renaming and merging opérateurs, through the recording store (EntityTables' `operator`
// and the `operator` field of steps).
#include "usecases/OperatorCases.h"

#include "domain/Rules.h"
#include "domain/TextFolding.h"
#include "store/ChangeRecorder.h"
#include "store/RowMapping.h"
#include "store/RowStore.h"
#include "usecases/UseCase.h"

#include <vector>

namespace parcours {

namespace {

[[noreturn]] void refuse(const std::string& message)
{
    throw RuleError(Violations{{"operator", message}});
}

std::string uuidOfOperator(Database& db, RowId operatorId)
{
    const std::string uuid = rowstore::uuidOf(db, "operators", operatorId);
    if (uuid.empty())
        refuse("Cet opérateur n'existe plus.");
    return uuid;
}

// The name of another opérateur that reads as `name` (accents and case set aside), or "".
std::string homonym(Database& db, RowId operatorId, const std::string& name)
{
    const std::string folded = foldText(name);
    auto query = db.statement("SELECT name FROM operators WHERE id <> ?1");
    query->bind(1, operatorId);
    while (query->executeStep()) {
        std::string other = query->getColumn(0).getString();
        if (foldText(other) == folded)
            return other;
    }
    return {};
}

} // namespace

Change renameOperator(Database& db, const Clock& clock, RowId operatorId, const std::string& name)
{
    const std::string wanted = rows::trimmed(name);
    if (wanted.empty())
        refuse("Le nom de l'opérateur est vide.");
    return inOneTransaction(db, [&] {
        const std::string uuid = uuidOfOperator(db, operatorId);
        if (const std::string other = homonym(db, operatorId, wanted); !other.empty())
            refuse("Un autre opérateur s'appelle déjà « " + other + " » : fusionnez-les plutôt.");
        recorder::patch(db, clock, "operator", uuid, {{"name", wanted}});
    });
}

Change mergeOperators(Database& db, const Clock& clock, RowId from, RowId into)
{
    if (from == into)
        refuse("Un opérateur ne se fusionne pas avec lui-même.");
    return inOneTransaction(db, [&] {
        const std::string fromUuid = uuidOfOperator(db, from);
        const std::string intoUuid = uuidOfOperator(db, into);
        std::vector<std::string> steps;
        {
            auto query = db.statement("SELECT uuid FROM steps WHERE operator_id = ?1 ORDER BY id");
            query->bind(1, from);
            while (query->executeStep())
                steps.push_back(query->getColumn(0).getString());
        }
        for (const std::string& step : steps)
            recorder::patch(db, clock, "step", step, {{"operator", intoUuid}});
        recorder::remove(db, clock, "operator", fromUuid);
    });
}

} // namespace parcours
