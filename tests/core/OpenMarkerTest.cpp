// The open marker: written private while the base is open, gone after a clean close, and left by
// a process that ended without closing, which the next start reads as an unclean shutdown.
#include "backup/OpenMarker.h"
#include "EndedProcess.h"
#include "platform/Platform.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h> // a process that has ended: forked, then waited for (POSIX, as the permissions)
#include <unistd.h>

#include <fstream>
#include <random>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

class OpenMarkerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_folder = fs::temp_directory_path() / ("parcours-marker-" + std::to_string(std::random_device{}()));
        fs::create_directories(m_folder);
        m_base = m_folder / "suivi.parcours";
        std::ofstream(m_base) << "a base";
    }
    void TearDown() override { fs::remove_all(m_folder); }

    void writeMarker(const std::string& text) const { std::ofstream(openMarkerPathFor(m_base)) << text; }

    fs::path m_folder;
    fs::path m_base;
};

TEST_F(OpenMarkerTest, MarkerBesideTheBaseIsPrivateAndNamesThisProcessWhileOpen)
{
    const mode_t previous = umask(022); // even where files are readable by all by default
    {
        const OpenMarker marker(m_base);
        const fs::path file = m_folder / "suivi.parcours.ouverte";
        ASSERT_TRUE(fs::exists(file));
        EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        std::ifstream in(file);
        std::string line;
        std::getline(in, line);
        EXPECT_EQ(line, std::to_string(currentProcessId()));
        EXPECT_FALSE(wasClosedUncleanly(m_base)) << "this process runs: not a crash";
    }
    umask(previous);
}

TEST_F(OpenMarkerTest, CleanCloseRemovesTheMarker)
{
    {
        const OpenMarker marker(m_base);
    }
    EXPECT_FALSE(fs::exists(openMarkerPathFor(m_base)));
    EXPECT_FALSE(wasClosedUncleanly(m_base));
}

TEST_F(OpenMarkerTest, MarkerOfAnEndedProcessIsAnUncleanShutdown)
{
    const std::int64_t ended = endedProcessId();
    writeMarker(std::to_string(ended) + "\n");
    ASSERT_FALSE(processIsRunning(ended));
    EXPECT_TRUE(wasClosedUncleanly(m_base));
    EXPECT_EQ(processesGoneWithoutClosing(m_base), std::vector<std::int64_t>{ended});
}

TEST_F(OpenMarkerTest, MarkerOfARunningProcessIsNotAnUncleanShutdown)
{
    writeMarker(std::to_string(getppid()) + "\n"); // another window, still open
    EXPECT_FALSE(wasClosedUncleanly(m_base));
}

TEST_F(OpenMarkerTest, NoMarkerAndAnUnreadableOneAreNoUncleanShutdown)
{
    EXPECT_FALSE(wasClosedUncleanly(m_base));
    writeMarker("not a process id\n\n-4\n");
    EXPECT_FALSE(wasClosedUncleanly(m_base));
}

TEST_F(OpenMarkerTest, OpeningAgainAfterACrashDropsTheEndedProcessAndTheCloseRemovesTheMarker)
{
    writeMarker(std::to_string(endedProcessId()) + "\n");
    {
        const OpenMarker marker(m_base);
        EXPECT_FALSE(wasClosedUncleanly(m_base)) << "the crash is told once, at the open that follows it";
    }
    EXPECT_FALSE(fs::exists(openMarkerPathFor(m_base)));
}

TEST_F(OpenMarkerTest, CloseKeepsTheMarkerOfAnotherWindowStillOpen)
{
    const std::int64_t other = getppid();
    writeMarker(std::to_string(other) + "\n");
    {
        const OpenMarker marker(m_base);
    }
    std::ifstream in(openMarkerPathFor(m_base));
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, std::to_string(other));
}

} // namespace
} // namespace parcours::test
