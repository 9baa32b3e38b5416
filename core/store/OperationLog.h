// The operations table: the history of every change made or applied in this database.
#pragma once

#include "store/Operation.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace parcours {

class Database;

// Appends `operation` as it is (its op, change, at, author...) and sets its seq.
void appendOperation(Database& db, Operation& operation);
bool hasOperation(Database& db, const std::string& op);
// The seq of an operation, nullopt when this database does not hold it.
std::optional<std::int64_t> operationSeq(Database& db, const std::string& op);

// Every operation after `afterSeq` (0: all), in the order they were made, one at a time.
void forEachOperation(Database& db, std::int64_t afterSeq, const std::function<void(const Operation&)>& visit);
// The history of one participant.e's file, oldest first.
std::vector<Operation> operationsOfFile(Database& db, const std::string& participantUuid);
std::int64_t operationCount(Database& db);

} // namespace parcours
