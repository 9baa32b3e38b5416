// What the libFuzzer targets share: a broken contract stops the run as a crash, inputs that
// hold several files, and a private scratch folder per process.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace parcours::fuzz {

// A reader broke its documented contract: libFuzzer records the input as a crash.
[[noreturn]] inline void contractBroken(const char* what, const std::string& detail = {})
{
    std::fprintf(stderr, "CONTRACT BROKEN: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::abort();
}

#define FUZZ_REQUIRE(condition, detail)                           \
    do {                                                          \
        if (!(condition))                                         \
            ::parcours::fuzz::contractBroken(#condition, detail); \
    } while (false)

// One file of a multi-file input.
struct NamedText {
    std::string name;
    std::string text;
};

// Splits an input made of sections, each opened by a line « ==> name <== » (as `head` prints
// several files). Text before the first such line belongs to a section named `firstName`.
inline std::vector<NamedText> splitSections(std::string_view input, const std::string& firstName)
{
    constexpr std::string_view open = "==> ";
    constexpr std::string_view close = " <==";
    std::vector<NamedText> sections;
    NamedText current{firstName, {}};
    bool any = false;
    std::size_t at = 0;
    while (at < input.size()) {
        std::size_t end = input.find('\n', at);
        const bool lastLine = end == std::string_view::npos;
        if (lastLine)
            end = input.size();
        const std::string_view line = input.substr(at, end - at);
        if (line.size() >= open.size() + close.size() && line.substr(0, open.size()) == open
            && line.substr(line.size() - close.size()) == close) {
            if (any || !current.text.empty())
                sections.push_back(std::move(current));
            current = {std::string(line.substr(open.size(), line.size() - open.size() - close.size())), {}};
            any = true;
        } else {
            current.text.append(line);
            if (!lastLine)
                current.text.push_back('\n');
        }
        at = end + 1;
    }
    if (any || !current.text.empty())
        sections.push_back(std::move(current));
    return sections;
}

// A folder of this process's own under $TMPDIR (or /tmp), created on first use.
inline const std::filesystem::path& scratchFolder()
{
    static const std::filesystem::path folder = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::filesystem::path path =
            std::filesystem::path(tmp && *tmp ? tmp : "/tmp") / ("parcours-fuzz-" + std::to_string(::getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(scratchFolder(), ignored);
        });
        return path;
    }();
    return folder;
}

inline void writeFile(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out)
        contractBroken("cannot write the scratch file", path.string());
}

} // namespace parcours::fuzz
