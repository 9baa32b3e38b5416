// Coded values: the interchange codes, education groups, exit categories and step subtypes.
#include "domain/Codes.h"

#include <gtest/gtest.h>

#include <string>

using namespace parcours;

TEST(Codes, EveryCodeReadsBackToItsValue)
{
    for (ExitReason reason : allValues<ExitReason>())
        EXPECT_EQ(fromCode<ExitReason>(toCode(reason)), reason);
    for (BarrierCategory category : allValues<BarrierCategory>())
        EXPECT_EQ(fromCode<BarrierCategory>(toCode(category)), category);
    for (StepType type : allValues<StepType>())
        EXPECT_EQ(fromCode<StepType>(toCode(type)), type);
    EXPECT_EQ(allValues<BarrierCategory>().size(), 12u);
    EXPECT_EQ(allValues<StepType>().size(), 9u);
    EXPECT_EQ(allValues<ExitReason>().size(), 9u);
}

TEST(Codes, AreExactlyTheInterchangeSpelling)
{
    EXPECT_EQ(toCode(ExitReason::EmploiDurable), "emploi_durable");
    EXPECT_EQ(toCode(ContractType::Cdd6mPlus), "cdd_6m_plus");
    EXPECT_EQ(toCode(StepType::MediationEmploi), "mediation_emploi");
    EXPECT_EQ(toCode(BarrierCategory::RepresentationTravail), "representation_travail");
    EXPECT_EQ(toCode(EducationLevel::Vbis), "Vbis");
    EXPECT_FALSE(fromCode<ExitReason>("Emploi_durable")) << "codes are case-sensitive";
    EXPECT_FALSE(fromCode<Sex>("f"));
    EXPECT_FALSE(fromCode<ContactMode>("courrier"));
}

TEST(Education, OldCodesMapToThe2019Levels)
{
    EXPECT_EQ(toLevel2019(EducationLevel::VI), EducationLevel::L1);
    EXPECT_EQ(toLevel2019(EducationLevel::Vbis), EducationLevel::L1);
    EXPECT_EQ(toLevel2019(EducationLevel::V), EducationLevel::L3);
    EXPECT_EQ(toLevel2019(EducationLevel::IV), EducationLevel::L4);
    EXPECT_EQ(toLevel2019(EducationLevel::III), EducationLevel::L5);
    EXPECT_EQ(toLevel2019(EducationLevel::II), EducationLevel::L6);
    EXPECT_EQ(toLevel2019(EducationLevel::I), EducationLevel::L7);
}

TEST(Education, GroupsOfTheReport)
{
    EXPECT_EQ(educationGroup(EducationLevel::L1), EducationGroup::SansQualification);
    EXPECT_EQ(educationGroup(EducationLevel::L2), EducationGroup::SansQualification);
    EXPECT_EQ(educationGroup(EducationLevel::Vbis), EducationGroup::SansQualification);
    EXPECT_EQ(educationGroup(EducationLevel::L3), EducationGroup::PeuQualifie);
    EXPECT_EQ(educationGroup(EducationLevel::V), EducationGroup::PeuQualifie);
    EXPECT_EQ(educationGroup(EducationLevel::L4), EducationGroup::Qualifie);
    EXPECT_EQ(educationGroup(EducationLevel::L8), EducationGroup::Qualifie);
    EXPECT_EQ(educationGroup(EducationLevel::I), EducationGroup::Qualifie);
    EXPECT_EQ(educationGroup(EducationLevel::L9), EducationGroup::AutreOuInconnu);
    EXPECT_EQ(educationGroup(EducationLevel::Unknown), EducationGroup::AutreOuInconnu);
}

TEST(ExitReasons, PositiveAndNeutralCategories)
{
    int positive = 0;
    int neutral = 0;
    for (ExitReason reason : allValues<ExitReason>()) {
        positive += isPositive(reason);
        neutral += isNeutral(reason);
        EXPECT_FALSE(isPositive(reason) && isNeutral(reason)) << toCode(reason);
    }
    EXPECT_EQ(positive, 3);
    EXPECT_EQ(neutral, 3);
    EXPECT_TRUE(isPositive(ExitReason::FormationQualifiante));
    EXPECT_FALSE(isPositive(ExitReason::Reorientation));
    EXPECT_TRUE(isNeutral(ExitReason::Deces));
    EXPECT_FALSE(isNeutral(ExitReason::Abandon));
}

TEST(StepSubtypes, FitTheirType)
{
    EXPECT_EQ(subtypeFromCode("aci", StepType::Iae), StepSubtype::Aci);
    EXPECT_EQ(subtypeFromCode("geiq", StepType::Iae), StepSubtype::Geiq);
    EXPECT_FALSE(subtypeFromCode("", StepType::Iae)) << "IAE needs a subtype";
    EXPECT_FALSE(subtypeFromCode("permis", StepType::Iae));
    EXPECT_EQ(subtypeFromCode("", StepType::Formation), StepSubtype::None);
    EXPECT_EQ(subtypeFromCode("autre", StepType::Formation), StepSubtype::AutreFormation);
    EXPECT_EQ(subtypeFromCode("permis", StepType::Formation), StepSubtype::Permis);
    EXPECT_FALSE(subtypeFromCode("aci", StepType::Formation));
    EXPECT_EQ(subtypeFromCode("", StepType::Mobilisation), StepSubtype::None);
    EXPECT_FALSE(subtypeFromCode("qualifiante", StepType::Mobilisation));
}

TEST(Naf, SectionsAreAToU)
{
    EXPECT_TRUE(isNafSection('A'));
    EXPECT_TRUE(isNafSection('U'));
    EXPECT_FALSE(isNafSection('V'));
    EXPECT_FALSE(isNafSection('a'));
}
