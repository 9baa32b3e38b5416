// libFuzzer target: `apply`'s reader of operations files (readChangesFile, and parseOperation
// through it) on any bytes written to a file. Contract (ChangesFile.h, OperationJson.h): no
// crash; the file's operations, or a ChangesRefused naming at most 100 problems (and a read
// failure), never another exception; every operation accepted writes back (toJson) to an object
// that parses again without problem, to the same JSON.
#include "FuzzSupport.h"

#include "changes/ChangesFile.h"
#include "changes/OperationJson.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parcours;
    const std::filesystem::path file = fuzz::scratchFolder() / "changes.jsonl";
    fuzz::writeFile(file, std::string_view(reinterpret_cast<const char*>(data), size));

    std::vector<Operation> operations;
    try {
        operations = readChangesFile(file);
    } catch (const ChangesRefused& refused) {
        FUZZ_REQUIRE(!refused.problems().empty(), {});
        FUZZ_REQUIRE(refused.problems().size() <= 101, std::to_string(refused.problems().size()));
        for (const std::string& problem : refused.problems())
            FUZZ_REQUIRE(!problem.empty(), {});
        return 0;
    } catch (const std::exception& e) {
        fuzz::contractBroken("readChangesFile threw something else than ChangesRefused", e.what());
    }
    for (const Operation& operation : operations) {
        nlohmann::json written;
        ParsedOperation again;
        try {
            written = toJson(operation);
            again = parseOperation(written);
        } catch (const std::exception& e) {
            fuzz::contractBroken("an accepted operation does not write and read back", e.what());
        }
        std::string problems;
        for (const std::string& p : again.problems)
            problems += "\n  " + p;
        FUZZ_REQUIRE(again.problems.empty(), written.dump() + problems);
        FUZZ_REQUIRE(toJson(again.operation) == written, written.dump());
    }
    return 0;
}
