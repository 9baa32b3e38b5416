// Runs the built parcours-cli in a temporary folder of its own and captures exit status and output.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

namespace parcours::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// A fixture with a fresh, empty temporary folder per test, removed afterwards.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Runs `parcours-cli args...` (each argument passed as one word, whatever it holds).
    CliResult run(std::initializer_list<std::string> args) const;
    CliResult run(const std::vector<std::string>& args) const;

    std::filesystem::path pathIn(const std::string& name) const { return m_folder / name; }
    // Names of the entries of the temporary folder: what the command left behind.
    std::vector<std::string> folderEntries() const;

private:
    std::filesystem::path m_folder;
};

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& content);

} // namespace parcours::test
