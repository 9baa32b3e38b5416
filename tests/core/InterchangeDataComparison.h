// Field-by-field comparison of two InterchangeData, for round-trip tests.
#pragma once

#include "interchange/InterchangeData.h"

#include <gtest/gtest.h>

namespace parcours::test {

inline void expectSameHire(const Hire& a, const Hire& b)
{
    EXPECT_EQ(a.hireDate, b.hireDate);
    EXPECT_EQ(a.contract, b.contract);
    EXPECT_EQ(a.employer, b.employer);
    EXPECT_EQ(a.nafSection, b.nafSection);
    EXPECT_EQ(a.endDate, b.endDate);
    EXPECT_EQ(a.endReason, b.endReason);
    EXPECT_EQ(a.employerName, b.employerName);
    EXPECT_EQ(a.employerContact, b.employerContact);
}

// Same rows in the same order, the same values; internal ids and UUIDs aside.
inline void expectSameData(const InterchangeData& a, const InterchangeData& b)
{
    ASSERT_EQ(a.plie.has_value(), b.plie.has_value());
    if (a.plie) {
        EXPECT_EQ(a.plie->name, b.plie->name);
        EXPECT_EQ(a.plie->code, b.plie->code);
    }
    ASSERT_EQ(a.participants.size(), b.participants.size());
    for (std::size_t i = 0; i < a.participants.size(); ++i) {
        const Participant& x = a.participants[i];
        const Participant& y = b.participants[i];
        SCOPED_TRACE("participant " + x.record.externalId);
        EXPECT_EQ(x.record.externalId, y.record.externalId);
        EXPECT_EQ(x.lastName, y.lastName);
        EXPECT_EQ(x.firstName, y.firstName);
        EXPECT_EQ(x.birthDate, y.birthDate);
        EXPECT_EQ(x.sex, y.sex);
        EXPECT_EQ(x.postcode, y.postcode);
        EXPECT_EQ(x.city, y.city);
        EXPECT_EQ(x.qpv, y.qpv);
        EXPECT_EQ(x.phone, y.phone);
        EXPECT_EQ(x.email, y.email);
        EXPECT_EQ(x.franceTravailId, y.franceTravailId);
    }
    ASSERT_EQ(a.pathways.size(), b.pathways.size());
    for (std::size_t i = 0; i < a.pathways.size(); ++i) {
        const Pathway& x = a.pathways[i].pathway;
        const Pathway& y = b.pathways[i].pathway;
        SCOPED_TRACE("pathway " + x.record.externalId);
        EXPECT_EQ(x.record.externalId, y.record.externalId);
        EXPECT_EQ(a.pathways[i].participant, b.pathways[i].participant);
        EXPECT_EQ(a.pathways[i].referentName, b.pathways[i].referentName);
        EXPECT_EQ(x.entryDate, y.entryDate);
        EXPECT_EQ(x.situation.education, y.situation.education);
        EXPECT_EQ(x.situation.rsa, y.situation.rsa);
        EXPECT_EQ(x.situation.deld, y.situation.deld);
        EXPECT_EQ(x.situation.rqth, y.situation.rqth);
        EXPECT_EQ(x.situation.otherDifficulty, y.situation.otherDifficulty);
        ASSERT_EQ(x.currentHire.has_value(), y.currentHire.has_value());
        if (x.currentHire)
            expectSameHire(*x.currentHire, *y.currentHire);
        ASSERT_EQ(x.earlierHires.size(), y.earlierHires.size());
        for (std::size_t k = 0; k < x.earlierHires.size(); ++k)
            expectSameHire(x.earlierHires[k], y.earlierHires[k]);
        ASSERT_EQ(x.holds.size(), y.holds.size());
        for (std::size_t k = 0; k < x.holds.size(); ++k) {
            EXPECT_EQ(x.holds[k].start, y.holds[k].start);
            EXPECT_EQ(x.holds[k].end, y.holds[k].end);
            EXPECT_EQ(x.holds[k].reason, y.holds[k].reason);
        }
        ASSERT_EQ(x.exit.has_value(), y.exit.has_value());
        if (x.exit) {
            EXPECT_EQ(x.exit->date, y.exit->date);
            EXPECT_EQ(x.exit->reason, y.exit->reason);
        }
    }
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const Step& x = a.steps[i].item;
        const Step& y = b.steps[i].item;
        SCOPED_TRACE("step " + x.record.externalId);
        EXPECT_EQ(a.steps[i].pathway, b.steps[i].pathway);
        EXPECT_EQ(x.record.externalId, y.record.externalId);
        EXPECT_EQ(x.type, y.type);
        EXPECT_EQ(x.subtype, y.subtype);
        EXPECT_EQ(x.start, y.start);
        EXPECT_EQ(x.end, y.end);
        EXPECT_EQ(x.operatorName, y.operatorName);
        EXPECT_EQ(x.label, y.label);
    }
    ASSERT_EQ(a.barriers.size(), b.barriers.size());
    for (std::size_t i = 0; i < a.barriers.size(); ++i) {
        EXPECT_EQ(a.barriers[i].pathway, b.barriers[i].pathway);
        EXPECT_EQ(a.barriers[i].item.category, b.barriers[i].item.category);
        EXPECT_EQ(a.barriers[i].item.identifiedDate, b.barriers[i].item.identifiedDate);
        EXPECT_EQ(a.barriers[i].item.status, b.barriers[i].item.status);
        EXPECT_EQ(a.barriers[i].item.liftedDate, b.barriers[i].item.liftedDate);
    }
    ASSERT_EQ(a.contacts.size(), b.contacts.size());
    for (std::size_t i = 0; i < a.contacts.size(); ++i) {
        EXPECT_EQ(a.contacts[i].pathway, b.contacts[i].pathway);
        EXPECT_EQ(a.contacts[i].item.date, b.contacts[i].item.date);
        EXPECT_EQ(a.contacts[i].item.mode, b.contacts[i].item.mode);
        EXPECT_EQ(a.contacts[i].item.note, b.contacts[i].item.note);
    }
    ASSERT_EQ(a.plannedActions.size(), b.plannedActions.size());
    for (std::size_t i = 0; i < a.plannedActions.size(); ++i) {
        EXPECT_EQ(a.plannedActions[i].pathway, b.plannedActions[i].pathway);
        EXPECT_EQ(a.plannedActions[i].item.date, b.plannedActions[i].item.date);
        EXPECT_EQ(a.plannedActions[i].item.kind, b.plannedActions[i].item.kind);
        EXPECT_EQ(a.plannedActions[i].item.note, b.plannedActions[i].item.note);
        EXPECT_EQ(a.plannedActions[i].item.done, b.plannedActions[i].item.done);
    }
}

} // namespace parcours::test
