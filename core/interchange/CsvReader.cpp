// RFC 4180 reading in place: quoted fields are undoubled into the buffer they came from,
// which never grows, so every field is a view of that one buffer.
#include "interchange/CsvReader.h"

#include "interchange/Utf8.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

namespace parcours {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

int lineAt(std::string_view text, std::size_t offset)
{
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvReader::CsvReader(std::string content)
    : m_content(std::move(content))
{
    if (std::string_view(m_content).substr(0, kByteOrderMark.size()) == kByteOrderMark)
        m_content.erase(0, kByteOrderMark.size());
}

std::optional<CsvReader> CsvReader::fromFile(const std::filesystem::path& path, CsvFileError& error)
{
    std::error_code code;
    if (!std::filesystem::is_regular_file(path, code)) {
        error = {0, "Fichier introuvable."};
        return std::nullopt;
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        error = {0, "Impossible de lire le fichier."};
        return std::nullopt;
    }
    std::string content((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    if (stream.bad()) {
        error = {0, "Impossible de lire le fichier."};
        return std::nullopt;
    }
    return CsvReader(std::move(content));
}

std::optional<CsvFileError> CsvReader::checkText() const
{
    const std::string_view text = m_content;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return CsvFileError{0, "Le fichier est vide : il doit au moins avoir une ligne d'en-tête."};
    if (const auto nul = text.find('\0'); nul != std::string_view::npos)
        return CsvFileError{lineAt(text, nul), "Le fichier contient un octet nul : ce n'est pas un texte CSV."};
    if (const auto bad = firstInvalidUtf8(text); bad != text.size())
        return CsvFileError{lineAt(text, bad), "Le texte n'est pas en UTF-8 valide (enregistrez le fichier en UTF-8)."};
    return std::nullopt;
}

std::optional<CsvFileError> CsvReader::read(const std::function<void(const CsvRecord&)>& onRecord)
{
    if (auto error = checkText())
        return error;

    char* const data = m_content.data();
    const std::size_t size = m_content.size();
    std::size_t i = 0;
    int line = 1;
    CsvRecord record;

    // At a record end: consumes the line break, if any. True when at one.
    const auto endOfRecord = [&]() {
        if (i >= size)
            return true;
        if (data[i] == '\n') {
            ++i;
            ++line;
            return true;
        }
        if (data[i] == '\r' && i + 1 < size && data[i + 1] == '\n') {
            i += 2;
            ++line;
            return true;
        }
        return false;
    };

    while (i < size) {
        if (endOfRecord())
            continue;  // a blank line
        record.line = line;
        record.fields.clear();
        for (;;) {
            std::size_t start = i;
            while (i < size && isSpace(data[i]))
                ++i;
            if (i < size && data[i] == '"') {
                const int quoteLine = line;
                ++i;
                std::size_t write = i;
                start = i;
                for (;;) {
                    if (i >= size)
                        return CsvFileError{quoteLine, "Guillemet ouvert et jamais refermé."};
                    const char c = data[i];
                    if (c == '"') {
                        if (i + 1 < size && data[i + 1] == '"') {
                            data[write++] = '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    data[write++] = c;
                    ++i;
                }
                record.fields.emplace_back(data + start, write - start);
                while (i < size && isSpace(data[i]))
                    ++i;
                if (i < size && data[i] != ',' && data[i] != '\n' && !(data[i] == '\r' && i + 1 < size && data[i + 1] == '\n'))
                    return CsvFileError{line, "Caractère inattendu après un guillemet fermant (un guillemet dans un "
                                              "champ entre guillemets s'écrit deux fois)."};
            } else {
                while (i < size && data[i] != ',' && data[i] != '\n'
                       && !(data[i] == '\r' && i + 1 < size && data[i + 1] == '\n')) {
                    if (data[i] == '"')
                        return CsvFileError{line, "Guillemet inattendu dans un champ sans guillemets (entourez le "
                                                  "champ de guillemets et doublez celui-ci)."};
                    ++i;
                }
                record.fields.emplace_back(data + start, i - start);
            }
            if (i < size && data[i] == ',') {
                ++i;
                continue;
            }
            endOfRecord();
            break;
        }
        onRecord(record);
    }
    return std::nullopt;
}

} // namespace parcours
