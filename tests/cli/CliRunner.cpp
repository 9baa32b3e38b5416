// Spawns parcours-cli through std::system with its output redirected to files of the test's folder.
#include "CliRunner.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace parcours::test {

namespace {

// Quotes one argument for the shell std::system uses: sh on POSIX, cmd.exe on Windows.
std::string quoted(const std::string& arg)
{
#ifdef _WIN32
    return '"' + arg + '"';
#else
    std::string result = "'";
    for (char c : arg)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
#endif
}

#ifdef _WIN32
constexpr const char* kNoInput = "NUL";
#else
constexpr const char* kNoInput = "/dev/null";
#endif

int exitCodeOf(int status)
{
#ifdef _WIN32
    return status;
#else
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
}

} // namespace

void CliTest::SetUp()
{
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::random_device random;
    m_folder = std::filesystem::temp_directory_path()
               / ("parcours-cli-" + std::string(info->name()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(m_folder);
}

void CliTest::TearDown()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_folder, ignored);
}

CliResult CliTest::run(std::initializer_list<std::string> args) const
{
    return run(std::vector<std::string>(args));
}

CliResult CliTest::run(const std::vector<std::string>& args) const
{
    // The output files live beside the folder under test so that folderEntries() sees only the command's files.
    const std::filesystem::path outFile = m_folder.string() + ".out";
    const std::filesystem::path errFile = m_folder.string() + ".err";
    std::string command = quoted(PARCOURS_CLI_PATH);
    for (const std::string& arg : args) {
        command += ' '; // appended apart: GCC 12 warns wrongly (-Wrestrict) on " " + std::string at -O2
        command += quoted(arg);
    }
    command += " >" + quoted(outFile.string()) + " 2>" + quoted(errFile.string()) + " <" + kNoInput;
#ifdef _WIN32
    command = '"' + command + '"'; // cmd.exe strips the outer quotes of a line that starts with one
#endif
    CliResult result;
    result.exitCode = exitCodeOf(std::system(command.c_str()));
    result.out = readFile(outFile);
    result.err = readFile(errFile);
    std::filesystem::remove(outFile);
    std::filesystem::remove(errFile);
    return result;
}

std::vector<std::string> CliTest::folderEntries() const
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream(path, std::ios::binary) << content;
}

} // namespace parcours::test
