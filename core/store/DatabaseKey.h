// The passphrase of an encrypted database (SQLCipher): held in memory only while a base is
// open, wiped when dropped, never written to a file nor to a message.
#pragma once

#include <filesystem>
#include <string>

namespace parcours {

class DatabaseKey {
public:
    DatabaseKey() = default; // no passphrase: a plain database
    explicit DatabaseKey(std::string passphrase) : m_passphrase(std::move(passphrase)) {}
    DatabaseKey(const DatabaseKey& other) = default;
    DatabaseKey& operator=(const DatabaseKey& other);
    DatabaseKey(DatabaseKey&& other) noexcept;
    DatabaseKey& operator=(DatabaseKey&& other) noexcept;
    ~DatabaseKey();

    bool empty() const { return m_passphrase.empty(); }
    const std::string& passphrase() const { return m_passphrase; }

    bool operator==(const DatabaseKey& other) const = default;

private:
    void wipe();

    std::string m_passphrase;
};

// The first line of `file` (without its line end), as `--passphrase-file` reads it.
// Throws StoreError in French: a missing or unreadable file, an empty first line.
DatabaseKey readPassphraseFile(const std::filesystem::path& file);

// How strong a passphrase is, from its length alone (no rules): what the dialog shows.
enum class PassphraseStrength { TooShort, Weak, Fair, Strong };
// Under 8 characters: too short to be accepted; 8 to 11 weak; 12 to 19 fair; 20 and more
// (a sentence of four or five words) strong. Characters, not bytes: « é » counts once.
PassphraseStrength passphraseStrength(const std::string& passphrase);
inline constexpr std::size_t kPassphraseMinimumLength = 8;

} // namespace parcours
