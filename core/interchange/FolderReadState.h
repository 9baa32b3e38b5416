// The state shared by the readers of the files of one interchange folder (internal).
#pragma once

#include "domain/Rules.h"
#include "interchange/CsvTable.h"
#include "interchange/FolderReader.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace parcours::interchange {

struct FolderReadState {
    const std::filesystem::path& folder;
    const ExistingIds& existing;
    InterchangeData& batch;
    ImportErrors& errors;

    std::unordered_map<std::string, std::size_t> participantIndex;
    std::unordered_map<std::string, std::size_t> pathwayIndex;
    std::vector<bool> participantDated;  // birth date known: the age can be checked
    std::vector<bool> pathwayDated;      // entry date known: dates can be checked against it
    std::vector<int> pathwayLine;        // line in parcours.csv
    std::vector<std::vector<int>> holdLines;  // per pathway, the holds.csv line of each hold
};

void readPlieFile(FolderReadState& state);
void readParticipantsFile(FolderReadState& state);
void readPathwaysFile(FolderReadState& state);
void readHoldsFile(FolderReadState& state);
void readHiresFile(FolderReadState& state);
void readStepsFile(FolderReadState& state);
void readBarriersFile(FolderReadState& state);
void readContactsFile(FolderReadState& state);
void readActionsFile(FolderReadState& state);

// Reports each rule violation on its column of `row`.
void reportViolations(CsvRow& row, const Violations& violations, std::span<const ColumnSpec> columns);

} // namespace parcours::interchange
