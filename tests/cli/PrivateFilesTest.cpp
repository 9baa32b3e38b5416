// Under a permissive umask (022) every file parcours-cli writes is still private: bases and their
// -wal/-shm, dumps and their folder, exports and lists; and the running process writes no core
// dump. POSIX and Linux (/proc).
#include "CliRunner.h"

#include <SQLiteCpp/Database.h>

#include <gmock/gmock.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    EXPECT_EQ(lstat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

class PrivateFilesTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        m_umask = umask(022); // what parcours-cli inherits, as from a shell with `umask 022`
    }
    void TearDown() override
    {
        umask(m_umask);
        CliTest::TearDown();
    }

private:
    mode_t m_umask = 0;
};

TEST_F(PrivateFilesTest, BasesDumpsAndExportsArePrivateUnderUmask022)
{
    const std::string db = pathIn("suivi.parcours").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", db, "--participants", "40", "--seed", "3"}).exitCode, 0);
    EXPECT_EQ(modeOf(db), 0600u);

    ASSERT_EQ(run({"dump", "--db", db, pathIn("dossier").string()}).exitCode, 0);
    EXPECT_EQ(modeOf(pathIn("dossier")), 0700u);
    for (const auto& entry : fs::directory_iterator(pathIn("dossier")))
        EXPECT_EQ(modeOf(entry.path()), 0600u) << entry.path();

    const std::string imported = pathIn("importée.parcours").string();
    ASSERT_EQ(run({"import", "--quiet", "--db", imported, pathIn("dossier").string()}).exitCode, 0);
    EXPECT_EQ(modeOf(imported), 0600u);

    const auto expectPrivate = [](const CliResult& result, const fs::path& written) {
        ASSERT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(modeOf(written), 0600u) << written;
    };
    expectPrivate(run({"export", "--db", db, "--year", "2025", "--out", pathIn("export.json").string()}),
                  pathIn("export.json"));
    expectPrivate(
        run({"export", "--db", db, "--year", "2025", "--format", "xlsx", "--out", pathIn("export.xlsx").string()}),
        pathIn("export.xlsx"));
    expectPrivate(run({"list", "--db", db, "--out", pathIn("liste.csv").string()}), pathIn("liste.csv"));
    expectPrivate(run({"list", "--db", db, "--format", "xlsx", "--out", pathIn("liste.xlsx").string()}),
                  pathIn("liste.xlsx"));
    expectPrivate(run({"agenda", "--db", db, "--out", pathIn("agenda.csv").string()}), pathIn("agenda.csv"));
    expectPrivate(run({"changes", "--db", db, "--out", pathIn("changes.jsonl").string()}), pathIn("changes.jsonl"));

    // The base's -wal and -shm, whoever opens it: SQLite gives them the base's own mode.
    // (A writing connection, as every writer of Parcours, in WAL mode; opened here under umask 022.)
    SQLite::Database writer(db, SQLite::OPEN_READWRITE);
    writer.exec("PRAGMA journal_mode = WAL");
    writer.exec("SELECT count(*) FROM sqlite_schema");
    ASSERT_TRUE(fs::exists(db + "-wal"));
    EXPECT_EQ(modeOf(db + "-wal"), 0600u);
    EXPECT_EQ(modeOf(db + "-shm"), 0600u);

    for (const std::string& name : folderEntries())
        EXPECT_FALSE(name.starts_with(".")) << "temporary left behind: " << name;
}

// A line of /proc/<pid>/<file> that starts with `key`.
std::string procLine(pid_t pid, const std::string& file, const std::string& key)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/" + file);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with(key))
            return line;
    }
    return {};
}

TEST_F(PrivateFilesTest, TheRunningCliWritesNoCoreDumpAndCreatesPrivateFiles)
{
    const std::string db = pathIn("suivi.parcours").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", db, "--participants", "200", "--seed", "3"}).exitCode, 0);

    // `changes` writes far more than a pipe holds: it blocks on the pipe, alive, until read.
    int output[2];
    ASSERT_EQ(pipe(output), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        core.rlim_cur = core.rlim_max; // core dumps allowed as far as the system lets this process
        setrlimit(RLIMIT_CORE, &core);
        dup2(output[1], STDOUT_FILENO);
        close(output[0]);
        close(output[1]);
        execl(PARCOURS_CLI_PATH, PARCOURS_CLI_PATH, "changes", "--db", db.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(output[1]);
    char first = 0;
    const bool started = read(output[0], &first, 1) == 1; // main has run: its first line is hardenProcess
    const std::string limit = procLine(child, "limits", "Max core file size");
    const std::string mask = procLine(child, "status", "Umask:");
    kill(child, SIGKILL);
    close(output[0]);
    int status = 0;
    waitpid(child, &status, 0);

    ASSERT_TRUE(started);
    std::istringstream fields(limit.substr(std::string("Max core file size").size()));
    std::string soft;
    std::string hard;
    fields >> soft >> hard;
    EXPECT_EQ(soft, "0") << limit;
    EXPECT_EQ(hard, "0") << limit;
    EXPECT_THAT(mask, ::testing::HasSubstr("0077"));
}

} // namespace
} // namespace parcours::test
