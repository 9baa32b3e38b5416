// The passphrase of an encrypted database, and the file that gives it to the command line.
#include "store/DatabaseKey.h"

#include "store/StoreError.h"

#include <fstream>

namespace parcours {

DatabaseKey& DatabaseKey::operator=(const DatabaseKey& other)
{
    if (this != &other) {
        wipe();
        m_passphrase = other.m_passphrase;
    }
    return *this;
}

DatabaseKey::DatabaseKey(DatabaseKey&& other) noexcept : m_passphrase(other.m_passphrase)
{
    other.wipe();
}

DatabaseKey& DatabaseKey::operator=(DatabaseKey&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_passphrase = other.m_passphrase;
        other.wipe();
    }
    return *this;
}

DatabaseKey::~DatabaseKey()
{
    wipe();
}

void DatabaseKey::wipe()
{
    // Through a volatile pointer, so that the compiler keeps the writes to memory it frees.
    volatile char* bytes = m_passphrase.data();
    for (std::size_t i = 0; i < m_passphrase.size(); ++i)
        bytes[i] = 0;
    m_passphrase.clear();
}

DatabaseKey readPassphraseFile(const std::filesystem::path& file)
{
    const std::string name = file.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw StoreError("Le fichier de phrase de passe « " + name + " » n'existe pas ou n'est pas un fichier.");
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line)) {
        if (in.bad() || !in.is_open())
            throw StoreError("Impossible de lire le fichier de phrase de passe « " + name + " ».");
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    DatabaseKey key(line);
    volatile char* bytes = line.data();
    for (std::size_t i = 0; i < line.size(); ++i)
        bytes[i] = 0;
    if (key.empty())
        throw StoreError("La première ligne du fichier de phrase de passe « " + name + " » est vide.");
    return key;
}

PassphraseStrength passphraseStrength(const std::string& passphrase)
{
    std::size_t characters = 0;
    for (const char c : passphrase) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++characters;
    }
    if (characters < kPassphraseMinimumLength)
        return PassphraseStrength::TooShort;
    if (characters < 12)
        return PassphraseStrength::Weak;
    if (characters < 20)
        return PassphraseStrength::Fair;
    return PassphraseStrength::Strong;
}

} // namespace parcours
