// The one platform file of Parcours: POSIX and Windows side by side; everything else is portable.
#include "platform/Platform.h"

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <limits>
#include <utility>

namespace parcours {

namespace fs = std::filesystem;

#ifdef _WIN32

namespace {

std::error_code lastError()
{
    return {static_cast<int>(GetLastError()), std::system_category()};
}

} // namespace

void hardenProcess()
{
    // No umask on Windows: new files inherit the access rights of their folder, private in the
    // user's profile. Crash dumps are written by Windows Error Reporting, not by the process.
}

bool makePrivate(const fs::path& path, std::error_code& error)
{
    // Only the read-only attribute exists: the access rights of the folder (the profile) apply.
    if (fs::exists(path, error))
        return true;
    if (!error)
        error = std::make_error_code(std::errc::no_such_file_or_directory);
    return false;
}

bool renameNoReplace(const fs::path& from, const fs::path& to, std::error_code& error)
{
    error.clear();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH))
        return true;
    const DWORD code = GetLastError();
    error = code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS
                ? std::make_error_code(std::errc::file_exists)
                : std::error_code(static_cast<int>(code), std::system_category());
    return false;
}

std::int64_t currentProcessId()
{
    return static_cast<std::int64_t>(GetCurrentProcessId());
}

bool processIsRunning(std::int64_t pid)
{
    if (pid <= 0 || pid > std::numeric_limits<DWORD>::max())
        return false;
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but another user's
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
}

ExclusiveFile::~ExclusiveFile()
{
    if (m_handle)
        CloseHandle(m_handle);
}

ExclusiveFile::ExclusiveFile(ExclusiveFile&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}

ExclusiveFile& ExclusiveFile::operator=(ExclusiveFile&& other) noexcept
{
    std::swap(m_handle, other.m_handle);
    return *this;
}

bool ExclusiveFile::create(const fs::path& path, std::error_code& error)
{
    error.clear();
    // CREATE_NEW fails on any existing name, a symbolic link included.
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        error = code == ERROR_FILE_EXISTS ? std::make_error_code(std::errc::file_exists)
                                          : std::error_code(static_cast<int>(code), std::system_category());
        return false;
    }
    m_handle = handle;
    return true;
}

bool ExclusiveFile::openExisting(const fs::path& path, std::error_code& error)
{
    error.clear();
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        error = lastError();
        return false;
    }
    m_handle = handle;
    return true;
}

bool ExclusiveFile::isOpen() const
{
    return m_handle != nullptr;
}

bool ExclusiveFile::write(std::string_view bytes, std::error_code& error)
{
    error.clear();
    while (!bytes.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!WriteFile(m_handle, bytes.data(), chunk, &written, nullptr)) {
            error = lastError();
            return false;
        }
        bytes.remove_prefix(written);
    }
    return true;
}

bool ExclusiveFile::sync(std::error_code& error)
{
    error.clear();
    if (FlushFileBuffers(m_handle))
        return true;
    error = lastError();
    return false;
}

bool ExclusiveFile::close(std::error_code& error)
{
    error.clear();
    HANDLE handle = std::exchange(m_handle, nullptr);
    if (!handle || CloseHandle(handle))
        return true;
    error = lastError();
    return false;
}

bool syncFolder(const fs::path&, std::error_code& error)
{
    error.clear(); // NTFS journals its metadata; a folder cannot be flushed from user space
    return true;
}

#else // POSIX

namespace {

std::error_code lastError()
{
    return {errno, std::generic_category()};
}

} // namespace

void hardenProcess()
{
    umask(077);
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

bool makePrivate(const fs::path& path, std::error_code& error)
{
    const fs::file_status status = fs::symlink_status(path, error);
    if (error)
        return false;
    if (fs::is_symlink(status)) { // never change what a link points to
        error = std::make_error_code(std::errc::operation_not_permitted);
        return false;
    }
    const fs::perms wanted =
        fs::is_directory(status) ? fs::perms::owner_all : fs::perms::owner_read | fs::perms::owner_write;
    fs::permissions(path, wanted, fs::perm_options::replace, error);
    return !error;
}

bool renameNoReplace(const fs::path& from, const fs::path& to, std::error_code& error)
{
    error.clear();
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) { // EINVAL: a file system without it (some network ones)
        error = lastError();
        return false;
    }
#endif
    // link() fails with EEXIST on an existing name, atomically; then the old name goes.
    if (link(from.c_str(), to.c_str()) != 0) {
        error = lastError();
        return false;
    }
    if (unlink(from.c_str()) != 0) {
        error = lastError();
        return false;
    }
    return true;
}

std::int64_t currentProcessId()
{
    return static_cast<std::int64_t>(getpid());
}

bool processIsRunning(std::int64_t pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

ExclusiveFile::~ExclusiveFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

ExclusiveFile::ExclusiveFile(ExclusiveFile&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

ExclusiveFile& ExclusiveFile::operator=(ExclusiveFile&& other) noexcept
{
    std::swap(m_fd, other.m_fd);
    return *this;
}

bool ExclusiveFile::create(const fs::path& path, std::error_code& error)
{
    error.clear();
    // O_EXCL also refuses a symbolic link of that name, dangling or not.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = lastError();
        return false;
    }
    m_fd = fd;
    return true;
}

bool ExclusiveFile::openExisting(const fs::path& path, std::error_code& error)
{
    error.clear();
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = lastError();
        return false;
    }
    m_fd = fd;
    return true;
}

bool ExclusiveFile::isOpen() const
{
    return m_fd >= 0;
}

bool ExclusiveFile::write(std::string_view bytes, std::error_code& error)
{
    error.clear();
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            error = lastError();
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

bool ExclusiveFile::sync(std::error_code& error)
{
    error.clear();
    if (::fsync(m_fd) == 0)
        return true;
    error = lastError();
    return false;
}

bool ExclusiveFile::close(std::error_code& error)
{
    error.clear();
    const int fd = std::exchange(m_fd, -1);
    if (fd < 0 || ::close(fd) == 0)
        return true;
    error = lastError();
    return false;
}

bool syncFolder(const fs::path& folder, std::error_code& error)
{
    error.clear();
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = lastError();
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced)
        error = lastError();
    ::close(fd);
    return synced;
}

#endif

} // namespace parcours
