// The commands and the safety of the base: every writing command refuses a damaged base and
// leaves it byte for byte as it was; the reading commands work in a read-only folder and
// leave nothing beside the base.
#include "CliRunner.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <vector>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace parcours::test {
namespace {

namespace fs = std::filesystem;

::testing::AssertionResult nothingBeside(const fs::path& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (fs::exists(path.string() + suffix))
            return ::testing::AssertionFailure() << path.string() << suffix << " lies beside the base";
    }
    return ::testing::AssertionSuccess();
}

// The damage the issue met: the root page of `table` overwritten with zeros, behind SQLite's back.
void zeroRootPage(const fs::path& file, const std::string& table)
{
    int root = 0;
    int pageSize = 0;
    {
        SQLite::Database raw(file.string(), SQLite::OPEN_READONLY);
        SQLite::Statement query(raw, "SELECT rootpage FROM sqlite_schema WHERE name = ?1");
        query.bind(1, table);
        ASSERT_TRUE(query.executeStep());
        root = query.getColumn(0).getInt();
        pageSize = raw.execAndGet("PRAGMA page_size").getInt();
    }
    ASSERT_GT(root, 1);
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(root - 1) * pageSize);
    const std::string zeros(static_cast<std::size_t>(pageSize), '\0');
    out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    ASSERT_TRUE(out.good());
}

class DataSafetyCommandTest : public CliTest {};

TEST_F(DataSafetyCommandTest, EveryWritingCommandRefusesADamagedBaseAndLeavesItByteForByte)
{
    const std::string db = pathIn("suivi.db").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", db, "--participants", "120", "--seed", "4"}).exitCode, 0);
    ASSERT_EQ(run({"dump", "--db", db, pathIn("dossier").string()}).exitCode, 0);
    ASSERT_EQ(run({"changes", "--db", db, "--out", pathIn("operations.jsonl").string()}).exitCode, 0);
    ASSERT_EQ(run({"check", "--db", db}).exitCode, 0);
    zeroRootPage(db, "pathways");
    const std::string before = readFile(db);
    ASSERT_EQ(run({"check", "--db", db}).exitCode, 1);

    const std::vector<std::vector<std::string>> writers{
        {"import", "--db", db, pathIn("dossier").string()},
        {"plie", "--db", db, "--name", "PLIE de Brocéliande"},
        {"plie", "--db", db, "--code", "BR"},
        {"apply", "--db", db, pathIn("operations.jsonl").string()},
        {"demo", "--quiet", "--db", db, "--participants", "10"},
    };
    for (const auto& args : writers) {
        CliResult result;
        switch (args.size()) {
        case 4: result = run({args[0], args[1], args[2], args[3]}); break;
        case 5: result = run({args[0], args[1], args[2], args[3], args[4]}); break;
        case 6: result = run({args[0], args[1], args[2], args[3], args[4], args[5]}); break;
        default: FAIL() << args.size();
        }
        EXPECT_EQ(result.exitCode, 1) << args[0];
        EXPECT_NE(result.err.find("La base « " + db + " » est endommagée ("), std::string::npos)
            << args[0] << ": " << result.err;
        EXPECT_NE(result.err.find("rien n'y a été écrit"), std::string::npos) << args[0] << ": " << result.err;
        EXPECT_EQ(readFile(db), before) << args[0] << " wrote into the damaged base";
        EXPECT_TRUE(nothingBeside(db)) << args[0];
    }
}

TEST_F(DataSafetyCommandTest, ReadingCommandsLeaveNothingBesideTheBase)
{
    const std::string db = pathIn("suivi.db").string();
    ASSERT_EQ(run({"demo", "--quiet", "--db", db, "--participants", "40", "--seed", "2"}).exitCode, 0);
    EXPECT_TRUE(nothingBeside(db)) << "after demo";
    const std::string before = readFile(db);
    EXPECT_EQ(run({"check", "--db", db}).exitCode, 0);
    EXPECT_EQ(run({"dump", "--db", db, pathIn("dossier").string()}).exitCode, 0);
    EXPECT_EQ(run({"export", "--db", db, "--year", "2024", "--out", pathIn("export.json").string()}).exitCode, 0);
    EXPECT_EQ(run({"list", "--db", db}).exitCode, 0);
    EXPECT_EQ(run({"changes", "--db", db, "--out", pathIn("ops.jsonl").string()}).exitCode, 0);
    EXPECT_EQ(readFile(db), before);
    EXPECT_TRUE(nothingBeside(db));
}

#ifndef _WIN32

// Quotes one argument for sh.
std::string shellQuoted(const std::string& arg)
{
    std::string result = "'";
    for (char c : arg)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

// A folder readable by everyone, removed at the end (its permissions given back first).
class SharedFolder {
public:
    SharedFolder()
    {
        std::random_device random;
        m_path = fs::temp_directory_path() / ("parcours-shared-" + std::to_string(random()));
        fs::create_directory(m_path);
        fs::permissions(m_path, fs::perms::all);
    }
    ~SharedFolder()
    {
        std::error_code ignored;
        for (const auto& entry : fs::recursive_directory_iterator(m_path, ignored)) {
            if (entry.is_directory(ignored))
                fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
        }
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(m_path, ignored);
    }
    SharedFolder(const SharedFolder&) = delete;
    SharedFolder& operator=(const SharedFolder&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// Runs `command` (already quoted for sh) as the user `nobody`; 127 when that cannot be done.
int runAsNobody(const std::string& command)
{
    const int status = std::system(("setpriv --reuid=nobody --regid=nogroup --clear-groups " + command).c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(DataSafetyCommandTest, ReadingCommandsWorkInAReadOnlyFolderAndLeaveNothingThere)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "runs the commands as the user nobody, which needs root";
    if (std::system("getent passwd nobody >/dev/null 2>&1 && getent group nogroup >/dev/null 2>&1"
                    " && command -v setpriv >/dev/null 2>&1")
        != 0)
        GTEST_SKIP() << "no user nobody, group nogroup or setpriv on this machine";

    SharedFolder shared;
    const fs::path binary = shared.path() / "parcours-cli";
    fs::copy_file(PARCOURS_CLI_PATH, binary);
    fs::permissions(binary, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                                | fs::perms::others_read | fs::perms::others_exec);
    const fs::path output = shared.path() / "sortie";
    fs::create_directory(output);
    fs::permissions(output, fs::perms::all);
    if (runAsNobody(shellQuoted(binary.string()) + " --version >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "the user nobody cannot run the program copied into " << shared.path();

    // Two bases in a folder nobody may write: one at rest as Parcours leaves it, one left in
    // WAL mode by an older version.
    const fs::path folder = shared.path() / "lecture-seule";
    fs::create_directory(folder);
    const fs::path base = folder / "suivi.db";
    const fs::path older = folder / "ancienne.db";
    ASSERT_EQ(run({"demo", "--quiet", "--db", base.string(), "--participants", "40", "--seed", "2"}).exitCode, 0);
    fs::copy_file(base, older);
    {
        SQLite::Database raw(older.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA journal_mode = WAL");
    }
    for (const fs::path& file : {base, older})
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read
                                | fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);

    for (const fs::path& file : {base, older}) {
        const std::string before = readFile(file);
        const std::string cli = shellQuoted(binary.string());
        const std::string db = " --db " + shellQuoted(file.string());
        const std::string name = file.stem().string();
        const std::string quiet = " >/dev/null 2>" + shellQuoted((output / (name + ".err")).string());
        EXPECT_EQ(runAsNobody(cli + " check" + db + quiet), 0) << name << ": " << readFile(output / (name + ".err"));
        EXPECT_EQ(runAsNobody(cli + " dump" + db + " " + shellQuoted((output / (name + "-dossier")).string()) + quiet),
                  0)
            << name << ": " << readFile(output / (name + ".err"));
        EXPECT_EQ(runAsNobody(cli + " export" + db + " --year 2024 --out "
                              + shellQuoted((output / (name + ".json")).string()) + quiet),
                  0)
            << name << ": " << readFile(output / (name + ".err"));
        EXPECT_TRUE(fs::exists(output / (name + "-dossier") / "participants.csv")) << name;
        EXPECT_TRUE(fs::exists(output / (name + ".json"))) << name;
        EXPECT_EQ(readFile(file), before) << name;
        EXPECT_TRUE(nothingBeside(file)) << name;
    }
}

#endif

} // namespace
} // namespace parcours::test
