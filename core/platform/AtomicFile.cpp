// The atomic writer: unique private temporary, written, synced, renamed over its target.
#include "platform/AtomicFile.h"

#include "platform/Platform.h"

#include <array>
#include <cctype>
#include <charconv>
#include <optional>
#include <random>
#include <streambuf>
#include <string>

namespace parcours {

namespace fs = std::filesystem;

namespace {

std::function<bool(const fs::path&)>& writeFault()
{
    static std::function<bool(const fs::path&)> fault;
    return fault;
}

std::string quoted(const fs::path& path)
{
    return "« " + path.string() + " »";
}

constexpr std::string_view kSuffix = ".part";

// The process id written in a temporary's name, when `name` is one of `target`'s.
std::optional<std::int64_t> temporaryOwner(std::string_view name, const std::string& targetName)
{
    const std::string prefix = "." + targetName + ".";
    if (!name.starts_with(prefix))
        return std::nullopt;
    name.remove_prefix(prefix.size());
    for (const std::string_view companion : {"-journal", "-wal", "-shm"}) {
        if (name.ends_with(companion)) {
            name.remove_suffix(companion.size());
            break;
        }
    }
    if (!name.ends_with(kSuffix))
        return std::nullopt;
    name.remove_suffix(kSuffix.size());
    const std::size_t dash = name.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == name.size())
        return std::nullopt;
    std::int64_t pid = 0;
    const auto [end, ec] = std::from_chars(name.data(), name.data() + dash, pid);
    if (ec != std::errc() || end != name.data() + dash)
        return std::nullopt;
    for (const char c : name.substr(dash + 1)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return pid;
}

} // namespace

std::string frenchReason(const std::error_code& error)
{
    if (error == std::errc::no_space_on_device || error == std::errc::file_too_large)
        return "disque plein";
    if (error == std::errc::permission_denied || error == std::errc::operation_not_permitted)
        return "droits insuffisants";
    if (error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory)
        return "dossier absent";
    if (error == std::errc::read_only_file_system)
        return "support en lecture seule";
    if (error == std::errc::is_a_directory)
        return "un dossier porte ce nom";
    if (error == std::errc::file_exists)
        return "le nom est déjà pris";
    if (error == std::errc::io_error)
        return "erreur d'entrée-sortie du disque";
    return error.message();
}

fs::path temporaryPathFor(const fs::path& target)
{
    static thread_local std::mt19937_64 random{std::random_device()() ^ (std::uint64_t{std::random_device()()} << 32)};
    std::array<char, 17> hex{};
    const auto [end, ec] = std::to_chars(hex.data(), hex.data() + 16, random(), 16);
    (void)ec;
    std::string name = "." + target.filename().string() + "." + std::to_string(currentProcessId()) + "-"
                       + std::string(hex.data(), end) + std::string(kSuffix);
    return target.parent_path() / name;
}

void removeStaleTemporaries(const fs::path& target)
{
    const std::string targetName = target.filename().string();
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code error;
    fs::directory_iterator entries(folder, error);
    if (error)
        return;
    const std::int64_t self = currentProcessId();
    for (const fs::directory_entry& entry : entries) {
        const std::optional<std::int64_t> owner = temporaryOwner(entry.path().filename().string(), targetName);
        if (!owner || *owner == self || processIsRunning(*owner))
            continue;
        std::error_code ignored;
        if (!entry.is_symlink(ignored) && entry.is_regular_file(ignored))
            fs::remove(entry.path(), ignored);
    }
}

// A streambuf over the exclusive file; remembers its first error.
class AtomicFile::Buffer : public std::streambuf {
public:
    explicit Buffer(const fs::path& target) : m_failing(writeFault() && writeFault()(target))
    {
        setp(m_data.data(), m_data.data() + m_data.size());
    }

    ExclusiveFile& file() { return m_file; }
    const std::error_code& error() const { return m_error; }

    bool put(std::string_view bytes)
    {
        if (!flushBuffer())
            return false;
        return send(bytes);
    }

    bool flushBuffer()
    {
        const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
        setp(m_data.data(), m_data.data() + m_data.size());
        return send(pending);
    }

protected:
    int_type overflow(int_type c) override
    {
        if (!flushBuffer())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    int sync() override { return flushBuffer() ? 0 : -1; }

private:
    bool send(std::string_view bytes)
    {
        if (m_error)
            return false;
        if (bytes.empty())
            return true;
        if (m_failing) {
            m_error = std::make_error_code(std::errc::no_space_on_device);
            return false;
        }
        return m_file.write(bytes, m_error);
    }

    ExclusiveFile m_file;
    std::error_code m_error;
    bool m_failing;
    std::array<char, 1 << 16> m_data{};
};

AtomicFile::AtomicFile(const fs::path& target) : m_target(target), m_buffer(std::make_unique<Buffer>(target))
{
    removeStaleTemporaries(m_target);
    std::error_code error;
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = temporaryPathFor(m_target);
        if (m_buffer->file().create(m_temporary, error) || error != std::errc::file_exists)
            break;
    }
    if (error) {
        m_temporary.clear(); // not ours: never removed
        fail(error);
    }
    m_stream = std::make_unique<std::ostream>(m_buffer.get());
}

AtomicFile::~AtomicFile()
{
    if (m_committed || m_temporary.empty())
        return;
    std::error_code ignored;
    m_buffer->file().close(ignored);
    fs::remove(m_temporary, ignored);
}

void AtomicFile::fail(const std::error_code& error) const
{
    throw FileWriteError("Impossible d'écrire " + quoted(m_target) + " : " + frenchReason(error) + ".");
}

void AtomicFile::write(std::string_view bytes)
{
    if (!m_buffer->put(bytes))
        fail(m_buffer->error());
}

std::ostream& AtomicFile::stream()
{
    return *m_stream;
}

void AtomicFile::releaseToExternalWriter()
{
    if (!m_buffer->flushBuffer())
        fail(m_buffer->error());
    std::error_code error;
    if (!m_buffer->file().close(error))
        fail(error);
    m_external = true;
}

void AtomicFile::finish()
{
    if (m_finished)
        return;
    std::error_code error;
    ExclusiveFile& file = m_buffer->file();
    if (m_external) {
        if (!file.openExisting(m_temporary, error))
            fail(error);
    } else if (!m_buffer->flushBuffer()) {
        fail(m_buffer->error());
    }
    if (!file.sync(error) || !file.close(error))
        fail(error);
    m_finished = true;
}

void AtomicFile::commit()
{
    finish();
    std::error_code error;
    fs::rename(m_temporary, m_target, error);
    if (error)
        throw FileWriteError("Impossible de remplacer " + quoted(m_target) + " : " + frenchReason(error) + ".");
    m_committed = true;
    syncFolder(m_target.parent_path(), error); // the file is in place; a failed folder sync changes nothing
}

void writeFileAtomically(const fs::path& target, std::string_view content)
{
    AtomicFile file(target);
    file.write(content);
    file.commit();
}

void setWriteFaultForTesting(std::function<bool(const fs::path& target)> fails)
{
    writeFault() = std::move(fails);
}

} // namespace parcours
