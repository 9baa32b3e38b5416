// libFuzzer target: a whole interchange folder read by readInterchangeFolder, its files taken
// from the input (sections « ==> participants.csv <== »; text before the first section is
// participants.csv). Contract (FolderReader.h): no crash, no exception, every problem in the
// errors with its file; a folder read without error is written back (writeInterchangeFolder) and
// reads again without error, to the same counts.
#include "FuzzSupport.h"

#include "interchange/FolderReader.h"
#include "interchange/FolderWriter.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

namespace {

// Names the input may give its files: the folder's nine, and a few others that a reader must ignore.
bool acceptedName(const std::string& name)
{
    if (name.empty() || name.size() > 40 || name.front() == '.')
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

void emptyFolder(const std::filesystem::path& folder)
{
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
}

std::string describe(const parcours::ImportErrors& errors)
{
    std::string text;
    for (std::size_t i = 0; i < errors.size() && i < 5; ++i)
        text += "\n  " + errors[i].text();
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parcours;
    using parcours::fuzz::scratchFolder;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::filesystem::path in = scratchFolder() / "in";
    const std::filesystem::path out = scratchFolder() / "out";
    emptyFolder(in);
    for (const auto& [name, text] : fuzz::splitSections(input, "participants.csv")) {
        if (acceptedName(name))
            fuzz::writeFile(in / name, text);
    }

    ImportErrors errors;
    InterchangeData batch;
    try {
        batch = readInterchangeFolder(in, ExistingIds{}, errors);
    } catch (const std::exception& e) {
        fuzz::contractBroken("readInterchangeFolder threw", e.what());
    }
    for (const ImportError& error : errors) {
        FUZZ_REQUIRE(!error.file.empty(), error.text());
        FUZZ_REQUIRE(error.line >= 0, error.text());
        FUZZ_REQUIRE(!error.message.empty(), error.text());
    }
    if (!errors.empty())
        return 0;

    emptyFolder(out);
    try {
        writeInterchangeFolder(batch, out);
    } catch (const std::exception& e) {
        fuzz::contractBroken("writeInterchangeFolder threw on a batch read without error", e.what());
    }
    ImportErrors again;
    InterchangeData reread;
    try {
        reread = readInterchangeFolder(out, ExistingIds{}, again);
    } catch (const std::exception& e) {
        fuzz::contractBroken("readInterchangeFolder threw on a folder it wrote", e.what());
    }
    FUZZ_REQUIRE(again.empty(), "a folder written from an accepted one is refused:" + describe(again));
    const InterchangeCounts before = batch.counts();
    const InterchangeCounts after = reread.counts();
    FUZZ_REQUIRE(before.participants == after.participants && before.pathways == after.pathways
                     && before.steps == after.steps && before.barriers == after.barriers
                     && before.contacts == after.contacts && before.plannedActions == after.plannedActions
                     && before.holds == after.holds && before.hires == after.hires && before.plie == after.plie,
                 "the counts changed through a write and a read");
    return 0;
}
