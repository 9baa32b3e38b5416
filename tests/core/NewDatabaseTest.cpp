// A database that import or demo creates appears whole or not at all: built aside, moved into place
// without replacing what another program created meanwhile, nothing left under its name by a kill.
// POSIX (fork, SIGKILL).
#include "InterchangeFolderFixture.h"
#include "StoreFixture.h"
#include "store/Database.h"
#include "store/ParticipantRepository.h"
#include "store/PlieSettingsRepository.h"
#include "store/StoreError.h"
#include "transfer/DemoDatabase.h"
#include "transfer/FolderImport.h"

#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace parcours;
using namespace parcours::test;

namespace {

namespace fs = std::filesystem;

std::vector<std::string> entriesOf(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

bool isHiddenTemporaryOf(const std::string& name, const std::string& target)
{
    return name.starts_with("." + target + ".")
           && (name.ends_with(".part") || name.ends_with(".part-journal") || name.ends_with(".part-wal")
               || name.ends_with(".part-shm"));
}

// Runs `work` in a child process and SIGKILLs it at the first progress report of a stage that
// writes the database (not `reading`, the stage before any write). Returns whether it got there.
bool killDuringWrite(const std::function<void(const Progress&)>& work, std::string_view reading)
{
    int channel[2];
    if (pipe(channel) != 0)
        return false;
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        try {
            work([&](std::string_view stage, std::size_t, std::size_t) {
                if (stage == reading)
                    return;
                const char ready = 'w';
                if (write(channel[1], &ready, 1) == 1)
                    pause(); // until killed
            });
        } catch (...) {
        }
        _exit(1);
    }
    close(channel[1]);
    char ready = 0;
    const bool reached = read(channel[0], &ready, 1) == 1;
    close(channel[0]);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    return reached;
}

class NewDatabase : public InterchangeFolderFixture {
protected:
    void SetUp() override
    {
        InterchangeFolderFixture::SetUp();
        target = folder.parent_path() / (folder.filename().string() + "-base");
        fs::create_directories(target);
        database = target / "suivi.parcours";
    }
    void TearDown() override
    {
        fs::remove_all(target);
        InterchangeFolderFixture::TearDown();
    }

    std::size_t participantsIn(const fs::path& path)
    {
        Database db(path, OpenMode::ExistingOnly);
        return ParticipantRepository(db, clock).count();
    }

    FixedClock clock{d("2026-11-27")};
    fs::path target;
    fs::path database;
};

} // namespace

TEST_F(NewDatabase, AnImportRefusesABaseThatAnotherProgramCreatedMeanwhileAndRemovesNothing)
{
    bool created = false;
    try {
        importFolderIntoFile(database, clock, folder, [&](std::string_view stage, std::size_t, std::size_t) {
            if (stage == "Lecture des fichiers" || created)
                return;
            created = true; // the other program: a whole import into the same missing file
            ASSERT_TRUE(importFolderIntoFile(database, clock, folder).succeeded());
        });
        FAIL() << "the second import to finish did not notice the first";
    } catch (const StoreError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "La base « " + database.string()
                      + " » a été créée par un autre programme pendant l'import : rien n'a été importé, relancez "
                        "l'import.");
    }
    ASSERT_TRUE(created);
    EXPECT_EQ(entriesOf(target), std::vector<std::string>{"suivi.parcours"});
    EXPECT_EQ(participantsIn(database), 3u);
}

TEST_F(NewDatabase, ADemoRefusesABaseThatAnotherProgramCreatedMeanwhile)
{
    bool created = false;
    EXPECT_THROW(createDemoDatabase(database, clock, DemoOptions{20, 1, clock.today()},
                                    [&](std::string_view stage, std::size_t, std::size_t) {
                                        if (stage == "Génération" || created)
                                            return;
                                        created = true;
                                        ASSERT_TRUE(importFolderIntoFile(database, clock, folder).succeeded());
                                    }),
                 DemoRefused);
    ASSERT_TRUE(created);
    EXPECT_EQ(entriesOf(target), std::vector<std::string>{"suivi.parcours"});
    EXPECT_EQ(participantsIn(database), 3u);
}

TEST_F(NewDatabase, AKillDuringAnImportIntoAMissingBaseLeavesNoBaseAndTheNextImportCleansUp)
{
    ASSERT_TRUE(
        killDuringWrite([&](const Progress& progress) { importFolderIntoFile(database, clock, folder, progress); },
                        "Lecture des fichiers"));
    EXPECT_FALSE(fs::exists(database)) << "a killed import left a base";
    const std::vector<std::string> left = entriesOf(target);
    ASSERT_FALSE(left.empty()); // the killed import's temporary, at worst
    for (const std::string& name : left)
        EXPECT_TRUE(isHiddenTemporaryOf(name, "suivi.parcours")) << name;

    ASSERT_TRUE(importFolderIntoFile(database, clock, folder).succeeded());
    EXPECT_EQ(entriesOf(target), std::vector<std::string>{"suivi.parcours"}); // the stale temporary is gone
    EXPECT_EQ(participantsIn(database), 3u);
}

TEST_F(NewDatabase, AKillDuringADemoIntoAMissingBaseLeavesNoBaseAndTheNextDemoCleansUp)
{
    const DemoOptions options{40, 3, clock.today()};
    ASSERT_TRUE(killDuringWrite(
        [&](const Progress& progress) { createDemoDatabase(database, clock, options, progress); }, "Génération"));
    EXPECT_FALSE(fs::exists(database)) << "a killed demo left a base";
    for (const std::string& name : entriesOf(target))
        EXPECT_TRUE(isHiddenTemporaryOf(name, "suivi.parcours")) << name;

    EXPECT_EQ(createDemoDatabase(database, clock, options).participants, 40u);
    EXPECT_EQ(entriesOf(target), std::vector<std::string>{"suivi.parcours"});
}

TEST_F(NewDatabase, ADemoRefusesABaseThatHoldsOnlyAPlieIdentity)
{
    {
        Database db(database, OpenMode::CreateIfMissing);
        PlieSettingsRepository(db, clock).set(PlieSettings{"PLIE du Pays de Brest", "PLIE-029", 30, false});
    }
    try {
        createDemoDatabase(database, clock, DemoOptions{20, 1, clock.today()});
        FAIL() << "the demo replaced the PLIE's identity";
    } catch (const DemoRefused& error) {
        EXPECT_NE(std::string(error.what()).find("PLIE du Pays de Brest"), std::string::npos) << error.what();
    }
    Database db(database, OpenMode::ExistingOnly);
    const PlieSettings kept = PlieSettingsRepository(db, clock).get();
    EXPECT_EQ(kept.name, "PLIE du Pays de Brest");
    EXPECT_EQ(kept.code, "PLIE-029");
    EXPECT_EQ(ParticipantRepository(db, clock).count(), 0u);
}

TEST_F(NewDatabase, ADemoStillFillsAnEmptyExistingBase)
{
    {
        Database db(database, OpenMode::CreateIfMissing);
    }
    EXPECT_EQ(createDemoDatabase(database, clock, DemoOptions{20, 1, clock.today()}).participants, 20u);
}
