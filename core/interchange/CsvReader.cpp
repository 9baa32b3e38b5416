// RFC 4180 reading in chunks: a first pass checks the text (empty, NUL bytes, UTF-8), a second
// one parses it with a state machine that keeps only the record being read.
#include "interchange/CsvReader.h"

#include "interchange/Utf8.h"
#include "platform/AtomicFile.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <system_error>

namespace parcours {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// How many bytes at the end of `chunk` start a UTF-8 sequence that the next chunk completes.
std::size_t incompleteUtf8Tail(std::string_view chunk)
{
    for (std::size_t k = 1; k <= 3 && k <= chunk.size(); ++k) {
        const auto byte = static_cast<unsigned char>(chunk[chunk.size() - k]);
        if ((byte & 0xC0) == 0x80)
            continue;
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > k ? k : 0;
    }
    return 0;
}

// Line breaks are CR LF, LF or CR: an LF right after a CR ends no other line.
struct LineCount {
    long long line = 1;
    bool afterCr = false;

    void over(std::string_view text)
    {
        for (const char c : text) {
            if (c == '\r' || (c == '\n' && !afterCr))
                ++line;
            afterCr = c == '\r';
        }
    }
};

// The checks of the whole text, chunk by chunk.
class TextCheck {
public:
    // `chunk` ends where the text does or at the end of a UTF-8 sequence.
    std::optional<CsvFileError> check(std::string_view chunk)
    {
        if (!m_sawText && chunk.find_first_not_of(" \t\r\n") != std::string_view::npos)
            m_sawText = true;
        const std::size_t nul = std::min(chunk.find('\0'), chunk.size());
        const std::size_t invalid = firstInvalidUtf8(chunk.substr(0, nul)); // at most nul
        m_lines.over(chunk.substr(0, invalid));
        if (m_lines.line >= INT_MAX)
            return CsvFileError{0, "Le fichier compte plus de 2 147 483 646 lignes : il n'est pas lu."};
        const int line = static_cast<int>(m_lines.line);
        if (invalid < nul)
            return CsvFileError{line, "Le texte n'est pas en UTF-8 valide (enregistrez le fichier en UTF-8)."};
        if (nul < chunk.size())
            return CsvFileError{line, "Le fichier contient un octet nul : ce n'est pas un texte CSV."};
        return std::nullopt;
    }

    bool sawText() const { return m_sawText; }

private:
    LineCount m_lines;
    bool m_sawText = false;
};

// The records of a checked text, fed in pieces of any size. Quoted fields are unquoted into
// the text of the record being read, its only buffer.
class RecordParser {
public:
    explicit RecordParser(const std::function<void(const CsvRecord&)>& onRecord) : m_onRecord(onRecord) {}

    std::optional<CsvFileError> feed(std::string_view piece);
    std::optional<CsvFileError> finish();

private:
    enum class State { LineStart, FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuote };

    std::optional<CsvFileError> append(const char* begin, const char* end);
    void countLines(std::string_view text);
    void startField();
    std::optional<CsvFileError> closeField();
    std::optional<CsvFileError> endField(char delimiter);
    void lineBreak(char c);
    void endRecord();

    const std::function<void(const CsvRecord&)>& m_onRecord;
    State m_state = State::LineStart;
    int m_line = 1;
    bool m_afterCr = false;
    int m_fieldLine = 0;
    std::size_t m_fieldStart = 0;
    std::size_t m_fieldCharacters = 0;
    std::string m_text; // the fields of the record being read, one after the other
    std::vector<std::size_t> m_fieldEnds;
    CsvRecord m_record;
};

std::optional<CsvFileError> RecordParser::feed(std::string_view piece)
{
    const char* p = piece.data();
    const char* const end = p + piece.size();
    while (p < end) {
        switch (m_state) {
        case State::LineStart:
            if (isLineEnd(*p)) { // a blank line
                lineBreak(*p++);
                break;
            }
            m_record.line = m_line;
            m_afterCr = false;
            startField();
            break;
        case State::FieldStart:
            if (isSpace(*p)) { // kept in an unquoted field, dropped before a quote
                if (auto error = append(p, p + 1))
                    return error;
                ++p;
            } else if (*p == '"') {
                m_text.resize(m_fieldStart);
                m_fieldCharacters = 0;
                m_state = State::Quoted;
                ++p;
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            const char* stop = p;
            while (stop < end && *stop != ',' && *stop != '"' && !isLineEnd(*stop))
                ++stop;
            if (auto error = append(p, stop))
                return error;
            p = stop;
            if (p == end)
                break;
            if (*p == '"')
                return CsvFileError{m_line, "Guillemet inattendu dans un champ sans guillemets (entourez le "
                                            "champ de guillemets et doublez celui-ci)."};
            if (auto error = endField(*p++))
                return error;
            break;
        }
        case State::Quoted: {
            const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
            const char* stop = quote ? quote : end;
            countLines({p, static_cast<std::size_t>(stop - p)});
            if (auto error = append(p, stop))
                return error;
            p = stop;
            if (p < end) {
                ++p;
                m_afterCr = false;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (*p == '"') { // doubled: one quote of the text
                if (auto error = append(p, p + 1))
                    return error;
                ++p;
                m_state = State::Quoted;
            } else {
                m_state = State::AfterQuote;
            }
            break;
        case State::AfterQuote:
            if (isSpace(*p)) {
                ++p;
            } else if (*p == ',' || isLineEnd(*p)) {
                if (auto error = endField(*p++))
                    return error;
            } else {
                return CsvFileError{m_line, "Caractère inattendu après un guillemet fermant (un guillemet dans un "
                                            "champ entre guillemets s'écrit deux fois)."};
            }
            break;
        }
    }
    return std::nullopt;
}

std::optional<CsvFileError> RecordParser::finish()
{
    switch (m_state) {
    case State::LineStart: return std::nullopt;
    case State::Quoted: return CsvFileError{m_fieldLine, "Guillemet ouvert et jamais refermé."};
    default:
        if (auto error = closeField())
            return error;
        endRecord();
        return std::nullopt;
    }
}

// Checked before the bytes are kept: a field of a gigabyte takes no more than the limit.
std::optional<CsvFileError> RecordParser::append(const char* begin, const char* end)
{
    for (const char* c = begin; c < end; ++c) {
        if (!isUtf8Continuation(*c))
            ++m_fieldCharacters;
    }
    if (m_fieldCharacters > CsvReader::kMaxFieldCharacters)
        return CsvFileError{m_fieldLine, "Un champ dépasse 100 000 caractères."};
    m_text.append(begin, static_cast<std::size_t>(end - begin));
    return std::nullopt;
}

void RecordParser::countLines(std::string_view text)
{
    for (const char c : text) {
        if (c == '\r' || (c == '\n' && !m_afterCr))
            ++m_line;
        m_afterCr = c == '\r';
    }
}

void RecordParser::startField()
{
    m_fieldStart = m_text.size();
    m_fieldCharacters = 0;
    m_fieldLine = m_line;
    m_state = State::FieldStart;
}

std::optional<CsvFileError> RecordParser::closeField()
{
    m_fieldEnds.push_back(m_text.size());
    if (m_fieldEnds.size() > CsvReader::kMaxFields)
        return CsvFileError{m_record.line, "La ligne compte plus de 1 000 champs."};
    return std::nullopt;
}

std::optional<CsvFileError> RecordParser::endField(char delimiter)
{
    if (auto error = closeField())
        return error;
    if (delimiter == ',') {
        startField();
        return std::nullopt;
    }
    lineBreak(delimiter);
    endRecord();
    return std::nullopt;
}

void RecordParser::lineBreak(char c)
{
    if (c == '\r' || !m_afterCr)
        ++m_line;
    m_afterCr = c == '\r';
}

void RecordParser::endRecord()
{
    m_record.fields.clear();
    std::size_t start = 0;
    for (const std::size_t end : m_fieldEnds) {
        m_record.fields.emplace_back(m_text.data() + start, end - start);
        start = end;
    }
    m_onRecord(m_record);
    m_text.clear();
    m_fieldEnds.clear();
    m_state = State::LineStart;
}

std::string unreadableFile(const std::error_code& code)
{
    if (code == std::errc::no_such_file_or_directory || code == std::errc::not_a_directory)
        return "Fichier introuvable.";
    if (code == std::errc::permission_denied || code == std::errc::operation_not_permitted)
        return "Fichier illisible : permission refusée.";
    if (code == std::errc::too_many_symbolic_link_levels)
        return "Fichier illisible : trop de liens symboliques à la suite.";
    return "Fichier illisible : " + frenchReason(code) + ".";
}

// Why a file of this type is not read; "" for a regular file.
std::string notARegularFile(fs::file_type type)
{
    switch (type) {
    case fs::file_type::regular: return {};
    case fs::file_type::not_found: return "Fichier introuvable.";
    case fs::file_type::directory: return "Est un dossier, pas un fichier.";
    case fs::file_type::fifo: return "N'est pas un fichier ordinaire mais un tube nommé (FIFO) : il n'est pas lu.";
    case fs::file_type::socket: return "N'est pas un fichier ordinaire mais une socket : elle n'est pas lue.";
    case fs::file_type::block:
    case fs::file_type::character: return "N'est pas un fichier ordinaire mais un périphérique : il n'est pas lu.";
    default: return "N'est pas un fichier ordinaire : il n'est pas lu.";
    }
}

} // namespace

CsvReader::CsvReader(std::string content, std::size_t chunkBytes)
    : m_content(std::move(content)), m_chunkBytes(std::max<std::size_t>(chunkBytes, 1))
{
}

CsvReader::CsvReader(std::ifstream file, std::size_t chunkBytes)
    : m_file(std::move(file)), m_fromFile(true), m_chunkBytes(chunkBytes)
{
}

std::optional<CsvReader> CsvReader::fromFile(const fs::path& path, CsvFileError& error)
{
    // The status first: opening a FIFO would wait for a writer, for ever.
    std::error_code code;
    const fs::file_status status = fs::status(path, code);
    if (status.type() != fs::file_type::not_found && code) {
        error = {0, unreadableFile(code)};
        return std::nullopt;
    }
    if (std::string why = notARegularFile(status.type()); !why.empty()) {
        error = {0, std::move(why)};
        return std::nullopt;
    }
    errno = 0;
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        const int cause = errno;
        error = {0, cause != 0 ? unreadableFile({cause, std::generic_category()}) : "Impossible de lire le fichier."};
        return std::nullopt;
    }
    return CsvReader(std::move(file), kChunkBytes);
}

std::size_t CsvReader::next(char* into, std::optional<CsvFileError>& error)
{
    if (!m_fromFile) {
        const std::size_t count = std::min(m_chunkBytes, m_content.size() - m_offset);
        std::memcpy(into, m_content.data() + m_offset, count);
        m_offset += count;
        return count;
    }
    m_file.read(into, static_cast<std::streamsize>(m_chunkBytes));
    if (m_file.bad()) {
        error = CsvFileError{0, "Impossible de lire le fichier jusqu'au bout (erreur d'entrée-sortie)."};
        return 0;
    }
    return static_cast<std::size_t>(m_file.gcount());
}

bool CsvReader::rewind()
{
    m_offset = 0;
    if (!m_fromFile)
        return true;
    m_file.clear();
    m_file.seekg(0);
    return !m_file.fail();
}

std::optional<CsvFileError> CsvReader::pass(const std::function<void(const CsvRecord&)>* onRecord)
{
    if (!rewind())
        return CsvFileError{0, "Impossible de lire le fichier."};
    TextCheck check;
    std::optional<RecordParser> parser;
    if (onRecord)
        parser.emplace(*onRecord);
    // A chunk, after what the previous one left: the start of a UTF-8 sequence it cut (3 bytes
    // at most), or, at the start, the first bytes of what may be a byte-order mark.
    std::string buffer(m_chunkBytes + 3, '\0');
    std::size_t held = 0;
    bool atStart = true;
    for (;;) {
        std::optional<CsvFileError> readError;
        const std::size_t count = next(buffer.data() + held, readError);
        if (readError)
            return readError;
        const bool atEnd = count == 0;
        std::string_view chunk(buffer.data(), held + count);
        if (atStart) {
            if (chunk.size() < kByteOrderMark.size() && !atEnd) {
                held = chunk.size();
                continue;
            }
            atStart = false;
            if (chunk.substr(0, kByteOrderMark.size()) == kByteOrderMark)
                chunk.remove_prefix(kByteOrderMark.size());
        }
        const std::size_t ready = atEnd ? chunk.size() : chunk.size() - incompleteUtf8Tail(chunk);
        if (auto error = check.check(chunk.substr(0, ready)))
            return error;
        if (parser) {
            if (auto error = parser->feed(chunk.substr(0, ready)))
                return error;
        }
        if (atEnd)
            break;
        held = chunk.size() - ready;
        std::memmove(buffer.data(), chunk.data() + ready, held);
    }
    if (!check.sawText())
        return CsvFileError{0, "Le fichier est vide : il doit au moins avoir une ligne d'en-tête."};
    return parser ? parser->finish() : std::nullopt;
}

std::optional<CsvFileError> CsvReader::read(const std::function<void(const CsvRecord&)>& onRecord)
{
    if (auto error = pass(nullptr))
        return error;
    return pass(&onRecord);
}

} // namespace parcours
