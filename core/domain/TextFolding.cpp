// Accents, case and ligatures set aside by tables of the Latin blocks: no Unicode library in the core.
#include "domain/TextFolding.h"

#include <cstdint>

namespace parcours {

namespace {

// clang-format off
// The base letter of each code point of a Latin block, from its Unicode decomposition, plus the
// letters Unicode does not decompose (ø, đ, ł, ħ, ı, þ…). '*' marks a character kept as it is and
// '+' one that folds to two letters (foldCodePoint's switch).
constexpr std::uint32_t kLatin1First = 0xC0;
constexpr std::string_view kLatin1 = "aaaaaa+ceeeeiiiidnooooo*ouuuuyt+aaaaaa+ceeeeiiiidnooooo*ouuuuyty";
constexpr std::uint32_t kLatinExtendedAFirst = 0x100;
constexpr std::string_view kLatinExtendedA =
    "aaaaaacc" "ccccccdd" "ddeeeeee" "eeeegggg" "gggghhhh" "iiiiiiii" "ii++jjkk" "klllllll"
    "lllnnnnn" "nnnnoooo" "oo++rrrr" "rrssssss" "sstttttt" "uuuuuuuu" "uuuuwwyy" "yzzzzzzs";
constexpr std::uint32_t kLatinExtendedBFirst = 0x180;
constexpr std::string_view kLatinExtendedB =
    "********" "********" "********" "********" "oo******" "*******u" "u*******" "********"
    "****++++" "+++++aai" "ioouuuuu" "uuuuu*aa" "aa++**gg" "kkoooo**" "j+++gg**" "nnaa++oo"
    "aaaaeeee" "iiiioooo" "rrrruuuu" "sstt**hh" "******aa" "eeoooooo" "ooyy****" "********"
    "********" "********";
constexpr std::uint32_t kLatinExtendedAdditionalFirst = 0x1E00;
constexpr std::string_view kLatinExtendedAdditional =
    "aabbbbbb" "ccdddddd" "ddddeeee" "eeeeeeff" "gghhhhhh" "hhhhiiii" "kkkkkkll" "llllllmm"
    "mmmmnnnn" "nnnnoooo" "oooopppp" "rrrrrrrr" "ssssssss" "sstttttt" "ttuuuuuu" "uuuuvvvv"
    "wwwwwwww" "wwxxxxyy" "zzzzzzht" "wy*s**+*" "aaaaaaaa" "aaaaaaaa" "aaaaaaaa" "eeeeeeee"
    "eeeeeeee" "iiiioooo" "oooooooo" "oooooooo" "oooouuuu" "uuuuuuuu" "uuyyyyyy" "yy******";
// clang-format on
static_assert(kLatin1.size() == kLatinExtendedAFirst - kLatin1First);
static_assert(kLatinExtendedA.size() == kLatinExtendedBFirst - kLatinExtendedAFirst);
static_assert(kLatinExtendedB.size() == 0x250 - kLatinExtendedBFirst);
static_assert(kLatinExtendedAdditional.size() == 0x100);

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

char latinBase(std::uint32_t cp)
{
    const auto in = [cp](std::uint32_t first, std::string_view table) {
        return cp >= first && cp - first < table.size();
    };
    if (in(kLatin1First, kLatin1))
        return kLatin1[cp - kLatin1First];
    if (in(kLatinExtendedAFirst, kLatinExtendedA))
        return kLatinExtendedA[cp - kLatinExtendedAFirst];
    if (in(kLatinExtendedBFirst, kLatinExtendedB))
        return kLatinExtendedB[cp - kLatinExtendedBFirst];
    if (in(kLatinExtendedAdditionalFirst, kLatinExtendedAdditional))
        return kLatinExtendedAdditional[cp - kLatinExtendedAdditionalFirst];
    return '*';
}

// The letters a '+' of the tables stands for.
struct Ligature {
    std::uint32_t codePoint;
    std::string_view letters;
};
constexpr Ligature kLigatures[] = {
    {0xC6, "ae"},  {0xE6, "ae"},   {0x1E2, "ae"}, {0x1E3, "ae"}, {0x1FC, "ae"}, {0x1FD, "ae"},
    {0xDF, "ss"},  {0x1E9E, "ss"}, {0x132, "ij"}, {0x133, "ij"}, {0x152, "oe"}, {0x153, "oe"},
    {0x1C4, "dz"}, {0x1C5, "dz"},  {0x1C6, "dz"}, {0x1F1, "dz"}, {0x1F2, "dz"}, {0x1F3, "dz"},
    {0x1C7, "lj"}, {0x1C8, "lj"},  {0x1C9, "lj"}, {0x1CA, "nj"}, {0x1CB, "nj"}, {0x1CC, "nj"},
};

std::string_view ligature(std::uint32_t cp)
{
    for (const Ligature& entry : kLigatures) {
        if (entry.codePoint == cp)
            return entry.letters;
    }
    return {};
}

void foldCodePoint(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        return;
    }
    if (cp >= 0x300 && cp <= 0x36F)
        return; // a combining accent of decomposed text (e + U+0301 for é)
    switch (cp) {
    case 0xA0:
    case 0x202F: out += ' '; return; // no-break spaces
    case 0x2018:
    case 0x2019:
    case 0x2BC: out += '\''; return; // the apostrophes a keyboard or a word processor types
    default: break;
    }
    if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) {
        appendUtf8(out, cp + 0x20); // Greek and Cyrillic capitals
        return;
    }
    if (cp >= 0x400 && cp <= 0x40F) {
        appendUtf8(out, cp + 0x50); // Ѐ..Џ
        return;
    }
    const char base = latinBase(cp);
    if (base == '+')
        out += ligature(cp);
    else if (base == '*')
        appendUtf8(out, cp);
    else
        out += base;
}

} // namespace

std::string foldText(std::string_view utf8)
{
    std::string folded;
    folded.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        bool wellFormed = length != 0 && i + length <= utf8.size();
        for (std::size_t k = 1; wellFormed && k < length; ++k)
            wellFormed = (static_cast<unsigned char>(utf8[i + k]) >> 6) == 0x2;
        if (!wellFormed) {
            folded += static_cast<char>(lead); // not UTF-8: kept byte for byte
            ++i;
            continue;
        }
        std::uint32_t cp = length == 1 ? lead : lead & (0x7Fu >> length);
        for (std::size_t k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        foldCodePoint(folded, cp);
        i += length;
    }
    return folded;
}

} // namespace parcours
