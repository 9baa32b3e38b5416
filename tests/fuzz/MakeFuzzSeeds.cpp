// Writes the generated part of the fuzzers' seeds: a small demo PLIE as an interchange folder
// (each file for the CSV reader, the whole folder for the folder reader), its warehouse and
// public exports of two years for `consolidate`, and the operations of a demo database for
// `apply`. Usage: make_fuzz_seeds OUTPUT_FOLDER
#include "changes/ChangesFile.h"
#include "consolidation/Consolidation.h"
#include "consolidation/ReportWriter.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "interchange/FolderWriter.h"
#include "store/Database.h"
#include "transfer/DemoDatabase.h"

#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

using namespace parcours;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "Usage: " << argv[0] << " OUTPUT_FOLDER\n";
        return 2;
    }
    try {
        const fs::path output = argv[1];
        const fs::path work = output / "work";
        fs::remove_all(output);
        for (const char* target : {"csv_reader", "interchange_folder", "consolidate", "changes_file"})
            fs::create_directories(output / target);
        fs::create_directories(work);

        const Date today = *parseIsoDate("2026-06-30");
        DemoOptions options;
        options.participants = 12;
        options.seed = 7;
        options.today = today;
        options.historyYears = 3;
        const InterchangeData demo = generateDemo(options);

        // The folder, file by file and whole.
        writeInterchangeFolder(demo, work / "folder");
        std::string folder;
        for (const auto& entry : fs::directory_iterator(work / "folder")) {
            const std::string text = readText(entry.path());
            writeText(output / "csv_reader" / ("demo-" + entry.path().filename().string()), text);
            folder += "==> " + entry.path().filename().string() + " <==\n" + text;
        }
        writeText(output / "interchange_folder" / "demo-folder.txt", folder);

        // Exports of two years, and the two PLIE of one year together.
        for (const int year : {2025, 2026}) {
            ConsolidationReport report = computeConsolidation(demo, year);
            const std::string warehouse = reportJsonText(report, ReportProfile::warehouse(), "2026-06-30T09:00:00Z");
            writeText(output / "consolidate" / ("demo-" + std::to_string(year) + ".json"), warehouse);
            writeText(output / "consolidate" / ("demo-public-" + std::to_string(year) + ".json"),
                      reportJsonText(report, ReportProfile::forPublic(), "2026-06-30T09:00:00Z"));
            if (year == 2026)
                writeText(output / "consolidate" / "demo-two.txt",
                          "==> rennes.json <==\n" + warehouse + "\n==> brest.json <==\n" + warehouse + "\n");
        }

        // The operations of a demo database, as `changes` writes them.
        const FixedClock clock(today);
        options.participants = 3;
        createDemoDatabase(work / "demo.db", clock, options);
        Database db(work / "demo.db", OpenMode::ExistingOnly);
        std::ostringstream changes;
        writeChanges(db, std::nullopt, changes);
        std::istringstream lines(changes.str());
        std::string line;
        std::string firstLines;
        for (int n = 0; std::getline(lines, line); ++n) {
            if (n < 40)
                firstLines += line + "\n";
        }
        writeText(output / "changes_file" / "demo-changes.jsonl", firstLines);
        fs::remove_all(work);
    } catch (const std::exception& e) {
        std::cerr << "make_fuzz_seeds: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
