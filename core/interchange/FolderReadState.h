// The state shared by the readers of the files of one interchange folder (internal).
#pragma once

#include "domain/Rules.h"
#include "interchange/CsvTable.h"
#include "interchange/FolderReader.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
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

    // A file refused as a whole (unreadable, a wrong header, a stray quote) is not known row by
    // row: a reference to one of its rows is not an error of its own, only counted (« participant
    // inconnu » 1,500 times would bury the one error to correct).
    bool participantsRefused = false;
    bool pathwaysRefused = false;
    std::unordered_set<std::string> uncheckedPathways; // whose participant could not be looked up
    std::size_t uncheckedReferences = 0;               // in the file being read
};

// After reading `file`: one error for the references it makes to rows of a refused file.
void reportUncheckedReferences(FolderReadState& state, const std::string& file, const std::string& refusedFile);

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
