// libFuzzer target: `consolidate`'s reader of warehouse exports (consolidateExports), the
// exports taken from the input (sections « ==> rennes.json <== »; text before the first section
// is one export). Contract (ConsolidateExports.h): no crash; the exports are added up or refused
// with a ConsolidationInputError, never another exception; a sum lists every PLIE given and
// writes its own document.
#include "FuzzSupport.h"

#include "consolidation/ConsolidateExports.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parcours;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<ExportText> exports;
    for (auto& [name, text] : fuzz::splitSections(input, "export.json"))
        exports.push_back({std::move(name), std::move(text)});

    ConsolidatedExports sum;
    try {
        sum = consolidateExports(exports);
    } catch (const ConsolidationInputError& refused) {
        FUZZ_REQUIRE(*refused.what() != '\0', {});
        return 0;
    } catch (const std::exception& e) {
        fuzz::contractBroken("consolidateExports threw something else than ConsolidationInputError", e.what());
    }
    FUZZ_REQUIRE(!exports.empty(), "an empty list was accepted");
    try {
        const auto document = consolidatedJson(sum, "2026-12-01T09:00:00Z");
        FUZZ_REQUIRE(document["plie_count"] == sum.plies.size(), std::to_string(sum.plies.size()));
    } catch (const std::exception& e) {
        fuzz::contractBroken("consolidatedJsonText threw on an accepted sum", e.what());
    }
    return 0;
}
