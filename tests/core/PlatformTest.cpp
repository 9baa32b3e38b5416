// The platform layer: a hardened process, private files, the atomic writer, rename without replacing.
// POSIX tests (fork, umask, permission bits, symbolic links).
#include "platform/Platform.h"
#include "EndedProcess.h"
#include "platform/AtomicFile.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <random>
#include <sstream>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace parcours {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeAll(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    EXPECT_EQ(lstat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

std::vector<std::string> entriesOf(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class PlatformTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder = fs::temp_directory_path()
                   / ("parcours-platform-" + std::to_string(getpid()) + "-" + std::to_string(std::random_device()()));
        fs::create_directories(m_folder);
    }
    void TearDown() override
    {
        setWriteFaultForTesting({});
        fs::remove_all(m_folder);
    }
    fs::path m_folder;
};

TEST_F(PlatformTest, HardenedProcessCreatesPrivateFilesAndWritesNoCoreDump)
{
    const fs::path file = m_folder / "base.parcours";
    const fs::path folder = m_folder / "dossier";
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        umask(022);
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited); // may fail unprivileged; hardenProcess must still bring it to 0
        hardenProcess();
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        std::ofstream(file) << "x";
        fs::create_directory(folder);
        _exit(core.rlim_cur == 0 && core.rlim_max == 0 ? 0 : 3);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "RLIMIT_CORE is not 0 after hardenProcess";
    EXPECT_EQ(modeOf(file), 0600u);
    EXPECT_EQ(modeOf(folder), 0700u);
}

TEST_F(PlatformTest, MakePrivateClosesAnExistingFileAndFolder)
{
    const fs::path file = m_folder / "export.csv";
    writeAll(file, "a");
    fs::permissions(file, fs::perms(0644));
    fs::permissions(m_folder, fs::perms(0755));
    std::error_code error;
    EXPECT_TRUE(makePrivate(file, error)) << error.message();
    EXPECT_TRUE(makePrivate(m_folder, error)) << error.message();
    EXPECT_EQ(modeOf(file), 0600u);
    EXPECT_EQ(modeOf(m_folder), 0700u);
    EXPECT_FALSE(makePrivate(m_folder / "absent", error));
}

TEST_F(PlatformTest, AtomicFileReplacesTheTargetWithAPrivateFileAndLeavesNoTemporary)
{
    const fs::path target = m_folder / "liste.csv";
    writeAll(target, "ancien");
    fs::permissions(target, fs::perms(0644));
    const mode_t before = umask(0); // the writer must not depend on the umask
    writeFileAtomically(target, "nouveau");
    umask(before);
    EXPECT_EQ(readAll(target), "nouveau");
    EXPECT_EQ(modeOf(target), 0600u);
    EXPECT_EQ(entriesOf(m_folder), std::vector<std::string>{"liste.csv"});
}

TEST_F(PlatformTest, AtomicFileNeverWritesThroughAPlantedSymbolicLink)
{
    const fs::path victim = m_folder / "victime.txt";
    writeAll(victim, "intact");
    const fs::path target = m_folder / "participants.csv";
    // The names an older version used, and a link named like a temporary of a running process.
    for (const std::string& name :
         std::vector<std::string>{"participants.csv.tmp", "participants.csv.part",
                                  ".participants.csv." + std::to_string(getpid()) + "-0.part"})
        fs::create_symlink(victim, m_folder / name);
    {
        AtomicFile file(target);
        EXPECT_FALSE(fs::is_symlink(file.temporary()));
        file.write("données");
        file.commit();
    }
    EXPECT_EQ(readAll(victim), "intact");
    EXPECT_EQ(readAll(target), "données");
}

TEST_F(PlatformTest, AFailedWriteLeavesTheTargetAsItWasAndRemovesTheTemporary)
{
    const fs::path target = m_folder / "participants.csv";
    writeAll(target, "ancien");
    setWriteFaultForTesting([](const fs::path& path) { return path.filename() == "participants.csv"; });
    EXPECT_THROW(
        {
            AtomicFile file(target);
            file.stream() << std::string(200000, 'x');
            file.commit();
        },
        FileWriteError);
    try {
        writeFileAtomically(target, "nouveau");
        FAIL() << "the write did not fail";
    } catch (const FileWriteError& error) {
        EXPECT_NE(std::string(error.what()).find("disque plein"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("participants.csv"), std::string::npos) << error.what();
    }
    EXPECT_EQ(readAll(target), "ancien");
    EXPECT_EQ(entriesOf(m_folder), std::vector<std::string>{"participants.csv"});
}

TEST_F(PlatformTest, AFinishedFileLeavesTheTargetUntouchedUntilCommitted)
{
    const fs::path target = m_folder / "plie.csv";
    writeAll(target, "ancien");
    {
        AtomicFile file(target);
        file.write("nouveau");
        file.finish();
        EXPECT_EQ(readAll(target), "ancien");
        EXPECT_EQ(readAll(file.temporary()), "nouveau");
    } // never committed: the temporary goes
    EXPECT_EQ(readAll(target), "ancien");
    EXPECT_EQ(entriesOf(m_folder), std::vector<std::string>{"plie.csv"});
}

TEST_F(PlatformTest, AnExternalWriterWritesTheReservedTemporary)
{
    const fs::path target = m_folder / "classeur.xlsx";
    AtomicFile file(target);
    file.releaseToExternalWriter();
    writeAll(file.temporary(), "PK");
    file.commit();
    EXPECT_EQ(readAll(target), "PK");
    EXPECT_EQ(modeOf(target), 0600u);
}

TEST_F(PlatformTest, RenameNoReplaceRefusesAnExistingTarget)
{
    const fs::path from = m_folder / "nouvelle";
    const fs::path to = m_folder / "base";
    writeAll(from, "nouvelle");
    writeAll(to, "créée entre-temps");
    std::error_code error;
    EXPECT_FALSE(renameNoReplace(from, to, error));
    EXPECT_EQ(error, std::errc::file_exists);
    EXPECT_EQ(readAll(to), "créée entre-temps");
    EXPECT_EQ(readAll(from), "nouvelle");

    fs::remove(to);
    EXPECT_TRUE(renameNoReplace(from, to, error)) << error.message();
    EXPECT_EQ(readAll(to), "nouvelle");
    EXPECT_FALSE(fs::exists(from));
}

TEST_F(PlatformTest, StaleTemporariesOfDeadProcessesAreRemovedOthersKept)
{
    const fs::path target = m_folder / "suivi.parcours";
    const std::string dead = std::to_string(test::endedProcessId());
    const std::string alive = std::to_string(getpid());
    const std::string ppid = std::to_string(getppid());
    for (const std::string& name : std::vector<std::string>{
             "." + std::string("suivi.parcours.") + dead + "-1a2b.part",
             ".suivi.parcours." + dead + "-1a2b.part-journal", ".suivi.parcours." + alive + "-3c.part",
             ".suivi.parcours." + ppid + "-3c.part", ".autre.parcours." + dead + "-1a2b.part",
             ".suivi.parcours.xx-1a2b.part", "suivi.parcours"})
        writeAll(m_folder / name, "x");
    removeStaleTemporaries(target);
    std::vector<std::string> kept{".autre.parcours." + dead + "-1a2b.part", ".suivi.parcours." + ppid + "-3c.part",
                                  ".suivi.parcours." + alive + "-3c.part", ".suivi.parcours.xx-1a2b.part",
                                  "suivi.parcours"};
    std::sort(kept.begin(), kept.end()); // as entriesOf lists them: "10174" before "9833"
    EXPECT_EQ(entriesOf(m_folder), kept);
}

TEST_F(PlatformTest, TemporariesAreHiddenUniqueAndBesideTheTarget)
{
    const fs::path target = m_folder / "sous" / "export.xlsx";
    const fs::path a = temporaryPathFor(target);
    const fs::path b = temporaryPathFor(target);
    EXPECT_NE(a, b);
    EXPECT_EQ(a.parent_path(), target.parent_path());
    EXPECT_TRUE(a.filename().string().starts_with(".export.xlsx." + std::to_string(getpid()) + "-"));
}

} // namespace
} // namespace parcours
