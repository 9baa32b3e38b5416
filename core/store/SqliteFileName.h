// The name of a file as SQLite takes it.
#pragma once

#include <filesystem>
#include <string>

namespace parcours {

// UTF-8 everywhere: on Windows path::string() is in the ANSI code page, and a base under
// « C:\\Users\\Hélène\\… » would not open.
inline std::string sqliteFileName(const std::filesystem::path& path)
{
    const std::u8string utf8 = path.u8string();
    return std::string(utf8.begin(), utf8.end());
}

} // namespace parcours
