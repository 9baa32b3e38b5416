// A dump replaces the nine files of its folder together or not at all, through private temporaries
// that never outlive it. POSIX (permission bits, umask).
#include "InterchangeFolderFixture.h"
#include "StoreFixture.h"
#include "interchange/FolderWriter.h"
#include "platform/AtomicFile.h"
#include "store/Database.h"
#include "transfer/FolderDump.h"
#include "transfer/FolderImport.h"

#include <fstream>
#include <map>
#include <sys/stat.h>

using namespace parcours;
using namespace parcours::test;

namespace {

namespace fs = std::filesystem;

// Every entry of a folder with its content (folders as "<dossier>").
std::map<std::string, std::string> snapshot(const fs::path& folder)
{
    std::map<std::string, std::string> content;
    for (const auto& entry : fs::directory_iterator(folder))
        content[entry.path().filename().string()] = entry.is_directory() ? "<dossier>" : fileBytes(entry.path());
    return content;
}

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    EXPECT_EQ(lstat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

class FolderDumpSafety : public InterchangeFolderFixture {
protected:
    void SetUp() override
    {
        InterchangeFolderFixture::SetUp();
        ASSERT_TRUE(importFolderIntoFile(database.path(), clock, folder).succeeded());
        dump = folder.parent_path() / (folder.filename().string() + "-dump");
    }
    void TearDown() override
    {
        setWriteFaultForTesting({});
        fs::remove_all(dump);
        InterchangeFolderFixture::TearDown();
    }

    // An earlier dump whose every file differs from what the next dump writes.
    void earlierDump()
    {
        fs::create_directories(dump);
        for (const auto& [name, content] : validFiles())
            std::ofstream(dump / name, std::ios::binary) << "ancienne version de " << name << "\n";
    }

    void dumpAgain()
    {
        Database db(database.path(), OpenMode::ExistingOnly);
        dumpDatabase(db, dump);
    }

    FixedClock clock{d("2026-11-27")};
    TempDatabaseFile database;
    fs::path dump;
};

} // namespace

TEST_F(FolderDumpSafety, ADiskFullDuringTheDumpLeavesTheFolderExactlyAsItWas)
{
    earlierDump();
    const auto before = snapshot(dump);
    // Disk full while writing the fifth of the nine files: four would have been replaced before.
    setWriteFaultForTesting([](const fs::path& target) { return target.filename() == "steps.csv"; });
    try {
        dumpAgain();
        FAIL() << "the dump did not report the full disk";
    } catch (const FolderWriteError& error) {
        EXPECT_NE(std::string(error.what()).find("steps.csv"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("disque plein"), std::string::npos) << error.what();
    }
    EXPECT_EQ(snapshot(dump), before); // nothing replaced, no temporary left
}

TEST_F(FolderDumpSafety, ANameTakenByAFolderStopsTheDumpBeforeItReplacesAnything)
{
    earlierDump();
    fs::remove(dump / "hires.csv");
    fs::create_directory(dump / "hires.csv");
    const auto before = snapshot(dump);
    EXPECT_THROW(dumpAgain(), FolderWriteError);
    EXPECT_EQ(snapshot(dump), before);
}

TEST_F(FolderDumpSafety, ADumpReplacesAllNineFilesAndLeavesNoTemporary)
{
    earlierDump();
    dumpAgain();
    const auto after = snapshot(dump);
    ASSERT_EQ(after.size(), 9u);
    for (const auto& [name, content] : after)
        EXPECT_FALSE(content.starts_with("ancienne version")) << name;
}

TEST_F(FolderDumpSafety, AFolderMadeForTheDumpAndItsFilesArePrivateWhateverTheUmask)
{
    const mode_t before = umask(022);
    dumpAgain();
    umask(before);
    EXPECT_EQ(modeOf(dump), 0700u);
    for (const auto& entry : fs::directory_iterator(dump))
        EXPECT_EQ(modeOf(entry.path()), 0600u) << entry.path();
}
