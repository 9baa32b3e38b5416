// foldText, the one folding of Parcours: what it sets aside, and that the order of names, the
// duplicate check and the caseload's search all follow it.
#include "StoreFixture.h"

#include "domain/TextFolding.h"
#include "store/DuplicateSearch.h"
#include "store/NameCollation.h"

#include <algorithm>

namespace parcours::test {
namespace {

TEST(TextFolding, AccentsAndCaseAside)
{
    EXPECT_EQ(foldText("Éloïse LEFÈVRE"), "eloise lefevre");
    EXPECT_EQ(foldText("Françoise Ngô Thị Hằng"), "francoise ngo thi hang");
    EXPECT_EQ(foldText("Ștefan Țurcanu, Łukasz Żółć, İlknur Şahin"), "stefan turcanu, lukasz zolc, ilknur sahin");
    EXPECT_EQ(foldText("Ærø Ðóttir Þór"), "aero dottir tor");
}

TEST(TextFolding, LigaturesSpelledOut)
{
    EXPECT_EQ(foldText("Œuvray Cœur"), "oeuvray coeur");
    EXPECT_EQ(foldText("Æther Straße STRASSE ẞ"), "aether strasse strasse ss");
    EXPECT_EQ(foldText("Ĳssel"), "ijssel");
}

TEST(TextFolding, DecomposedTextFoldsAsComposed)
{
    // « Éloïse » as some systems write it: E + combining acute, i + combining diaeresis.
    EXPECT_EQ(foldText("E\u0301loi\u0308se"), foldText("Éloïse"));
}

TEST(TextFolding, ApostrophesAndSpacesAsTyped)
{
    EXPECT_EQ(foldText("N’Diaye"), "n'diaye");
    EXPECT_EQ(foldText("D‘Almeida ʼ"), "d'almeida '");
    EXPECT_EQ(foldText("Saint\u00A0Brieuc"), "saint brieuc"); // no-break space
    EXPECT_EQ(foldText("  de la Tour  "), "  de la tour  ");  // neither trimmed nor merged
}

TEST(TextFolding, OtherScriptsKeepTheirLettersLowered)
{
    EXPECT_EQ(foldText("ΑΘΗΝΑ"), "αθηνα");
    EXPECT_EQ(foldText("МАРИЯ Ёлкина"), "мария ёлкина");
    EXPECT_EQ(foldText("王芳 12-34"), "王芳 12-34");
}

TEST(TextFolding, BytesThatAreNotUtf8AreKept)
{
    const std::string notUtf8{'A', '\xFF', 'B', '\xC3'};
    EXPECT_EQ(foldText(notUtf8), (std::string{'a', '\xFF', 'b', '\xC3'}));
    EXPECT_EQ(foldText(""), "");
}

using TextFoldingStoreTest = StoreTest;

// The same names, spelt as people type them: one person for the order and for the duplicate check.
TEST_F(TextFoldingStoreTest, OrderAndDuplicatesAgreeWithTheFolding)
{
    addPerson("Zoé", "Anna", "1990-01-01");
    addPerson("Œuvray", "Léa", "1990-01-01");
    addPerson("N’Diaye", "Éloïse", "1985-05-10");
    addPerson("Ngô", "Hằng", "1992-03-04");
    addPerson("Eboué", "Félix", "1970-07-07");

    std::vector<std::string> lastNames;
    for (const Participant& p : participants.all())
        lastNames.push_back(p.lastName);
    EXPECT_EQ(lastNames, (std::vector<std::string>{"Eboué", "N’Diaye", "Ngô", "Œuvray", "Zoé"}));
    EXPECT_TRUE(std::is_sorted(lastNames.begin(), lastNames.end(),
                               [](const std::string& a, const std::string& b) { return foldText(a) < foldText(b); }));

    const auto duplicatesOf = [this](const char* last, const char* first, const char* birth) {
        return findProbableDuplicates(db, newPerson(last, first, birth)).size();
    };
    EXPECT_EQ(duplicatesOf("N'DIAYE", "eloise", "1985-05-10"), 1u);
    EXPECT_EQ(duplicatesOf("Oeuvray", "LEA", "1990-01-01"), 1u);
    EXPECT_EQ(duplicatesOf("NGO", "Hang", "1992-03-04"), 1u);
    EXPECT_EQ(duplicatesOf("Ngo", "Hanh", "1992-03-04"), 0u);
}

TEST(TextFolding, NamesOrderedByTheirFoldingThenExactly)
{
    EXPECT_LT(compareNames("Émilie", "Emma"), 0);
    EXPECT_LT(compareNames("eloise", "Éloïse"), 0); // same folding: the exact text decides
    EXPECT_EQ(compareNames("Éloïse", "Éloïse"), 0);
    EXPECT_GT(compareNames("Œuvray", "Oeuf"), 0);
}

} // namespace
} // namespace parcours::test
