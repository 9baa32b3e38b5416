// The CSV reader: RFC 4180 quoting, line ends, byte-order mark, record lines, refusals.
#include "interchange/CsvReader.h"
#include "interchange/Utf8.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace parcours;

namespace {

struct ReadResult {
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines;
    std::optional<CsvFileError> error;
};

ReadResult readText(std::string text)
{
    ReadResult result;
    CsvReader reader(std::move(text));
    result.error = reader.read([&](const CsvRecord& record) {
        result.lines.push_back(record.line);
        result.records.emplace_back(record.fields.begin(), record.fields.end());
    });
    return result;
}

using Rows = std::vector<std::vector<std::string>>;

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

TEST(Utf8, AcceptsWellFormedAndRefusesOverlongsAndSurrogates)
{
    EXPECT_EQ(firstInvalidUtf8("Anaïs N'Diaye-Lefèvre 😀"), std::string_view("Anaïs N'Diaye-Lefèvre 😀").size());
    EXPECT_EQ(firstInvalidUtf8("ab\xC0\xAF"), 2u) << "overlong slash";
    EXPECT_EQ(firstInvalidUtf8("\xED\xA0\x80"), 0u) << "surrogate";
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0u) << "above U+10FFFF";
    EXPECT_EQ(firstInvalidUtf8("ok\xE2\x82"), 2u) << "truncated";
}
