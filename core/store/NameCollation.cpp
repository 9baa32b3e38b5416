// A small accent- and case-insensitive collation for Latin-script names (Latin-1 and
// Latin Extended-A cover the names a French PLIE meets in its files).
#include "store/NameCollation.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <cstdint>

namespace parcours {

namespace {

// clang-format off
// Base letters of U+00C0..U+00FF and U+0100..U+017F; '*' marks a character kept as is
// and '+' one that folds to two letters (handled in foldCodePoint).
constexpr std::string_view kLatin1 = "aaaaaa+ceeeeiiiidnooooo*ouuuuyt+aaaaaa+ceeeeiiiidnooooo*ouuuuyty";
constexpr std::string_view kLatinExtendedA =
    "aaaaaacc" "ccccccdd" "ddeeeeee" "eeeegggg" "gggghhhh" "iiiiiiii" "ii++jjkk" "klllllll"
    "lllnnnnn" "nnnnoooo" "oo++rrrr" "rrssssss" "sstttttt" "uuuuuuuu" "uuuuwwyy" "yzzzzzzs";
// clang-format on
static_assert(kLatin1.size() == 0x100 - 0xC0 && kLatinExtendedA.size() == 0x180 - 0x100);

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void foldCodePoint(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        return;
    }
    char base = '*';
    if (cp >= 0xC0 && cp <= 0xFF)
        base = kLatin1[cp - 0xC0];
    else if (cp >= 0x100 && cp <= 0x17F)
        base = kLatinExtendedA[cp - 0x100];
    if (base == '+') {
        switch (cp) {
        case 0xC6:
        case 0xE6: out += "ae"; return;
        case 0xDF: out += "ss"; return;
        case 0x132:
        case 0x133: out += "ij"; return;
        case 0x152:
        case 0x153: out += "oe"; return;
        default: break;
        }
    }
    if (base == '*' || base == '+')
        appendUtf8(out, cp);
    else
        out += base;
}

int collate(void*, int lengthA, const void* a, int lengthB, const void* b)
{
    return compareNames(std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(lengthA)),
                        std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(lengthB)));
}

} // namespace

std::string nameSortKey(std::string_view utf8)
{
    std::string key;
    key.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        if (length == 0 || i + length > utf8.size()) {
            key += static_cast<char>(lead); // not UTF-8: kept byte for byte
            ++i;
            continue;
        }
        std::uint32_t cp = length == 1 ? lead : lead & (0x7Fu >> length);
        for (std::size_t k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        foldCodePoint(key, cp);
        i += length;
    }
    return key;
}

int compareNames(std::string_view a, std::string_view b)
{
    const int byKey = nameSortKey(a).compare(nameSortKey(b));
    if (byKey != 0)
        return byKey < 0 ? -1 : 1;
    const int exact = a.compare(b);
    return exact < 0 ? -1 : exact > 0 ? 1 : 0;
}

void registerNameCollation(SQLite::Database& db)
{
    const int rc = sqlite3_create_collation_v2(db.getHandle(), kNameCollation, SQLITE_UTF8, nullptr, collate, nullptr);
    if (rc != SQLITE_OK)
        throw SQLite::Exception(db.getHandle(), rc);
}

} // namespace parcours
