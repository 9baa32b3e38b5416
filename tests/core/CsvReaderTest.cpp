// The CSV reader: RFC 4180 quoting, line ends, byte-order mark, record lines, refusals.
#include "interchange/CsvReader.h"
#include "interchange/Utf8.h"

#include <gtest/gtest.h>

#ifndef _WIN32
#include <sys/stat.h> // mkfifo: a FIFO exists on POSIX only
#endif

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace parcours;

namespace {

struct ReadResult {
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines;
    std::optional<CsvFileError> error;
};

ReadResult readText(std::string text, std::size_t chunkBytes = CsvReader::kChunkBytes)
{
    ReadResult result;
    CsvReader reader(std::move(text), chunkBytes);
    result.error = reader.read([&](const CsvRecord& record) {
        result.lines.push_back(record.line);
        result.records.emplace_back(record.fields.begin(), record.fields.end());
    });
    return result;
}

using Rows = std::vector<std::vector<std::string>>;

// The same records, lines and error whatever the size of the chunks the text is read in.
void expectSameInChunks(const std::string& text)
{
    const ReadResult whole = readText(text);
    for (std::size_t chunk = 1; chunk <= 9; ++chunk) {
        const ReadResult pieces = readText(text, chunk);
        EXPECT_EQ(pieces.records, whole.records) << "chunks of " << chunk;
        EXPECT_EQ(pieces.lines, whole.lines) << "chunks of " << chunk;
        EXPECT_EQ(pieces.error.has_value(), whole.error.has_value()) << "chunks of " << chunk;
        if (pieces.error && whole.error) {
            EXPECT_EQ(pieces.error->line, whole.error->line) << "chunks of " << chunk;
            EXPECT_EQ(pieces.error->message, whole.error->message) << "chunks of " << chunk;
        }
    }
}

std::filesystem::path scratchPath(const std::string& name)
{
    return std::filesystem::temp_directory_path()
           / ("parcours-csvreader-" + std::to_string(std::random_device()()) + "-" + name);
}

} // namespace

TEST(CsvReader, ReadsPlainRecordsWithLfOrCrlf)
{
    const Rows expected{{"a", "b"}, {"1", "2"}, {"3", ""}};
    EXPECT_EQ(readText("a,b\n1,2\n3,\n").records, expected);
    EXPECT_EQ(readText("a,b\r\n1,2\r\n3,\r\n").records, expected);
    EXPECT_EQ(readText("a,b\r\n1,2\r\n3,").records, expected) << "no final line break";
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const ReadResult r = readText("id,note\n1,\"Appel, puis \"\"RDV\"\"\"\n2,\"ligne un\r\nligne deux\nligne trois\"\n3,fin\n");
    ASSERT_FALSE(r.error) << r.error->message;
    ASSERT_EQ(r.records.size(), 4u);
    EXPECT_EQ(r.records[1][1], "Appel, puis \"RDV\"");
    EXPECT_EQ(r.records[2][1], "ligne un\r\nligne deux\nligne trois");
    EXPECT_EQ(r.records[3][1], "fin");
    EXPECT_EQ(r.lines, (std::vector<int>{1, 2, 3, 6})) << "the line where each record starts";
}

TEST(CsvReader, SkipsTheByteOrderMarkAndBlankLines)
{
    const ReadResult r = readText("\xEF\xBB\xBFnom,ville\n\nÉloïse,Saint-Étienne\n\r\n");
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.records, (Rows{{"nom", "ville"}, {"Éloïse", "Saint-Étienne"}}));
    EXPECT_EQ(r.lines, (std::vector<int>{1, 3}));
}

TEST(CsvReader, EmptyQuotedFieldAndSpacesAroundQuotes)
{
    const ReadResult r = readText("a,b,c\n\"\", \"x\" ,y\n");
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.records[1], (std::vector<std::string>{"", "x", "y"}));
}

TEST(CsvReader, RefusesAnUnterminatedQuoteNamingItsLine)
{
    const ReadResult r = readText("a,b\n1,2\n3,\"jamais\nfermé\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->line, 3);
    EXPECT_NE(r.error->message.find("jamais refermé"), std::string::npos);
}

TEST(CsvReader, RefusesStrayQuotes)
{
    const ReadResult inside = readText("a,b\n1,5\"2\n");
    ASSERT_TRUE(inside.error);
    EXPECT_EQ(inside.error->line, 2);
    const ReadResult after = readText("a,b\n1,\"x\"y\n");
    ASSERT_TRUE(after.error);
    EXPECT_EQ(after.error->line, 2);
}

TEST(CsvReader, RefusesEmptyTextNulBytesAndInvalidUtf8)
{
    EXPECT_NE(readText("").error->message.find("vide"), std::string::npos);
    EXPECT_TRUE(readText("\xEF\xBB\xBF\r\n").error) << "a byte-order mark alone is empty";
    const ReadResult nul = readText(std::string("a,b\n1,2\n3,\0\n", 12));
    ASSERT_TRUE(nul.error);
    EXPECT_EQ(nul.error->line, 3);
    EXPECT_NE(nul.error->message.find("nul"), std::string::npos);
    const ReadResult latin1 = readText("a,b\n\xC9lo\xEFse,1\n");
    ASSERT_TRUE(latin1.error);
    EXPECT_EQ(latin1.error->line, 2);
    EXPECT_NE(latin1.error->message.find("UTF-8"), std::string::npos);
}

TEST(CsvReader, MissingFileIsRefused)
{
    CsvFileError error;
    EXPECT_FALSE(CsvReader::fromFile(std::filesystem::temp_directory_path() / "parcours-absent.csv", error));
    EXPECT_NE(error.message.find("introuvable"), std::string::npos);
}

TEST(CsvReader, ReadsAFileFromDisk)
{
    const auto path = std::filesystem::temp_directory_path() / "parcours-csvreader-test.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "x,y\r\n\"1\",2\r\n";
    }
    CsvFileError error;
    auto reader = CsvReader::fromFile(path, error);
    ASSERT_TRUE(reader);
    int count = 0;
    EXPECT_FALSE(reader->read([&](const CsvRecord&) { ++count; }));
    EXPECT_EQ(count, 2);
    std::filesystem::remove(path);
}

TEST(CsvReader, ReadsOldMacLineEndsAsLineEnds)
{
    // A lone CR ends a line, as LF and CRLF do: a file saved by an old Mac has one line per record.
    const ReadResult mac = readText("a,b\r1,2\r3,\r");
    ASSERT_FALSE(mac.error) << mac.error->message;
    EXPECT_EQ(mac.records, (Rows{{"a", "b"}, {"1", "2"}, {"3", ""}}));
    EXPECT_EQ(mac.lines, (std::vector<int>{1, 2, 3}));

    const ReadResult mixed = readText("a,b\r\n1,\"x\ry\"\r\r2,z\n3,w");
    ASSERT_FALSE(mixed.error) << mixed.error->message;
    EXPECT_EQ(mixed.records, (Rows{{"a", "b"}, {"1", "x\ry"}, {"2", "z"}, {"3", "w"}}));
    EXPECT_EQ(mixed.lines, (std::vector<int>{1, 2, 5, 6})) << "CR LF counts once, a CR in quotes is a line";

    const ReadResult stray = readText("a,b\r1,2\r3,\"x\r");
    ASSERT_TRUE(stray.error);
    EXPECT_EQ(stray.error->line, 3);
}

TEST(CsvReader, ChunksOfAnySizeGiveTheSameRecordsLinesAndErrors)
{
    expectSameInChunks("\xEF\xBB\xBFnom,note\r\nÉloïse,\"Appel, puis \"\"RDV\"\"\r\nsuite\"\r\n\r\n😀,  \"x\" \rfin,\n");
    expectSameInChunks("\xEF\xBB\xBF");
    expectSameInChunks("\xEF\xBB");
    expectSameInChunks("a,b\n1,\"jamais\nfermé\n");
    expectSameInChunks("a,b\n1,5\"2\n");
    expectSameInChunks("a,b\n1,\"x\"y\n");
    expectSameInChunks(std::string("a,b\r1,2\r\n3,\0\n", 14));
    expectSameInChunks("a,b\rÉloïse,1\r\xC9lo\xEFse,1\n");
    expectSameInChunks("a,b\n\xE2\x82");
    const ReadResult split = readText("a\n\xE2\x82\xAC\n", 3);
    ASSERT_FALSE(split.error) << "a sequence cut by the end of a chunk is whole in the next: " << split.error->message;
    EXPECT_EQ(split.records, (Rows{{"a"}, {"€"}}));
    const ReadResult latin1 = readText("a,b\r\n1,2\r3,4\n\xC9lo\xEFse,1\n", 2);
    ASSERT_TRUE(latin1.error);
    EXPECT_EQ(latin1.error->line, 4) << "CR LF, CR and LF each end one line";
}

TEST(CsvReader, RefusesAFieldOfMoreThan100000CharactersAtItsLine)
{
    const std::string longest(CsvReader::kMaxFieldCharacters, 'x');
    const ReadResult accepted = readText("a,b\n1," + longest + "\n");
    ASSERT_FALSE(accepted.error) << accepted.error->message;
    EXPECT_EQ(accepted.records[1][1].size(), longest.size());

    std::string accents;
    for (std::size_t i = 0; i < CsvReader::kMaxFieldCharacters; ++i)
        accents += "é";
    EXPECT_FALSE(readText("a\n\"" + accents + "\"\n").error) << "characters are counted, not bytes";

    const ReadResult unquoted = readText("a,b\n1,2\n3," + longest + "x\n4,5\n");
    ASSERT_TRUE(unquoted.error);
    EXPECT_EQ(unquoted.error->line, 3);
    EXPECT_EQ(unquoted.error->message, "Un champ dépasse 100 000 caractères.");
    EXPECT_EQ(unquoted.records.size(), 2u) << "the reading stops there";

    const ReadResult quoted = readText("a,b\n1,\"ligne\n" + longest + "\"\n", 1000);
    ASSERT_TRUE(quoted.error);
    EXPECT_EQ(quoted.error->line, 2) << "the line where the field starts";
}

TEST(CsvReader, RefusesARecordOfMoreThan1000Fields)
{
    std::string header = "c0";
    for (std::size_t i = 1; i < CsvReader::kMaxFields; ++i)
        header += ",c" + std::to_string(i);
    const ReadResult accepted = readText(header + "\n");
    ASSERT_FALSE(accepted.error) << accepted.error->message;
    EXPECT_EQ(accepted.records[0].size(), CsvReader::kMaxFields);

    const ReadResult header1001 = readText(header + ",de trop\n1,2\n");
    ASSERT_TRUE(header1001.error);
    EXPECT_EQ(header1001.error->line, 1);
    EXPECT_EQ(header1001.error->message, "La ligne compte plus de 1 000 champs.");
    EXPECT_TRUE(header1001.records.empty());

    const ReadResult row = readText("a\n1\n\n" + header + ",\"\"\n");
    ASSERT_TRUE(row.error);
    EXPECT_EQ(row.error->line, 4);
}

TEST(CsvReader, ReadsAFileOfManyChunksAsTheSameTextInMemory)
{
    std::string text = "id,note\r\n";
    for (int i = 0; i < 20000; ++i)
        text += std::to_string(i) + ",\"Élodie, \"\"la\"\"\nsuite " + std::to_string(i) + "\"\r\n";
    ASSERT_GT(text.size(), 4 * CsvReader::kChunkBytes);
    const auto path = scratchPath("chunks.csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << text;
    }
    CsvFileError error;
    auto reader = CsvReader::fromFile(path, error);
    ASSERT_TRUE(reader) << error.message;
    ReadResult fromFile;
    fromFile.error = reader->read([&](const CsvRecord& record) {
        fromFile.lines.push_back(record.line);
        fromFile.records.emplace_back(record.fields.begin(), record.fields.end());
    });
    std::filesystem::remove(path);
    const ReadResult inMemory = readText(text);
    ASSERT_FALSE(fromFile.error) << fromFile.error->message;
    ASSERT_EQ(fromFile.records.size(), 20001u);
    EXPECT_EQ(fromFile.records, inMemory.records);
    EXPECT_EQ(fromFile.lines, inMemory.lines);
    EXPECT_EQ(fromFile.records[12345][1], "Élodie, \"la\"\nsuite 12344");
    EXPECT_EQ(fromFile.lines.back(), 1 + 2 * 19999 + 1);
}

TEST(CsvReader, AFolderOrAFifoIsRefusedWithoutOpeningIt)
{
    const auto folder = scratchPath("dossier.csv");
    std::filesystem::create_directory(folder);
    CsvFileError error;
    EXPECT_FALSE(CsvReader::fromFile(folder, error));
    EXPECT_EQ(error.message, "Est un dossier, pas un fichier.");
    std::filesystem::remove(folder);
#ifndef _WIN32
    // Opening a FIFO would wait for a writer for ever: this test would hang.
    const auto fifo = scratchPath("fifo.csv");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    error = {};
    EXPECT_FALSE(CsvReader::fromFile(fifo, error));
    EXPECT_EQ(error.message, "N'est pas un fichier ordinaire mais un tube nommé (FIFO) : il n'est pas lu.");
    std::filesystem::remove(fifo);
#endif
}

TEST(Utf8, AcceptsWellFormedAndRefusesOverlongsAndSurrogates)
{
    EXPECT_EQ(firstInvalidUtf8("Anaïs N'Diaye-Lefèvre 😀"), std::string_view("Anaïs N'Diaye-Lefèvre 😀").size());
    EXPECT_EQ(firstInvalidUtf8("ab\xC0\xAF"), 2u) << "overlong slash";
    EXPECT_EQ(firstInvalidUtf8("\xED\xA0\x80"), 0u) << "surrogate";
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0u) << "above U+10FFFF";
    EXPECT_EQ(firstInvalidUtf8("ok\xE2\x82"), 2u) << "truncated";
}
