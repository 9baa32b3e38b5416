// Every file Parcours writes is written whole or not at all: a private temporary beside the
// target, synced, then renamed over it.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <system_error>

namespace parcours {

// A file that could not be written; the message is French and names the file.
class FileWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Why a file operation failed, in French (« disque plein », « droits insuffisants »…).
std::string frenchReason(const std::error_code& error);

// The temporaries of `target` live beside it, hidden, named after it and the process that
// writes them: « .suivi.parcours.4242-9f86d081884c7d65.part ». A unique name created
// exclusively: never a fixed name, never through a symbolic link.
std::filesystem::path temporaryPathFor(const std::filesystem::path& target);

// Removes the temporaries of `target` (and their SQLite -journal, -wal, -shm) whose process no
// longer runs on this computer: what a crash or a kill left behind. Ignores what it cannot remove.
void removeStaleTemporaries(const std::filesystem::path& target);

// A new file for `target`, written into a private temporary (0600) and moved over `target` by
// commit(). Until then `target` is untouched; the destructor removes an uncommitted temporary.
//   AtomicFile file(path);
//   file.write(text);    // or file.stream() << …
//   file.commit();       // flushed, fsync'd, renamed over path, folder fsync'd
// Every failure throws FileWriteError and leaves `target` as it was.
class AtomicFile {
public:
    explicit AtomicFile(const std::filesystem::path& target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& temporary() const { return m_temporary; }

    void write(std::string_view bytes);
    // A buffered stream into the temporary; its failures are thrown by finish() or commit().
    std::ostream& stream();

    // For a library that writes the file by its name (libxlsxwriter): lets go of the temporary,
    // which stays in place (private, reserved); finish() then syncs what the library wrote.
    void releaseToExternalWriter();

    // The temporary complete on the disk (flushed, fsync'd, closed); `target` untouched still.
    // Several files meant to change together are each finished before any is committed.
    void finish();
    // finish() if not done, then the rename over `target` and the fsync of its folder.
    void commit();

private:
    class Buffer;
    [[noreturn]] void fail(const std::error_code& error) const;

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::unique_ptr<Buffer> m_buffer;
    std::unique_ptr<std::ostream> m_stream;
    bool m_external = false;
    bool m_finished = false;
    bool m_committed = false;
};

// `content` written to `target` through an AtomicFile. Throws FileWriteError.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

// Test seam: while set, a write into the temporary of a target for which `fails` returns true
// fails as on a full disk (ENOSPC). Reset with an empty function.
void setWriteFaultForTesting(std::function<bool(const std::filesystem::path& target)> fails);

} // namespace parcours
