// What the operating system must be asked for, POSIX and Windows alike: a private process, private
// files, files created exclusively and synced, a rename that never replaces.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace parcours {

// Called first thing in both mains. POSIX: every file and folder the process creates from then
// on is private to its user (umask 077: files 0600, folders 0700, SQLite's -wal/-shm included),
// and the process writes no core dump (RLIMIT_CORE 0: a crash would dump the participants in
// memory). Windows has no umask: files created under the user's profile inherit its private
// access rights, and crash dumps are Windows Error Reporting's, outside the process; nothing to do.
void hardenProcess();

// Makes an existing file 0600, or an existing folder 0700 (for files that existed before, or that
// a library created). Returns false with `error` set when it cannot. On Windows only the read-only
// attribute exists: a no-op there (the profile's access rights apply).
bool makePrivate(const std::filesystem::path& path, std::error_code& error);

// Renames `from` to `to` only when `to` does not exist, atomically (Linux renameat2
// RENAME_NOREPLACE; elsewhere on POSIX link() then unlink(); Windows MoveFileExW without
// MOVEFILE_REPLACE_EXISTING). When `to` exists: false with `error` == std::errc::file_exists,
// and nothing is touched.
bool renameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& error);

// This process's id, and whether a process of that id runs on this computer (a process that
// cannot be signalled but exists counts as running).
std::int64_t currentProcessId();
bool processIsRunning(std::int64_t pid);

// A file opened for writing that did not exist before: created exclusively (O_EXCL, "wx"),
// never through a symbolic link, private (0600). Closed by its destructor.
class ExclusiveFile {
public:
    ExclusiveFile() = default;
    ~ExclusiveFile();
    ExclusiveFile(ExclusiveFile&& other) noexcept;
    ExclusiveFile& operator=(ExclusiveFile&& other) noexcept;
    ExclusiveFile(const ExclusiveFile&) = delete;
    ExclusiveFile& operator=(const ExclusiveFile&) = delete;

    // Creates `path`; false with `error` set when it exists (whatever it is) or cannot be created.
    bool create(const std::filesystem::path& path, std::error_code& error);
    // Opens an existing regular file for writing without truncating it (to sync what another
    // writer wrote to it); never through a symbolic link.
    bool openExisting(const std::filesystem::path& path, std::error_code& error);
    bool isOpen() const;
    // Writes all of `bytes`; false with `error` set otherwise (ENOSPC: disk full).
    bool write(std::string_view bytes, std::error_code& error);
    // Flushes to the disk (fsync, FlushFileBuffers).
    bool sync(std::error_code& error);
    bool close(std::error_code& error);

private:
#ifdef _WIN32
    void* m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

// Flushes a folder's entries (a rename, a new file) to the disk: fsync of the folder on POSIX;
// Windows has no such call (NTFS journals its metadata): true there.
bool syncFolder(const std::filesystem::path& folder, std::error_code& error);

} // namespace parcours
